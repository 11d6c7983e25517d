/**
 * Runs `work` over the items with at most `concurrency` at a time. Workers pull the next item only when free, so a
 * streamed source (a 100 MB import) is read no faster than it is worked: memory stays flat.
 */
export async function forEachConcurrently<T>(
  items: Iterable<T> | AsyncIterable<T>,
  concurrency: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  const iterator =
    Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]();
  let index = 0;
  // Async generators queue concurrent next() calls, so each item goes to exactly one worker.
  const worker = async () => {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) await work(next.value, index++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
