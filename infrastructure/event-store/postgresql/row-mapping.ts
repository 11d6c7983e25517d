import type { GlobalPosition, RecordedEvent } from '../../../application/ports/event-store';

/** Columns every event query selects, in the shape `toRecordedEvent` reads. */
export const EVENT_COLUMNS = `e.transaction_id::text AS commit, e.seq::text AS prepare, e.event_id, e.stream_name,
  e.revision::text AS revision, e.type, e.data, e.metadata, e.created_at`;

export interface EventRow {
  commit: string;
  prepare: string;
  event_id: string;
  stream_name: string;
  revision: string;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  created_at: Date;
}

export const toPosition = (commit: string, prepare: string): GlobalPosition => ({ commit: BigInt(commit), prepare: BigInt(prepare) });

export const toRecordedEvent = (row: EventRow): RecordedEvent => ({
  id: row.event_id,
  streamName: row.stream_name,
  revision: BigInt(row.revision),
  position: toPosition(row.commit, row.prepare),
  type: row.type,
  data: row.data,
  metadata: row.metadata,
  createdAt: row.created_at,
});
