/**
 * `Streams.Read`: stream reads, `$all` reads, and catch-up subscriptions to a stream or to `$all`.
 *
 * Subscriptions need no separate live channel: the log is in memory, so a subscriber keeps a cursor into it and moves
 * it forward whenever the store says something was written. Catch-up and live are the same loop, which is why a
 * subscriber can neither skip nor repeat. Writes wait for the client to drain (backpressure through `call.write`).
 */
import { randomUUID } from 'node:crypto';
import type { ServerWritableStream } from '@grpc/grpc-js';
import { StreamIdentifier, UUID } from '@eventstore/db-client/generated/shared_pb';
import { ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import { invalidArgument, streamDeletedError, streamNameOf } from './errors';
import { comparePositions, type Position, type Store, type StoredRecord } from './store';

type ReadCall = ServerWritableStream<ReadReq, ReadResp>;
type StreamOptions = ReadReq.Options.StreamOptions;
type AllOptions = ReadReq.Options.AllOptions;
type Predicate = (record: StoredRecord) => boolean;
/** The next record for a subscriber, `undefined` at the head, `'stream-deleted'` when its stream was tombstoned. */
type Cursor = () => { record: StoredRecord; matches: boolean } | undefined | 'stream-deleted';

/** EventStoreDB's page size for filtered reads, the default search window a checkpoint interval is counted in. */
const READ_BATCH_SIZE = 32;

export async function handleRead(store: Store, call: ReadCall): Promise<void> {
  const options = call.request.getOptions();
  const stream = options?.getStream();
  const all = options?.getAll();
  if (!options || (!stream && !all))
    return void call.emit('error', invalidArgument('ReadReq without stream or $all options'));
  // A read has a count; a subscription has a subscription option instead.
  const count = options.hasCount() ? Number(options.getCount()) : undefined;
  const backwards = options.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS;
  if (stream)
    return count === undefined
      ? subscribeToStream(store, call, stream)
      : readStream(store, call, stream, backwards, count);
  const filter = compileFilter(options);
  return count === undefined
    ? subscribeToAll(store, call, all!, filter)
    : readAll(store, call, all!, backwards, count, filter);
}

async function readStream(
  store: Store,
  call: ReadCall,
  options: StreamOptions,
  backwards: boolean,
  count: number,
): Promise<void> {
  const stream = streamNameOf(options.getStreamIdentifier());
  const view = store.readable(stream);
  if (view.kind === 'stream-deleted') return void call.emit('error', streamDeletedError(stream));
  if (view.kind === 'not-found') {
    await send(
      call,
      new ReadResp().setStreamNotFound(new ReadResp.StreamNotFound().setStreamIdentifier(identifier(stream))),
    );
    return void call.end();
  }
  const from = options.hasRevision() ? BigInt(options.getRevision()) : undefined;
  const records = backwards
    ? view.records.filter((r) => from === undefined || r.revision <= from).reverse()
    : view.records.filter((r) => from === undefined || r.revision >= from);
  for (const record of records.slice(0, count)) if (!(await send(call, eventMessage(record)))) return;
  call.end();
}

async function readAll(
  store: Store,
  call: ReadCall,
  options: AllOptions,
  backwards: boolean,
  count: number,
  filter: CompiledFilter | undefined,
): Promise<void> {
  const log = store.log;
  const at = positionOf(options);
  // Forwards reads include the event at the position; backwards reads return what lies before it.
  const from = at ? firstIndexAfter(log, at, false) : options.hasEnd() ? log.length : 0;
  for (
    let index = backwards ? from - 1 : from, sent = 0;
    sent < count && index >= 0 && index < log.length;
    index += backwards ? -1 : 1
  ) {
    const record = log[index]!;
    if (filter && !filter.matches(record)) continue;
    if (!(await send(call, eventMessage(record)))) return;
    sent += 1;
  }
  call.end();
}

async function subscribeToStream(store: Store, call: ReadCall, options: StreamOptions): Promise<void> {
  const stream = streamNameOf(options.getStreamIdentifier());
  if (store.isTombstoned(stream)) return void call.emit('error', streamDeletedError(stream));
  // Like $all subscriptions, stream subscriptions start after what they are given.
  let next = options.hasRevision()
    ? BigInt(options.getRevision()) + 1n
    : options.hasEnd()
      ? store.lastRevision(stream) + 1n
      : 0n;
  return subscribe(store, call, stream, undefined, () => {
    if (store.isTombstoned(stream)) return 'stream-deleted';
    const record = store.recordAt(stream, next);
    if (!record) return undefined;
    next += 1n;
    return { record, matches: true };
  });
}

function subscribeToAll(
  store: Store,
  call: ReadCall,
  options: AllOptions,
  filter: CompiledFilter | undefined,
): Promise<void> {
  const log = store.log;
  const at = positionOf(options);
  let index = at ? firstIndexAfter(log, at, true) : options.hasEnd() ? log.length : 0;
  // Only filtered subscriptions get checkpoints, one per interval of records looked at, matching or not.
  const interval = filter ? (filter.window ?? READ_BATCH_SIZE) * filter.multiplier : undefined;
  return subscribe(store, call, '$all', interval, () => {
    const record = log[index];
    if (!record) return undefined;
    index += 1;
    return { record, matches: filter ? filter.matches(record) : true };
  });
}

const positionOf = (options: AllOptions): Position | undefined => {
  const position = options.getPosition();
  return position && { commit: BigInt(position.getCommitPosition()), prepare: BigInt(position.getPreparePosition()) };
};

async function subscribe(
  store: Store,
  call: ReadCall,
  target: string,
  checkpointInterval: number | undefined,
  next: Cursor,
): Promise<void> {
  let wake: (() => void) | undefined;
  const rouse = (): void => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  const unsubscribe = store.onChange(rouse);
  call.on('cancelled', rouse);
  try {
    if (
      !(await send(
        call,
        new ReadResp().setConfirmation(new ReadResp.SubscriptionConfirmation().setSubscriptionId(randomUUID())),
      ))
    )
      return;
    let caughtUp = false;
    let considered = 0;
    let last: StoredRecord | undefined;
    while (!call.cancelled && !store.closed) {
      const item = next();
      if (item === 'stream-deleted') return void call.emit('error', streamDeletedError(target));
      if (item) {
        last = item.record;
        if (item.matches && !(await send(call, eventMessage(item.record)))) return;
        if (checkpointInterval && ++considered >= checkpointInterval) {
          considered = 0;
          if (!(await send(call, checkpointMessage(item.record)))) return;
        }
      } else if (!caughtUp) {
        caughtUp = true;
        // Reaching the head, a filtered subscription says how far it looked, even if nothing matched.
        if (checkpointInterval && last && !(await send(call, checkpointMessage(last)))) return;
        if (!(await send(call, new ReadResp().setCaughtUp(new ReadResp.CaughtUp())))) return;
      } else {
        // Nothing awaited since `next()` came back empty, so no write can slip between the check and the wait.
        await new Promise<void>((resolve) => (wake = resolve));
      }
    }
    if (store.closed && !call.cancelled) call.end();
  } finally {
    unsubscribe();
    call.off('cancelled', rouse);
  }
}

/** Writes one message; when the client is slow, waits for it to drain. False once the client has gone. */
async function send(call: ReadCall, message: ReadResp): Promise<boolean> {
  if (call.cancelled) return false;
  if (!call.write(message)) {
    await new Promise<void>((resolve) => {
      const done = (): void => {
        call.off('drain', done);
        call.off('cancelled', done);
        resolve();
      };
      call.on('drain', done);
      call.on('cancelled', done);
    });
  }
  return !call.cancelled;
}

interface CompiledFilter {
  matches: Predicate;
  window: number | undefined;
  multiplier: number;
}

function compileFilter(options: ReadReq.Options): CompiledFilter | undefined {
  const filter = options.getFilter();
  if (!filter) return undefined;
  const onStream = filter.hasStreamIdentifier();
  const expression = onStream ? filter.getStreamIdentifier() : filter.getEventType();
  const regex = expression?.getRegex() ? new RegExp(expression.getRegex()) : undefined;
  const prefixes = expression?.getPrefixList() ?? [];
  const field = (r: StoredRecord): string => (onStream ? r.stream : r.type);
  return {
    // Like EventStoreDB: a regex, when given, decides alone; otherwise any prefix matches.
    matches: regex ? (r) => regex.test(field(r)) : (r) => prefixes.some((p) => field(r).startsWith(p)),
    window: filter.hasMax() ? filter.getMax() : undefined,
    multiplier: Math.max(1, filter.getCheckpointintervalmultiplier()),
  };
}

/** Index of the first record at (inclusive) or after (exclusive) the position; the log is sorted by position. */
function firstIndexAfter(log: readonly StoredRecord[], position: Position, exclusive: boolean): number {
  let low = 0;
  let high = log.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const c = comparePositions(log[mid]!, position);
    if (c < 0 || (exclusive && c === 0)) low = mid + 1;
    else high = mid;
  }
  return low;
}

const identifier = (stream: string): StreamIdentifier =>
  new StreamIdentifier().setStreamName(Buffer.from(stream, 'utf8'));

// `created` is in 100 ns ticks since the Unix epoch (EventStoreDB's ToTicksSinceEpoch), not .NET's DateTime.Ticks.
const ticks = (ms: number): string => (BigInt(ms) * 10_000n).toString();

function eventMessage(record: StoredRecord): ReadResp {
  const recorded = new ReadResp.ReadEvent.RecordedEvent()
    .setId(new UUID().setString(record.id))
    .setStreamIdentifier(identifier(record.stream))
    .setStreamRevision(record.revision.toString())
    .setCommitPosition(record.commit.toString())
    .setPreparePosition(record.prepare.toString())
    .setData(record.data)
    .setCustomMetadata(record.customMetadata);
  recorded
    .getMetadataMap()
    .set('type', record.type)
    .set('content-type', record.contentType)
    .set('created', ticks(record.createdMs));
  return new ReadResp().setEvent(
    new ReadResp.ReadEvent().setEvent(recorded).setCommitPosition(record.commit.toString()),
  );
}

const checkpointMessage = (record: StoredRecord): ReadResp =>
  new ReadResp().setCheckpoint(
    new ReadResp.Checkpoint().setCommitPosition(record.commit.toString()).setPreparePosition(record.prepare.toString()),
  );
