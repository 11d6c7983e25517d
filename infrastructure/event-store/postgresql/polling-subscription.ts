import type { EventEmitter } from 'node:events';
import {
  comparePositions,
  type GlobalPosition,
  type LogPage,
  passesFilter,
  type ReadAllOptions,
  type SubscribeOptions,
  type Subscription,
} from '../../../application/ports/event-store';

/** What the store tells its subscriptions after an append in this process ('appended'), an entry per event written. */
export interface AppendedEvent {
  readonly streamName: string;
  readonly type: string;
  readonly position: GlobalPosition;
}

/**
 * A subscription over a page reader: reads pages until it reaches the head, then waits for a wake-up (an append in
 * this process of an event its filter lets through) or the poll interval (appends by other processes) and reads again.
 * A projection of staff accounts is not woken by every batch of an import, each time to read a page of nothing.
 */
export function pollingSubscription(
  readPage: (options: ReadAllOptions) => Promise<LogPage>,
  appended: EventEmitter,
  options: SubscribeOptions & { pollIntervalMs: number },
): Subscription {
  let closed = false;
  let wake: (() => void) | undefined;
  // The newest event this subscription was told of and has not read yet. It stays owed until a page reaches it: a read
  // can stop short of it while an older transaction is still open, and then any later append wakes it again.
  let owed: GlobalPosition | undefined;
  // Told of an append while a page was being read: read again at once rather than at the next poll.
  let toldWhileReading = false;
  const onAppend = (written: readonly AppendedEvent[]) => {
    for (const { streamName, type, position } of written) {
      if (passesFilter(options.filter, streamName, type) && (!owed || comparePositions(position, owed) > 0))
        owed = position;
    }
    if (!owed) return;
    if (wake) wake();
    else toldWhileReading = true;
  };
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
        const page = await readPage({
          after,
          maxCount: options.maxBatchSize ?? 500,
          filter: options.filter,
          withoutData: options.withoutData,
        });
        // A page of filtered-out events still moves the checkpoint, so that a subscriber need not scan them again.
        const moved = !after || comparePositions(page.checkpoint, after) > 0;
        after = page.checkpoint;
        if (owed && comparePositions(after, owed) >= 0) owed = undefined;
        if (page.events.length > 0 || moved) yield page;
        if (page.isEnd && !closed && !toldWhileReading) await waitForMore();
        toldWhileReading = false;
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
