import type { EventEmitter } from 'node:events';
import { comparePositions, type LogPage, type ReadAllOptions, type SubscribeOptions, type Subscription } from '../../../application/ports/event-store';

/**
 * A subscription over a page reader: reads pages until it reaches the head, then waits for a wake-up (an append in
 * this process) or the poll interval (appends by other processes) and reads again.
 */
export function pollingSubscription(
  readPage: (options: ReadAllOptions) => Promise<LogPage>,
  appended: EventEmitter,
  options: SubscribeOptions & { pollIntervalMs: number },
): Subscription {
  let closed = false;
  let wake: (() => void) | undefined;
  const onAppend = () => wake?.();
  appended.on('appended', onAppend);

  const waitForMore = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => done(), options.pollIntervalMs);
      const done = () => {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      };
      wake = done;
    });

  async function* pages(): AsyncGenerator<LogPage> {
    let after = options.after;
    try {
      while (!closed) {
        const page = await readPage({ after, maxCount: options.maxBatchSize ?? 500, filter: options.filter, withoutData: options.withoutData });
        // A page of filtered-out events still moves the checkpoint, so that a subscriber need not scan them again.
        const moved = !after || comparePositions(page.checkpoint, after) > 0;
        after = page.checkpoint;
        if (page.events.length > 0 || moved) yield page;
        if (page.isEnd && !closed) await waitForMore();
      }
    } finally {
      closed = true;
      appended.off('appended', onAppend);
    }
  }

  const iterator = pages();
  return {
    [Symbol.asyncIterator]: () => iterator,
    async close() {
      closed = true;
      // A generator closed before it started never runs its finally block.
      appended.off('appended', onAppend);
      wake?.();
      await iterator.return(undefined);
    },
  };
}
