import type pg from 'pg';
import {
  comparePositions,
  type GlobalPosition,
  type LogPage,
  type ReadAllOptions,
  START,
} from '../../../application/ports/event-store';
import type { RecentEvents } from './recent-events';
import { type EventRow, eventColumns, toPosition, toRecordedEvent } from './row-mapping';

/**
 * Reads a page of the global log. One statement, so the page and the head it reports come from one snapshot: only
 * transactions older than every running one (pg_snapshot_xmin) are read, which is what makes the order stable.
 */
const PAGE_SQL = (filters: string, body: string) => `
WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin),
head AS (
  SELECT e.transaction_id::text AS commit, e.seq::text AS prepare FROM events e, horizon
  WHERE e.transaction_id < horizon.xmin ORDER BY e.transaction_id DESC, e.seq DESC LIMIT 1
)
SELECT head.commit AS head_commit, head.prepare AS head_prepare, page.*
FROM (SELECT 1) one
LEFT JOIN head ON true
LEFT JOIN LATERAL (
  SELECT ${eventColumns(body)} FROM events e, horizon
  WHERE (e.transaction_id, e.seq) > ($1::text::xid8, $2::bigint) AND e.transaction_id < horizon.xmin ${filters}
  ORDER BY e.transaction_id, e.seq LIMIT $3
) page ON true
ORDER BY page.commit::xid8, page.prepare::bigint`;

const HEAD_SQL = `
SELECT e.transaction_id::text AS commit, e.seq::text AS prepare FROM events e
WHERE e.transaction_id < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY e.transaction_id DESC, e.seq DESC LIMIT 1`;

type PageRow = Partial<EventRow> & { head_commit: string | null; head_prepare: string | null };

/**
 * The body columns of a page: left out entirely for a reader that does not want them, and for the transactions whose
 * bodies this process still holds (RecentEvents), which are then filled in from there. Adds its parameter to `params`.
 */
function bodyColumns(options: ReadAllOptions, recent: RecentEvents | undefined, params: unknown[]): string {
  if (options.withoutData) return `'{}'::jsonb AS data, e.metadata`;
  const held = recent?.completeTransactions() ?? [];
  if (held.length === 0) return 'e.data, e.metadata';
  params.push(held.map(String));
  const local = `e.transaction_id = ANY($${params.length}::text[]::xid8[])`;
  return `CASE WHEN ${local} THEN NULL ELSE e.data END AS data, CASE WHEN ${local} THEN NULL ELSE e.metadata END AS metadata`;
}

/** Bodies left out for this process's own transactions, from memory; any dropped from it since, from the table. */
async function fillBodies(pool: pg.Pool, rows: EventRow[], recent: RecentEvents | undefined): Promise<void> {
  const missing: EventRow[] = [];
  for (const row of rows) {
    if (row.data !== null) continue;
    const body = recent?.take(row.event_id);
    if (!body) missing.push(row);
    else {
      row.data = body.data;
      row.metadata = body.metadata;
    }
  }
  if (missing.length === 0) return;
  const { rows: bodies } = await pool.query<{
    event_id: string;
    data: EventRow['data'];
    metadata: EventRow['metadata'];
  }>(
    `SELECT e.event_id, e.data, e.metadata FROM events e
     WHERE (e.transaction_id, e.seq) IN (SELECT t::xid8, s FROM unnest($1::text[], $2::bigint[]) AS u(t, s))`,
    [missing.map((r) => r.commit), missing.map((r) => r.prepare)],
  );
  const byId = new Map(bodies.map((b) => [b.event_id, b]));
  for (const row of missing) {
    const body = byId.get(row.event_id)!;
    row.data = body.data;
    row.metadata = body.metadata;
  }
}

export async function readLogPage(pool: pg.Pool, options: ReadAllOptions, recent?: RecentEvents): Promise<LogPage> {
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
  const body = bodyColumns(options, recent, params);
  const { rows } = await pool.query<PageRow>(PAGE_SQL(filters, body), params);
  const head = rows[0]?.head_commit ? toPosition(rows[0].head_commit, rows[0].head_prepare!) : START;
  const eventRows = rows.filter((r) => r.event_id) as EventRow[];
  await fillBodies(pool, eventRows, recent);
  const events = eventRows.map(toRecordedEvent);
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
