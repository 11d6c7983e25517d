import { forEachConcurrently } from '../../../application/shared/for-each-concurrently';

/** A source that gives `good` items and then breaks, as a file that breaks the reader halfway. */
async function* breaksAfter(good: number): AsyncGenerator<number> {
  for (let i = 0; i < good; i++) yield i;
  throw new Error('the source broke');
}

test('when the source breaks, the work already started ends before the failure is thrown, and nothing new starts', async () => {
  const started: number[] = [];
  const ended: number[] = [];
  const failure = forEachConcurrently(breaksAfter(5), 3, async (item) => {
    started.push(item);
    // Slow work, so that the source breaks while some of it still runs.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    ended.push(item);
  });
  await expect(failure).rejects.toThrow('the source broke');
  expect(ended.sort()).toEqual(started.sort());
  expect(started.sort()).toEqual([0, 1, 2, 3, 4]);
});

test('when one item fails, the others running end first, and no further item starts', async () => {
  const started: number[] = [];
  const ended: number[] = [];
  const failure = forEachConcurrently([0, 1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
    started.push(item);
    if (item === 1) throw new Error(`item ${item} failed`);
    await new Promise((resolve) => setImmediate(resolve));
    ended.push(item);
  });
  await expect(failure).rejects.toThrow('item 1 failed');
  // The three workers took 0, 1 and 2 together; 0 and 2 ran to their end, nothing was taken after the failure.
  expect(started.sort()).toEqual([0, 1, 2]);
  expect(ended.sort()).toEqual([0, 2]);
});
