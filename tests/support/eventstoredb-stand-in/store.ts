/**
 * The in-memory log behind the EventStoreDB stand-in. One append-only list of records is `$all`; streams index into
 * it by name. Stream metadata lives where EventStoreDB keeps it, as the last `$metadata` event of the `$$` metastream.
 *
 * The write rules follow EventStoreDB's commit check (IndexWriter.CheckCommit) so that the real client sees the
 * answers a real node gives: expected revisions, idempotent retries by event id, soft delete as `$tb` = max long,
 * tombstones as a `$streamDeleted` record.
 */
import { randomUUID } from 'node:crypto';

export type Expected = 'any' | 'no_stream' | 'stream_exists' | bigint;

export interface ProposedEvent {
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
}

export interface StoredRecord extends ProposedEvent {
  readonly stream: string;
  readonly revision: bigint;
  readonly commit: bigint;
  readonly prepare: bigint;
  readonly createdMs: number;
}

export interface Position {
  readonly commit: bigint;
  readonly prepare: bigint;
}

export type Outcome =
  | { readonly kind: 'ok'; readonly revision: bigint; readonly position: Position | undefined }
  | { readonly kind: 'wrong-expected-version'; readonly current: bigint }
  | { readonly kind: 'stream-deleted' };

type Check = Outcome | { readonly kind: 'proceed'; readonly softDeleted: boolean };

interface StreamState {
  readonly records: StoredRecord[]; // index === revision
  tombstoned: boolean;
  metadata: Record<string, unknown>;
}

/** EventStoreDB's EventNumber.DeletedStream: the tombstone's revision and the `$tb` of a soft-deleted stream. */
export const DELETED_STREAM = 2n ** 63n - 1n;

export const metastreamOf = (stream: string): string => `$$${stream}`;
const isMetastream = (stream: string): boolean => stream.startsWith('$$');
const originalOf = (metastream: string): string => metastream.slice(2);

export const comparePositions = (a: Position, b: Position): number =>
  a.commit !== b.commit ? (a.commit < b.commit ? -1 : 1) : a.prepare === b.prepare ? 0 : a.prepare < b.prepare ? -1 : 1;

const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));

/** JSON with bigints written as numbers: `$tb` of a soft delete is 2^63-1, past what a JS number holds exactly. */
const metadataJson = (metadata: Record<string, unknown>): string =>
  `{${Object.entries(metadata)
    .map(
      ([key, value]) =>
        `${JSON.stringify(key)}:${typeof value === 'bigint' ? value.toString() : JSON.stringify(value)}`,
    )
    .join(',')}}`;

const parseObject = (data: Uint8Array): Record<string, unknown> => {
  try {
    const value: unknown = JSON.parse(Buffer.from(data).toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
};

const metadataEvent = (metadata: Record<string, unknown>): ProposedEvent => ({
  id: randomUUID(),
  type: '$metadata',
  contentType: 'application/json',
  data: utf8(metadataJson(metadata)),
  customMetadata: new Uint8Array(),
});

export class Store {
  readonly log: StoredRecord[] = [];
  private readonly streams = new Map<string, StreamState>();
  private readonly byId = new Map<string, StoredRecord>();
  private readonly listeners = new Set<() => void>();
  // A real log opens with an epoch record, so no event sits at position 0 and START stays strictly before the first.
  private nextPosition = 512n;
  private notifyScheduled = false;
  closed = false;

  constructor() {
    // A real node has system events in $all from its first start; one keeps clients honest about skipping them.
    this.write('$settings', [
      {
        id: randomUUID(),
        type: '$settings',
        contentType: 'application/json',
        data: utf8('{"$userStreamAcl":{"$r":"$all"}}'),
        customMetadata: new Uint8Array(),
      },
    ]);
  }

  /** Called (batched per tick) after every write, and once on close. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.closed = true;
    for (const listener of [...this.listeners]) listener();
  }

  isTombstoned(stream: string): boolean {
    return this.streams.get(isMetastream(stream) ? originalOf(stream) : stream)?.tombstoned ?? false;
  }

  recordAt(stream: string, revision: bigint): StoredRecord | undefined {
    return this.streams.get(stream)?.records[Number(revision)];
  }

  lastRevision(stream: string): bigint {
    return BigInt(this.streams.get(stream)?.records.length ?? 0) - 1n;
  }

  /** The records a stream read may return, with `$tb`, `$maxCount` and `$maxAge` applied as a real node applies them. */
  readable(
    stream: string,
  ): { kind: 'ok'; records: StoredRecord[] } | { kind: 'not-found' } | { kind: 'stream-deleted' } {
    if (this.isTombstoned(stream)) return { kind: 'stream-deleted' };
    const state = this.streams.get(stream);
    if (!state || state.records.length === 0 || this.isSoftDeleted(stream)) return { kind: 'not-found' };
    const { $tb: truncateBefore, $maxCount: maxCount, $maxAge: maxAge } = state.metadata;
    let from = 0;
    if (typeof truncateBefore === 'number') from = Math.max(from, truncateBefore);
    if (typeof maxCount === 'number') from = Math.max(from, state.records.length - maxCount);
    const oldest = typeof maxAge === 'number' ? Date.now() - maxAge * 1000 : -Infinity;
    return { kind: 'ok', records: state.records.slice(from).filter((r) => r.createdMs >= oldest) };
  }

  append(stream: string, expected: Expected, events: readonly ProposedEvent[]): Outcome {
    const check = this.check(
      stream,
      expected,
      events.map((e) => e.id),
    );
    if (check.kind !== 'proceed') return check;
    // Appending to a soft-deleted stream brings it back: its earlier events stay hidden behind a new `$tb`.
    if (check.softDeleted && events.length > 0)
      this.write(metastreamOf(stream), [
        metadataEvent({ ...this.metadataOf(stream), $tb: this.lastRevision(stream) + 1n }),
      ]);
    return this.write(stream, events);
  }

  softDelete(stream: string, expected: Expected): Outcome {
    const check = this.check(stream, expected, []);
    if (check.kind !== 'proceed') return check;
    return this.write(metastreamOf(stream), [metadataEvent({ ...this.metadataOf(stream), $tb: DELETED_STREAM })]);
  }

  tombstone(stream: string, expected: Expected): Outcome {
    const check = this.check(stream, expected, []);
    if (check.kind !== 'proceed') return check;
    const state = this.stateOf(stream);
    const tombstone: StoredRecord = {
      id: randomUUID(),
      type: '$streamDeleted',
      contentType: 'application/octet-stream',
      data: new Uint8Array(),
      customMetadata: new Uint8Array(),
      stream,
      revision: DELETED_STREAM,
      commit: this.nextPosition,
      prepare: this.nextPosition,
      createdMs: Date.now(),
    };
    this.nextPosition += 64n;
    state.tombstoned = true;
    this.log.push(tombstone);
    this.notify();
    return { kind: 'ok', revision: DELETED_STREAM, position: tombstone };
  }

  private metadataOf(stream: string): Record<string, unknown> {
    return this.streams.get(stream)?.metadata ?? {};
  }

  private isSoftDeleted(stream: string): boolean {
    // Parsed JSON turns 2^63-1 into 2^63; anything that large can only be the soft-delete marker.
    return Number(this.streams.get(stream)?.metadata.$tb) >= Number(DELETED_STREAM);
  }

  private check(stream: string, expected: Expected, ids: readonly string[]): Check {
    if (this.isTombstoned(stream)) return { kind: 'stream-deleted' };
    const current = this.lastRevision(stream);
    const softDeleted = this.isSoftDeleted(stream);
    const wrong: Outcome = { kind: 'wrong-expected-version', current };
    if (expected === 'stream_exists') {
      if (softDeleted) return { kind: 'stream-deleted' };
      // As in EventStoreDB, a stream that has only metadata so far counts as existing.
      if (current < 0n && this.lastRevision(metastreamOf(stream)) < 0n) return wrong;
    }
    if (expected === 'any' || expected === 'stream_exists') {
      const first = ids[0] === undefined ? undefined : this.byId.get(ids[0]);
      if (!first || first.stream !== stream) return { kind: 'proceed', softDeleted };
      return this.replay(stream, first.revision - 1n, ids) ?? wrong;
    }
    const expectedRevision = expected === 'no_stream' ? -1n : expected;
    if (expectedRevision < current) {
      const replay = this.replay(stream, expectedRevision, ids);
      if (replay) return replay;
      // no_stream recreates a soft-deleted stream; revisions carry on from where it was.
      return expectedRevision === -1n && softDeleted ? { kind: 'proceed', softDeleted } : wrong;
    }
    return expectedRevision > current ? wrong : { kind: 'proceed', softDeleted };
  }

  /** A retried append (same ids at the same revisions) succeeds again without writing anything. */
  private replay(stream: string, expectedRevision: bigint, ids: readonly string[]): Outcome | undefined {
    if (ids.length === 0) return undefined;
    const records = ids.map((id, i) => this.recordAt(stream, expectedRevision + 1n + BigInt(i)));
    if (!records.every((r, i) => r?.id === ids[i])) return undefined;
    const last = records[records.length - 1]!;
    return { kind: 'ok', revision: last.revision, position: last };
  }

  private stateOf(stream: string): StreamState {
    let state = this.streams.get(stream);
    if (!state) this.streams.set(stream, (state = { records: [], tombstoned: false, metadata: {} }));
    return state;
  }

  private write(stream: string, events: readonly ProposedEvent[]): Outcome {
    const state = this.stateOf(stream);
    // Events of one append share the commit position and differ by prepare position, as in an EventStoreDB transaction.
    const commit = this.nextPosition;
    let last: StoredRecord | undefined;
    for (const event of events) {
      last = {
        ...event,
        stream,
        revision: BigInt(state.records.length),
        commit,
        prepare: this.nextPosition,
        createdMs: Date.now(),
      };
      this.nextPosition += BigInt(64 + event.data.length + event.customMetadata.length);
      state.records.push(last);
      this.log.push(last);
      this.byId.set(event.id, last);
    }
    if (last && isMetastream(stream)) this.stateOf(originalOf(stream)).metadata = parseObject(last.data);
    if (last) this.notify();
    return { kind: 'ok', revision: BigInt(state.records.length) - 1n, position: last };
  }

  // One wake-up per tick, so subscribers see the writes of one tick together.
  private notify(): void {
    if (this.notifyScheduled) return;
    this.notifyScheduled = true;
    setImmediate(() => {
      this.notifyScheduled = false;
      for (const listener of [...this.listeners]) listener();
    });
  }
}
