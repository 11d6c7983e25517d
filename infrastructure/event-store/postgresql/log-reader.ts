import type pg from 'pg';
import { comparePositions, type GlobalPosition, type LogPage, type ReadAllOptions, START } from '../../../application/ports/event-store';
import { type EventRow, eventColumns, toPosition, toRecordedEvent } from './row-mapping';

/**
 * Reads a page of the global log. One statement, so the page and the head it reports come from one snapshot: only
 * transactions older than every running one (pg_snapshot_xmin) are read, which is what makes the order stable.
 */
const PAGE_SQL = (filters: string, withData: boolean) => `
WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin),
head AS (
  SELECT e.transaction_id::text AS commit, e.seq::text AS prepare FROM events e, horizon
  WHERE e.transaction_id < horizon.xmin ORDER BY e.transaction_id DESC, e.seq DESC LIMIT 1
)
SELECT head.commit AS head_commit, head.prepare AS head_prepare, page.*
FROM (SELECT 1) one
LEFT JOIN head ON true
LEFT JOIN LATERAL (
  SELECT ${eventColumns(withData)} FROM events e, horizon
  WHERE (e.transaction_id, e.seq) > ($1::text::xid8, $2::bigint) AND e.transaction_id < horizon.xmin ${filters}
  ORDER BY e.transaction_id, e.seq LIMIT $3
) page ON true
ORDER BY page.commit::xid8, page.prepare::bigint`;

const HEAD_SQL = `
SELECT e.transaction_id::text AS commit, e.seq::text AS prepare FROM events e
WHERE e.transaction_id < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY e.transaction_id DESC, e.seq DESC LIMIT 1`;

type PageRow = Partial<EventRow> & { head_commit: string | null; head_prepare: string | null };

export async function readLogPage(pool: pg.Pool, options: ReadAllOptions): Promise<LogPage> {
  const after = options.after ?? START;
  const params: unknown[] = [after.commit.toString(), after.prepare.toString(), options.maxCount];
  let filters = '';
  if (options.filter?.streamPrefixes?.length) {
    params.push(options.filter.streamPrefixes.map((p) => `${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
    filters += ` AND e.stream_name LIKE ANY($${params.length})`;
  }
  if (options.filter?.eventTypes?.length) {
    params.push(options.filter.eventTypes);
    filters += ` AND e.type = ANY($${params.length})`;
  }
  const { rows } = await pool.query<PageRow>(PAGE_SQL(filters, !options.withoutData), params);
  const head = rows[0]?.head_commit ? toPosition(rows[0].head_commit, rows[0].head_prepare!) : START;
  const events = rows.filter((r) => r.event_id).map((r) => toRecordedEvent(r as EventRow));
  const last = events.at(-1)?.position;
  if (events.length < options.maxCount) {
    // Nothing matched between the last event and the head: the reader may skip to the head.
    const checkpoint = [after, head, last ?? START].reduce((a, b) => (comparePositions(a, b) >= 0 ? a : b));
    return { events, checkpoint, isEnd: true };
  }
  return { events, checkpoint: last!, isEnd: comparePositions(last!, head) >= 0 };
}

export async function readHead(pool: pg.Pool): Promise<GlobalPosition> {
  const { rows } = await pool.query<{ commit: string; prepare: string }>(HEAD_SQL);
  return rows[0] ? toPosition(rows[0].commit, rows[0].prepare) : START;
}
