import type { GlobalPosition, RecordedEvent } from '../../../application/ports/event-store';

/** Columns every event query selects, in the shape `toRecordedEvent` reads. */
export const eventColumns = (
  body = 'e.data, e.metadata',
) => `e.transaction_id::text AS commit, e.seq::text AS prepare, e.event_id,
  e.stream_name, e.revision::text AS revision, e.type, ${body}, (extract(epoch FROM e.created_at) * 1000)::float8 AS created_ms`;
export const EVENT_COLUMNS = eventColumns();
// created_at travels as epoch milliseconds: node-postgres parses timestamps slowly, and a replay reads millions.

export interface EventRow {
  commit: string;
  prepare: string;
  event_id: string;
  stream_name: string;
  revision: string;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  created_ms: number;
}

export const toPosition = (commit: string, prepare: string): GlobalPosition => ({
  commit: BigInt(commit),
  prepare: BigInt(prepare),
});

export const toRecordedEvent = (row: EventRow): RecordedEvent => ({
  id: row.event_id,
  streamName: row.stream_name,
  revision: BigInt(row.revision),
  position: toPosition(row.commit, row.prepare),
  type: row.type,
  data: row.data,
  metadata: row.metadata,
  createdAt: new Date(row.created_ms),
});
