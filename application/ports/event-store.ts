/**
 * The event store port. Two adapters implement it (PostgreSQL, EventStoreDB) and one conformance suite
 * (tests/integration/event-store/conformance.ts) holds both to the same behaviour.
 *
 * Payloads are plain JSON here; typed domain events and their io-ts codecs sit one layer up (application/events).
 */

/**
 * A place in the global log. Two numbers because both stores order their log by a pair: EventStoreDB by
 * (commit, prepare) position, our PostgreSQL store by (transaction id, sequence). Compare with `comparePositions`.
 */
export interface GlobalPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

export const START: GlobalPosition = { commit: 0n, prepare: 0n };

export const comparePositions = (a: GlobalPosition, b: GlobalPosition): number =>
  a.commit !== b.commit ? (a.commit < b.commit ? -1 : 1) : a.prepare === b.prepare ? 0 : a.prepare < b.prepare ? -1 : 1;

export const positionToString = (p: GlobalPosition): string => `${p.commit}/${p.prepare}`;

export const positionFromString = (s: string): GlobalPosition => {
  const [commit, prepare] = s.split('/');
  if (!commit || !prepare || !/^\d+$/.test(commit) || !/^\d+$/.test(prepare)) throw new Error(`not a position: ${s}`);
  return { commit: BigInt(commit), prepare: BigInt(prepare) };
};

/** What the writer expects the stream to be at; anything else is a `WrongExpectedRevisionError`. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | bigint;

export type JsonObject = { readonly [key: string]: unknown };

export interface NewEvent {
  readonly id: string;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
}

export interface RecordedEvent {
  readonly id: string;
  readonly streamName: string;
  readonly revision: bigint;
  readonly position: GlobalPosition;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
  readonly createdAt: Date;
}

export interface AppendResult {
  /** Revision of the last event written. */
  readonly nextRevision: bigint;
  /** Global position of the last event written; projections that reach it have seen the append. */
  readonly position: GlobalPosition;
}

export interface AppendRequest {
  readonly streamName: string;
  readonly events: readonly NewEvent[];
  readonly expectedRevision: ExpectedRevision;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive; defaults to the start (forwards) or the end (backwards). */
  readonly fromRevision?: bigint;
  readonly maxCount?: number;
}

export interface LogFilter {
  readonly streamPrefixes?: readonly string[];
  readonly eventTypes?: readonly string[];
}

/** Whether a filter lets an event of this type in this stream through; no filter (or an empty list) lets all through. */
export const passesFilter = (filter: LogFilter | undefined, streamName: string, type: string): boolean =>
  (!filter?.streamPrefixes?.length || filter.streamPrefixes.some((prefix) => streamName.startsWith(prefix))) &&
  (!filter?.eventTypes?.length || filter.eventTypes.includes(type));

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. */
  readonly after?: GlobalPosition;
  readonly maxCount: number;
  readonly filter?: LogFilter;
  /** See SubscribeOptions.withoutData. */
  readonly withoutData?: boolean;
}

export interface LogPage {
  readonly events: readonly RecordedEvent[];
  /**
   * How far the read looked, which with a filter can be past the last event returned. Reading on from here never
   * skips or repeats an event; a subscriber stores it as its checkpoint.
   */
  readonly checkpoint: GlobalPosition;
  /** True when the page reached the head of the log as it was when read. */
  readonly isEnd: boolean;
}

export interface SubscribeOptions {
  readonly after?: GlobalPosition;
  readonly filter?: LogFilter;
  readonly maxBatchSize?: number;
  /**
   * For readers of type and metadata only (the operation history reads every event of the log): the store may leave
   * each event's data out (an empty object), so that it is neither sent nor parsed. The reader must not look at data.
   */
  readonly withoutData?: boolean;
}

/** A live view of the global log: catch-up pages first, then new pages as they are written, until closed. */
export interface Subscription extends AsyncIterable<LogPage> {
  close(): Promise<void>;
}

export interface StreamMetadata {
  /** Seconds. */
  readonly maxAge?: number;
  readonly maxCount?: number;
  readonly truncateBefore?: bigint;
  readonly custom?: JsonObject;
}

export interface EventStore {
  readonly kind: 'postgresql' | 'eventstoredb';
  append(request: AppendRequest): Promise<AppendResult>;
  /** Many streams at once; each request succeeds or fails alone. The PostgreSQL adapter does it in one round trip. */
  appendMany(
    requests: readonly AppendRequest[],
  ): Promise<Array<AppendResult | WrongExpectedRevisionError | StreamDeletedError>>;
  readStream(streamName: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /**
   * Several whole streams at once, for deciding on many aggregates in one go (an import of thousands of orders). A
   * stream never written or soft-deleted reads as no events, like `readStreamOrEmpty`; a tombstoned one as its error.
   */
  readStreams(streamNames: readonly string[]): Promise<Map<string, RecordedEvent[] | StreamDeletedError>>;
  readAll(options: ReadAllOptions): Promise<LogPage>;
  subscribeToAll(options?: SubscribeOptions): Subscription;
  headPosition(): Promise<GlobalPosition>;
  /** Soft delete: reads say the stream is not there; appending again continues its revisions. */
  deleteStream(streamName: string, expectedRevision?: ExpectedRevision): Promise<void>;
  /** Hard delete: the stream can never be read or written again. */
  tombstoneStream(streamName: string, expectedRevision?: ExpectedRevision): Promise<void>;
  setStreamMetadata(streamName: string, metadata: StreamMetadata): Promise<void>;
  getStreamMetadata(streamName: string): Promise<StreamMetadata>;
  close(): Promise<void>;
}

export class WrongExpectedRevisionError extends Error {
  override readonly name = 'WrongExpectedRevisionError';
  constructor(
    readonly streamName: string,
    readonly expected: ExpectedRevision,
    /** `undefined` when the stream does not exist. */
    readonly actual: bigint | undefined,
  ) {
    super(
      `stream ${streamName}: expected revision ${String(expected)}, actual ${actual === undefined ? 'no stream' : String(actual)}`,
    );
  }
}

export class StreamNotFoundError extends Error {
  override readonly name = 'StreamNotFoundError';
  constructor(readonly streamName: string) {
    super(`stream ${streamName} not found`);
  }
}

/** A stream's events, or none when it was never written: the usual start of deciding on an aggregate. */
export async function readStreamOrEmpty(store: EventStore, streamName: string): Promise<RecordedEvent[]> {
  try {
    return await store.readStream(streamName);
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
}

export class StreamDeletedError extends Error {
  override readonly name = 'StreamDeletedError';
  constructor(readonly streamName: string) {
    super(`stream ${streamName} is deleted for good`);
  }
}
