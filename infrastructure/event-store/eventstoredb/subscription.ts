/**
 * The port's `Subscription` over the client's `subscribeToAll`: events that arrive together become one page (up to
 * maxBatchSize), and the page checkpoint moves with server checkpoints too, so a subscriber whose filter matches
 * nothing for a while still records progress.
 *
 * The client hands us events through a Readable but checkpoints through a callback. The callback runs while the
 * client's transform waits on it, after every earlier event was pushed into that Readable, so draining the Readable
 * first keeps events and checkpoints in log order. The Readable is used in paused mode for the same reason, and it
 * gives backpressure: we stop reading while our own queue is full.
 */
import {
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  eventTypeFilter,
  type EventStoreDBClient,
  excludeSystemEvents,
  type Filter,
  type Position,
  START as ESDB_START,
  streamNameFilter,
} from '@eventstore/db-client';
import {
  comparePositions,
  type GlobalPosition,
  type LogFilter,
  type LogPage,
  type RecordedEvent,
  START,
  type SubscribeOptions,
  type Subscription,
} from '../../../application/ports/event-store';
import { logFilter, toRecordedEvent } from './mapping';

type Item = { readonly event: RecordedEvent } | { readonly checkpoint: GlobalPosition } | { readonly caughtUp: true };

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What the server can filter: one expression, on stream name or on event type. The stream prefixes are usually the
 * narrower, so they go to the server and the rest of the port filter is applied here.
 */
function serverFilter(
  filter: LogFilter | undefined,
  checkpointReached: (s: AllStreamSubscription, p: Position) => void,
): Filter {
  const common = { checkpointInterval: 1, checkpointReached };
  if (filter?.streamPrefixes?.length) return streamNameFilter({ prefixes: [...filter.streamPrefixes], ...common });
  if (filter?.eventTypes?.length)
    return eventTypeFilter({ regex: `^(?:${filter.eventTypes.map(escapeRegex).join('|')})$`, ...common });
  return excludeSystemEvents(common);
}

export class EventStoreDbSubscription implements Subscription {
  private readonly source: AllStreamSubscription;
  private readonly queue: Item[] = [];
  private readonly maxBatchSize: number;
  private readonly accepts: (streamName: string, type: string) => boolean;
  /** The last position taken from the client, event or checkpoint; nothing at or before it is delivered again. */
  private seen: GlobalPosition | undefined;
  /** The checkpoint of the last page handed out. */
  private delivered: GlobalPosition;
  private caughtUp = false;
  private failure: { error: unknown } | undefined;
  private ended = false;
  private closed = false;
  private wake: (() => void) | undefined;

  constructor(
    client: EventStoreDBClient,
    options: SubscribeOptions,
    private readonly onClose: () => void,
  ) {
    this.maxBatchSize = Math.max(1, options.maxBatchSize ?? 500);
    this.accepts = logFilter(options.filter);
    this.seen = options.after;
    this.delivered = options.after ?? START;
    // A position is exclusive here as on the server: the subscription starts with the first event after it.
    this.source = client.subscribeToAll({
      fromPosition: options.after ?? ESDB_START,
      filter: serverFilter(options.filter, (_, position) => this.onCheckpoint(position)),
    });
    this.source.on('readable', () => this.pull());
    this.source.on('caughtUp', () => {
      this.drain();
      this.queue.push({ caughtUp: true });
      this.notify();
    });
    this.source.on('error', (error: unknown) => this.fail(error));
    this.source.on('end', () => {
      this.ended = true;
      this.notify();
    });
  }

  [Symbol.asyncIterator](): AsyncIterator<LogPage> {
    return {
      next: () => this.next(),
      return: async () => {
        await this.close();
        return { done: true, value: undefined };
      },
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.queue.length = 0;
    this.notify();
    this.onClose();
    await this.source.unsubscribe();
  }

  private async next(): Promise<IteratorResult<LogPage>> {
    for (;;) {
      if (this.closed) return { done: true, value: undefined };
      const page = this.takePage();
      if (page) return { done: false, value: page };
      if (this.failure) {
        const { error } = this.failure;
        await this.close();
        throw error;
      }
      if (this.ended) return { done: true, value: undefined };
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  private takePage(): LogPage | undefined {
    const events: RecordedEvent[] = [];
    let checkpoint = this.delivered;
    let reachedHead = false;
    while (this.queue.length > 0) {
      const item = this.queue[0]!;
      if ('event' in item) {
        if (events.length >= this.maxBatchSize) break;
        events.push(item.event);
        checkpoint = item.event.position;
      } else if ('checkpoint' in item) checkpoint = item.checkpoint;
      else reachedHead = true;
      this.queue.shift();
    }
    const justCaughtUp = reachedHead && !this.caughtUp;
    this.caughtUp ||= reachedHead;
    this.pull();
    // An empty page is worth handing out when it moves the checkpoint, or to say the subscription has caught up.
    if (events.length === 0 && comparePositions(checkpoint, this.delivered) <= 0 && !justCaughtUp) return undefined;
    this.delivered = checkpoint;
    return { events, checkpoint, isEnd: this.caughtUp && this.queue.length === 0 };
  }

  /** Reads what the client has buffered, while our queue has room (two pages). */
  private pull(): void {
    if (this.closed) return;
    while (this.queue.length < 2 * this.maxBatchSize) {
      const resolved = this.source.read() as AllStreamResolvedEvent | null;
      if (resolved === null) break;
      this.take(resolved);
    }
    this.notify();
  }

  /** Everything the client pushed before a checkpoint or caught-up signal, regardless of room. */
  private drain(): void {
    for (
      let resolved = this.source.read() as AllStreamResolvedEvent | null;
      resolved !== null;
      resolved = this.source.read()
    )
      this.take(resolved);
  }

  private take(resolved: AllStreamResolvedEvent): void {
    const event = resolved.event;
    if (!event || (this.seen && comparePositions(event.position, this.seen) <= 0)) return;
    this.seen = event.position;
    if (!this.accepts(event.streamId, event.type)) return this.pushCheckpoint(event.position);
    try {
      this.queue.push({ event: toRecordedEvent(resolved) });
    } catch (error) {
      this.fail(error);
    }
  }

  private onCheckpoint(position: Position): void {
    this.drain();
    if (!this.seen || comparePositions(position, this.seen) > 0) {
      this.seen = position;
      this.pushCheckpoint(position);
    }
    this.notify();
  }

  /** Consecutive checkpoints collapse into the last, so filtered-out stretches cost one queue slot. */
  private pushCheckpoint(position: GlobalPosition): void {
    const last = this.queue[this.queue.length - 1];
    if (last && 'checkpoint' in last) this.queue[this.queue.length - 1] = { checkpoint: position };
    else this.queue.push({ checkpoint: position });
  }

  private fail(error: unknown): void {
    if (!this.closed) this.failure ??= { error };
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
