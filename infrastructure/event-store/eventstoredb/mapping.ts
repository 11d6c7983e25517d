/**
 * Translation between the port's shapes and @eventstore/db-client 6.2.1's: recorded events, log filters, errors and
 * stream metadata.
 */
import {
  StreamDeletedError as EsdbStreamDeletedError,
  StreamNotFoundError as EsdbStreamNotFoundError,
  WrongExpectedVersionError as EsdbWrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type ResolvedEvent,
  type StreamMetadata as EsdbStreamMetadata,
} from '@eventstore/db-client';
import {
  type ExpectedRevision,
  type JsonObject,
  type LogFilter,
  type RecordedEvent,
  START,
  type StreamMetadata,
  StreamDeletedError,
  StreamNotFoundError,
  WrongExpectedRevisionError,
} from '../../../application/ports/event-store';

const isJsonObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Uint8Array);

function jsonObject(value: unknown, what: string): JsonObject {
  if (value instanceof Uint8Array) {
    try {
      value = JSON.parse(Buffer.from(value).toString('utf8'));
    } catch {
      // falls through to the error below
    }
  }
  if (!isJsonObject(value)) throw new Error(`${what} is not a JSON object; this store writes JSON events only`);
  return value;
}

export function toRecordedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent {
  const event = resolved.event;
  if (!event) throw new Error('a link event whose target is gone (links are not resolved by this adapter)');
  // Servers before 22.6 send no position with stream reads; the commit position alone still orders the event.
  const commit = resolved.commitPosition;
  const position = event.position ?? (commit === undefined ? START : { commit, prepare: commit });
  return {
    id: event.id,
    streamName: event.streamId,
    revision: event.revision,
    position: { commit: position.commit, prepare: position.prepare },
    type: event.type,
    data: jsonObject(event.data, `data of event ${event.id} in ${event.streamId}`),
    metadata:
      event.metadata === undefined
        ? {}
        : jsonObject(event.metadata, `metadata of event ${event.id} in ${event.streamId}`),
    createdAt: event.created,
  };
}

/**
 * The whole port filter, applied on the client: system streams and system events never pass. Absent or empty lists
 * do not restrict, as in the PostgreSQL adapter.
 */
export function logFilter(filter: LogFilter | undefined): (streamName: string, type: string) => boolean {
  const prefixes = filter?.streamPrefixes?.length ? filter.streamPrefixes : undefined;
  const types = filter?.eventTypes?.length ? new Set(filter.eventTypes) : undefined;
  return (streamName, type) =>
    !streamName.startsWith('$') &&
    !type.startsWith('$') &&
    (!prefixes || prefixes.some((p) => streamName.startsWith(p))) &&
    (!types || types.has(type));
}

/** The client's errors become the port's; anything else passes through unchanged. */
export function translateError(error: unknown, streamName: string, expected: ExpectedRevision = 'any'): unknown {
  if (error instanceof EsdbWrongExpectedVersionError) {
    // A missing stream shows up as 'no_stream' from append and as -1 from delete and tombstone.
    const actual =
      typeof error.actualVersion === 'bigint' && error.actualVersion >= 0n ? error.actualVersion : undefined;
    return new WrongExpectedRevisionError(streamName, expected, actual);
  }
  if (error instanceof EsdbStreamDeletedError) return new StreamDeletedError(streamName);
  if (error instanceof EsdbStreamNotFoundError) return new StreamNotFoundError(streamName);
  return error;
}

/** EventStoreDB's EventNumber.DeletedStream, the `$tb` of a soft-deleted stream. */
const DELETED_STREAM = 2n ** 63n - 1n;

const SYSTEM_KEYS = new Set(['maxAge', 'maxCount', 'truncateBefore', 'cacheControl', 'acl']);

export function toEsdbMetadata(streamName: string, metadata: StreamMetadata): EsdbStreamMetadata {
  const custom = metadata.custom ?? {};
  // The client maps these keys (and EventStoreDB reserves `$` keys); a custom key by such a name would be lost or misread.
  const clash = Object.keys(custom).find((key) => SYSTEM_KEYS.has(key) || key.startsWith('$'));
  if (clash) throw new Error(`stream ${streamName}: custom metadata key "${clash}" is reserved by EventStoreDB`);
  const result: EsdbStreamMetadata = { ...custom };
  if (metadata.maxAge !== undefined) result.maxAge = metadata.maxAge;
  if (metadata.maxCount !== undefined) result.maxCount = metadata.maxCount;
  if (metadata.truncateBefore !== undefined) {
    // The 6.2.1 client takes `$tb` as a JS integer only.
    if (metadata.truncateBefore > BigInt(Number.MAX_SAFE_INTEGER))
      throw new RangeError(`stream ${streamName}: truncateBefore too large for the client`);
    result.truncateBefore = Number(metadata.truncateBefore);
  }
  return result;
}

export function fromEsdbMetadata(metadata: EsdbStreamMetadata | undefined): StreamMetadata {
  if (!metadata) return {};
  const { maxAge, maxCount, truncateBefore, cacheControl: _cacheControl, acl: _acl, ...custom } = metadata;
  const result: { -readonly [K in keyof StreamMetadata]: StreamMetadata[K] } = {};
  if (typeof maxAge === 'number') result.maxAge = maxAge;
  if (typeof maxCount === 'number') result.maxCount = maxCount;
  // A soft delete writes 2^63-1 (EventStoreDB's "deleted"), which JSON parsing rounds up to 2^63; give back the real value.
  if (typeof truncateBefore === 'number')
    result.truncateBefore = truncateBefore >= 2 ** 63 ? DELETED_STREAM : BigInt(truncateBefore);
  if (Object.keys(custom).length > 0) result.custom = custom;
  return result;
}
