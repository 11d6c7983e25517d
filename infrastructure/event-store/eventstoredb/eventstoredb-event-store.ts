/**
 * The EventStoreDB adapter of the event store port, over @eventstore/db-client 6.2.1 (gRPC).
 *
 * Where the client and the port differ:
 * - `readAll` in 6.2.1 takes no filter, so the port filter (and the exclusion of system streams and events) is applied
 *   here, reading on in chunks until the page is full or the log ends. Its `fromPosition` is inclusive; `after` is not.
 * - `subscribeToAll` filters on the server (see ./subscription), and its `fromPosition` is already exclusive.
 * - `deleteStream` in 6.2.1 cannot send `stream_exists`; see `deleteExistingStream`.
 */
import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  jsonEvent,
  type AllStreamResolvedEvent,
  type ExpectedRevision as EsdbExpectedRevision,
  START as ESDB_START,
  StreamDeletedError as EsdbStreamDeletedError,
  WrongExpectedVersionError as EsdbWrongExpectedVersionError,
} from '@eventstore/db-client';
import {
  type AppendRequest,
  type AppendResult,
  comparePositions,
  type EventStore,
  type ExpectedRevision,
  type GlobalPosition,
  type LogPage,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  START,
  StreamDeletedError,
  StreamNotFoundError,
  type StreamMetadata,
  type SubscribeOptions,
  type Subscription,
  WrongExpectedRevisionError,
} from '../../../application/ports/event-store';
import { fromEsdbMetadata, logFilter, toEsdbMetadata, toRecordedEvent, translateError } from './mapping';
import { EventStoreDbSubscription } from './subscription';

/** Appends in flight at once for `appendMany`: EventStoreDB has no multi-stream append, so it is one call per stream. */
const APPEND_CONCURRENCY = 16;
/** Events fetched per round trip when `readAll` has to read past filtered-out events. */
const READ_ALL_CHUNK = { min: 256, max: 4096 };

export class EventStoreDbEventStore implements EventStore {
  readonly kind = 'eventstoredb';
  private readonly client: EventStoreDBClient;
  private readonly subscriptions = new Set<EventStoreDbSubscription>();

  /** @param connectionString e.g. `esdb://localhost:2113?tls=false` */
  constructor(connectionString: string) {
    this.client = EventStoreDBClient.connectionString(connectionString);
  }

  async append({ streamName, events, expectedRevision }: AppendRequest): Promise<AppendResult> {
    try {
      const result = await this.client.appendToStream(
        streamName,
        events.map((e) => jsonEvent({ id: e.id, type: e.type, data: e.data, metadata: e.metadata })),
        { expectedRevision },
      );
      // With throwOnAppendFailure (the default) a result is always a success, which carries the position.
      return { nextRevision: result.nextExpectedRevision, position: result.position ?? START };
    } catch (error) {
      throw await this.translateWriteError(error, streamName, expectedRevision);
    }
  }

  async appendMany(
    requests: readonly AppendRequest[],
  ): Promise<Array<AppendResult | WrongExpectedRevisionError | StreamDeletedError>> {
    const results = new Array<AppendResult | WrongExpectedRevisionError | StreamDeletedError>(requests.length);
    let next = 0;
    let unexpected: { error: unknown } | undefined;
    const worker = async (): Promise<void> => {
      while (next < requests.length) {
        const index = next++;
        try {
          results[index] = await this.append(requests[index]!);
        } catch (error) {
          if (error instanceof WrongExpectedRevisionError || error instanceof StreamDeletedError)
            results[index] = error;
          else unexpected ??= { error };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(APPEND_CONCURRENCY, requests.length) }, worker));
    // Only conflicts belong in the slots; anything else (the connection, say) fails the call once all have settled.
    if (unexpected) throw unexpected.error;
    return results;
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    try {
      const events: RecordedEvent[] = [];
      const read = this.client.readStream(streamName, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: options.fromRevision ?? (backwards ? END : ESDB_START),
        maxCount: options.maxCount,
      });
      for await (const resolved of read) events.push(toRecordedEvent(resolved));
      return events;
    } catch (error) {
      throw translateError(error, streamName);
    }
  }

  /** EventStoreDB reads one stream per call; the calls run side by side on the one gRPC connection. */
  async readStreams(streamNames: readonly string[]): Promise<Map<string, RecordedEvent[] | StreamDeletedError>> {
    const read = async (name: string): Promise<RecordedEvent[] | StreamDeletedError> => {
      try {
        return await this.readStream(name);
      } catch (error) {
        if (error instanceof StreamNotFoundError) return [];
        if (error instanceof StreamDeletedError) return error;
        throw error;
      }
    };
    return new Map(await Promise.all(streamNames.map(async (name) => [name, await read(name)] as const)));
  }

  async readAll({ after, maxCount, filter }: ReadAllOptions): Promise<LogPage> {
    if (!Number.isInteger(maxCount) || maxCount < 1)
      throw new RangeError(`maxCount must be a positive integer, got ${maxCount}`);
    const accepts = logFilter(filter);
    const chunk = Math.min(Math.max(maxCount + 1, READ_ALL_CHUNK.min), READ_ALL_CHUNK.max);
    const events: RecordedEvent[] = [];
    let checkpoint = after ?? START;
    let from = after;
    for (;;) {
      const raw = await this.readAllChunk(from, chunk);
      for (const [i, resolved] of raw.entries()) {
        const event = resolved.event;
        if (!event || (from && comparePositions(event.position, from) <= 0)) continue;
        // The checkpoint moves over filtered-out events too: the reader never needs to look at them again.
        checkpoint = event.position;
        if (!accepts(event.streamId, event.type)) continue;
        events.push(toRecordedEvent(resolved));
        if (events.length === maxCount)
          return { events, checkpoint, isEnd: raw.length < chunk && i === raw.length - 1 };
      }
      if (raw.length < chunk) return { events, checkpoint, isEnd: true };
      from = checkpoint;
    }
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    const subscription: EventStoreDbSubscription = new EventStoreDbSubscription(this.client, options, () =>
      this.subscriptions.delete(subscription),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<GlobalPosition> {
    const [last] = await collect(this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 }));
    return last?.event ? { commit: last.event.position.commit, prepare: last.event.position.prepare } : START;
  }

  async deleteStream(streamName: string, expectedRevision: ExpectedRevision = 'any'): Promise<void> {
    if (expectedRevision === 'stream_exists') return this.deleteExistingStream(streamName);
    try {
      await this.client.deleteStream(streamName, { expectedRevision });
    } catch (error) {
      throw translateError(error, streamName, expectedRevision);
    }
  }

  async tombstoneStream(streamName: string, expectedRevision: ExpectedRevision = 'any'): Promise<void> {
    try {
      // The 6.2.1 typings leave out stream_exists, but the call sends it (Tombstone's options have it; Delete's do not).
      await this.client.tombstoneStream(streamName, { expectedRevision: expectedRevision as EsdbExpectedRevision });
    } catch (error) {
      throw await this.translateWriteError(error, streamName, expectedRevision);
    }
  }

  async setStreamMetadata(streamName: string, metadata: StreamMetadata): Promise<void> {
    try {
      await this.client.setStreamMetadata(streamName, toEsdbMetadata(streamName, metadata));
    } catch (error) {
      throw translateError(error, streamName);
    }
  }

  async getStreamMetadata(streamName: string): Promise<StreamMetadata> {
    try {
      return fromEsdbMetadata((await this.client.getStreamMetadata(streamName)).metadata);
    } catch (error) {
      throw translateError(error, streamName);
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    await this.client.dispose();
  }

  /**
   * EventStoreDB refuses `stream_exists` on a soft-deleted stream as "stream deleted". For the port that stream merely
   * does not exist (it can come back), as in the PostgreSQL adapter; only a tombstone is deleted for good.
   */
  private async translateWriteError(error: unknown, streamName: string, expected: ExpectedRevision): Promise<unknown> {
    if (error instanceof EsdbStreamDeletedError && expected === 'stream_exists') {
      const tombstoned = await this.readStream(streamName, { direction: 'backwards', maxCount: 1 }).then(
        () => false,
        (readError: unknown) => readError instanceof StreamDeletedError,
      );
      if (!tombstoned) return new WrongExpectedRevisionError(streamName, expected, undefined);
    }
    return translateError(error, streamName, expected);
  }

  private readAllChunk(from: GlobalPosition | undefined, maxCount: number): Promise<AllStreamResolvedEvent[]> {
    return collect(this.client.readAll({ direction: FORWARDS, fromPosition: from ?? ESDB_START, maxCount }));
  }

  /**
   * Delete with `stream_exists`, which the 6.2.1 client cannot send: an empty append with `stream_exists` asks the
   * server for the current revision (it writes nothing), then the delete pins that revision. A writer slipping in
   * between only means asking again.
   */
  private async deleteExistingStream(streamName: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const { nextRevision } = await this.append({ streamName, events: [], expectedRevision: 'stream_exists' });
      try {
        return await this.client.deleteStream(streamName, { expectedRevision: nextRevision }).then(() => undefined);
      } catch (error) {
        if (!(error instanceof EsdbWrongExpectedVersionError) || attempt >= 3)
          throw translateError(error, streamName, 'stream_exists');
      }
    }
  }
}

async function collect<T>(read: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of read) items.push(item);
  return items;
}
