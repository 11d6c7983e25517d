/**
 * The order list API over 1,000,000 orders (issue 3): p50/p95 of `GET /api/orders` for four searches, measured over
 * HTTP against the real server process signed in with an API token, beside PostgreSQL's own EXPLAIN ANALYZE execution
 * time for the same SQL, the floor under which no API can answer.
 */
import pg from 'pg';
import { tenantIdFor } from '../../domain/shared/ids';
import { NEWEST_FIRST, orderListQueries } from '../../projections/order-search/order-search-queries';
import { type ServerProcess, startServerProcess } from '../support/server-process';
import { openKeptBenchDatabase } from './bench-database';
import { benchApiToken } from './bench-tenant';
import { figure } from './report';
import { LARGE, listParams, listUrl, type SearchCase, searchCases, type SearchRequest } from './search-cases';
import { ensureSearchFill } from './search-fill';

const REQUESTS_PER_CASE = 200;
const WARM_UP = 20;
/**
 * A database server as production would configure one: the 1,000,000 orders with their indexes (about 1.5 GB) fit in
 * shared_buffers. With the default 128 MB every text search rereads the table from the operating system.
 */
const SERVER_SETTINGS = { shared_buffers: '2GB' };

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

async function requestMs(
  server: ServerProcess,
  token: string,
  request: SearchRequest,
): Promise<{ ms: number; rows: number; estimated: boolean }> {
  const started = process.hrtime.bigint();
  const response = await fetch(listUrl(server.url, request), { headers: { authorization: `Bearer ${token}` } });
  const rows = (await response.json()) as unknown[];
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (response.status !== 200 || !response.headers.get('content-range'))
    throw new Error(`GET /api/orders answered ${response.status}: ${JSON.stringify(rows)}`);
  return { ms, rows: rows.length, estimated: response.headers.get('x-total-count-estimated') === 'true' };
}

/** PostgreSQL's own execution time for one statement, as slonik sends it (its placeholders are $slonik_1, $slonik_2…). */
async function executionMs(client: pg.Client, query: { sql: string; values: readonly unknown[] }): Promise<number> {
  const { rows } = await client.query<{ 'QUERY PLAN': Array<{ 'Execution Time': number }> }>(
    // Without per-node timing, which would inflate the figure.
    `EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${query.sql.replaceAll('$slonik_', '$')}`,
    [...query.values],
  );
  return rows[0]!['QUERY PLAN'][0]!['Execution Time'];
}

/** A page as listOrders reads it: the newest-first walk in a transaction under NEWEST_FIRST. */
async function pageMs(
  client: pg.Client,
  { query, newestFirst }: ReturnType<ReturnType<typeof orderListQueries>['page']>,
): Promise<number> {
  if (!newestFirst) return executionMs(client, query);
  await client.query('BEGIN');
  try {
    await client.query(NEWEST_FIRST.sql);
    return await executionMs(client, query);
  } finally {
    await client.query('COMMIT');
  }
}

/** The floor for one request: the statements listOrders runs for it, side by side or one after the other as it does. */
async function explainMs(client: pg.Client, request: SearchRequest): Promise<number> {
  const queries = orderListQueries(tenantIdFor(LARGE.code), listParams(request));
  switch (queries.strategy) {
    case 'parallel':
      return Math.max(await pageMs(client, queries.page(0)), await executionMs(client, queries.count));
    case 'count-first': {
      const { count } = queries;
      const { rows } = await client.query<{ count: number }>(count.sql.replaceAll('$slonik_', '$'), [...count.values]);
      const capped = await executionMs(client, queries.pageOfCapped);
      return rows[0]!.count <= queries.exactUpTo
        ? capped
        : capped + (await pageMs(client, queries.page(rows[0]!.count)));
    }
    case 'page-only':
      return pageMs(client, queries.page(Infinity));
  }
}

async function measure(server: ServerProcess, token: string, client: pg.Client, search: SearchCase): Promise<void> {
  const warmUp = search.requests.slice(0, WARM_UP);
  const measured = search.requests.slice(WARM_UP);
  for (const request of warmUp) await requestMs(server, token, request);
  const results: Array<{ request: SearchRequest; api: number; floor: number }> = [];
  let estimated = 0;
  let empty = 0;
  // Each request and its EXPLAIN one after the other, so that both meet the same load on the shared cores.
  for (const request of measured) {
    const result = await requestMs(server, token, request);
    results.push({ request, api: result.ms, floor: await explainMs(client, request) });
    if (result.estimated) estimated++;
    if (result.rows === 0) empty++;
  }
  // Phone numbers are taken from the tenant's own orders: each one has to be found, however it is typed.
  if (search.name === 'phone' && empty > 0) throw new Error(`${empty} phone searches found nothing`);
  const api = results.map((r) => r.api);
  const floor = results.map((r) => r.floor);
  console.log(`-- ${search.title}: ${measured.length} requests, ${estimated} with an estimated total, ${empty} empty`);
  figure(`search.${search.name}.p50_ms`, percentile(api, 50), 'ms');
  figure(`search.${search.name}.p95_ms`, percentile(api, 95), 'ms');
  figure(`search.${search.name}.explain_p50_ms`, percentile(floor, 50), 'ms');
  figure(`search.${search.name}.explain_p95_ms`, percentile(floor, 95), 'ms');
  figure(`search.${search.name}.api_vs_explain_p95`, percentile(api, 95) / percentile(floor, 95), 'x');
  for (const slow of [...results].sort((a, b) => b.api - a.api).slice(0, 3)) {
    console.log(
      `   slowest: ${Math.round(slow.api)} ms (EXPLAIN ${Math.round(slow.floor)} ms) ${JSON.stringify(slow.request)}`,
    );
  }
}

export async function searchBenchmark(): Promise<void> {
  const database = await openKeptBenchDatabase('oms_bench_search', SERVER_SETTINGS);
  const client = new pg.Client({ connectionString: database.connectionString });
  await client.connect();
  let server: ServerProcess | undefined;
  try {
    await ensureSearchFill(client, (line) => console.log(line));
    // Measured as a server that has been serving for a while finds it: the table and its indexes in memory.
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_prewarm');
    await client.query(
      `SELECT pg_prewarm(oid) FROM pg_class WHERE relname LIKE 'order\\_search%' AND relkind IN ('r', 'i')`,
    );
    const { rows } = await client.query<{ shared_buffers: string }>('SHOW shared_buffers');
    console.log(`order_search prewarmed into shared_buffers of ${rows[0]!.shared_buffers}`);
    const token = await benchApiToken(database.connectionString, LARGE.code);
    server = await startServerProcess({ DATABASE_URL: database.connectionString });
    for (const search of await searchCases(client, REQUESTS_PER_CASE + WARM_UP))
      await measure(server, token, client, search);
  } finally {
    await server?.stop();
    await client.end();
    await database.stop();
  }
}
