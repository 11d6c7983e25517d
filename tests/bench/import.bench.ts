/**
 * `npm run bench -- import`: a 楽天 RMS CSV of 10,000 orders (CP932) imported end to end through the real container
 * (commands, customer policy, every projection running) until the order list shows every order, beside PostgreSQL's
 * own COPY of the same file into a plain table: the floor no importer can beat.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import pino from 'pino';
import { RAKUTEN } from '../../application/import/formats/rakuten';
import { importOrders } from '../../application/import/import-orders';
import { readOrders } from '../../application/import/read-orders';
import { STANDARD_ROUTE } from '../../domain/order/route';
import { loadConfig } from '../../infrastructure/config';
import { createContainer, TOKENS } from '../../infrastructure/container';
import { openBenchServer } from './bench-database';
import { figure } from './report';
import { rakutenHeader, writeRakutenFile } from './rakuten-file';

const ORDERS = Number(process.env.BENCH_IMPORT_ORDERS ?? 10_000);
/** About 100 MB of CP932 in the demo layout. */
const LARGE_FILE_ORDERS = Number(process.env.BENCH_IMPORT_LARGE_ORDERS ?? 94_000);

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

/** Peak resident memory while `work` runs, sampled; the figure the issue asks for is the process's, not the heap's. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const result = await work();
    return { result, peakMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

/** The fastest of three COPYs of the file into a plain table: one run of half a second is at the mercy of a neighbour. */
async function copySeconds(connectionString: string, file: string): Promise<number> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const columns = rakutenHeader()
      .map((h, i) => `c${i} text`)
      .join(', ');
    await client.query(`CREATE TABLE copy_floor (${columns})`);
    let fastest = Infinity;
    for (let run = 0; run < 3; run++) {
      await client.query('TRUNCATE copy_floor');
      const started = process.hrtime.bigint();
      await pipeline(
        createReadStream(file),
        client.query(copyFrom(`COPY copy_floor FROM STDIN WITH (FORMAT csv, HEADER true, ENCODING 'SJIS')`)),
      );
      fastest = Math.min(fastest, seconds(started));
    }
    return fastest;
  } finally {
    await client.end();
  }
}

/** A full garbage collection, so that what the heap holds afterwards is what the reader keeps alive. */
const collectGarbage: () => void = (() => {
  v8.setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/**
 * Reads a file through the whole pipeline up to assembled orders (no database), twice: once for the rate, once with a
 * full collection every 2,000 orders for the most the reader ever kept alive. Resident memory is no measure of that:
 * it follows the pace of the garbage collector, which lets a fast reader's garbage pile up before it sweeps.
 */
async function readThrough(file: string, expected: number): Promise<{ rowsPerSecond: number; liveMb: number }> {
  const read = async (each: (orders: number) => void) => {
    let rows = 0;
    let orders = 0;
    for await (const item of readOrders(path.basename(file), createReadStream(file), RAKUTEN)) {
      rows += item.rows;
      if (item.kind === 'order') each(++orders);
    }
    if (orders !== expected) throw new Error(`read ${orders} of ${expected} orders`);
    return rows;
  };
  const started = process.hrtime.bigint();
  const rows = await read(() => undefined);
  const rowsPerSecond = rows / seconds(started);
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  let most = 0;
  await read((orders) => {
    if (orders % 2000 !== 0) return;
    collectGarbage();
    most = Math.max(most, process.memoryUsage().heapUsed - before);
  });
  return { rowsPerSecond, liveMb: most / 2 ** 20 };
}

/**
 * Memory stays flat however large the file: the most the reader keeps alive while reading a file of about 100 MB beside
 * a file a tenth its size. Were the pipeline to hold the file, the first would be ten times the second. What does grow
 * is the set of order numbers already read (to report an order whose rows are split), some 70 bytes an order.
 */
async function readLargeFile(dir: string): Promise<void> {
  const small = path.join(dir, 'rakuten-10mb.csv');
  const large = path.join(dir, 'rakuten-100mb.csv');
  await writeRakutenFile(small, LARGE_FILE_ORDERS / 10);
  await writeRakutenFile(large, LARGE_FILE_ORDERS);
  const smallRead = await readThrough(small, LARGE_FILE_ORDERS / 10);
  const largeRead = await readThrough(large, LARGE_FILE_ORDERS);
  figure('import.read_file_mb', (await stat(large)).size / 2 ** 20, 'MB');
  figure('import.read_rows_per_s', largeRead.rowsPerSecond, 'rows/s');
  figure('import.read_live_heap_10mb', smallRead.liveMb, 'MB');
  figure('import.read_live_heap_100mb', largeRead.liveMb, 'MB');
}

export async function importBenchmark(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'oms-bench-import-'));
  const server = await openBenchServer();
  try {
    const file = path.join(dir, 'rakuten-10000.csv');
    const rows = await writeRakutenFile(file, ORDERS);
    console.log(`${ORDERS} orders, ${rows} rows in ${file}`);
    const connectionString = await server.freshDatabase(true);
    const { container, close } = await createContainer(loadConfig({}), pino({ level: 'warn' }), connectionString);
    try {
      const runners = container.get(TOKENS.ProjectionRunners);
      for (const runner of runners) runner.start();
      const orderSearch = runners.find((r) => r.projection.name === 'order-search')!;
      const started = process.hrtime.bigint();
      const nodeCpuBefore = process.cpuUsage();
      const postgresCpuBefore = await server.cpuSeconds();
      const { result, peakMb } = await withPeakRss(async () => {
        // As the product imports: through the import's own connections, as many batches at once as it has.
        const { commands, concurrency } = container.get(TOKENS.ImportDependencies);
        const counts = await importOrders(commands, {
          importId: 'bench',
          tenantId: '00000000-0000-4000-8000-0000000000b1',
          shopId: 'bench-shop',
          mall: 'rakuten',
          actor: 'bench',
          correlationId: 'bench',
          mapping: RAKUTEN,
          route: STANDARD_ROUTE,
          files: [{ name: 'rakuten-10000.csv', open: () => createReadStream(file) }],
          concurrency,
        });
        console.log(`commands done after ${seconds(started).toFixed(2)} s; waiting for the order list`);
        await orderSearch.bringUpToDate();
        return counts;
      });
      const total = seconds(started);
      const { user, system } = process.cpuUsage(nodeCpuBefore);
      const postgresCpuAfter = await server.cpuSeconds();
      if (result.imported !== ORDERS)
        throw new Error(`imported ${result.imported} of ${ORDERS}: ${JSON.stringify(result.problems.slice(0, 3))}`);
      const copy = await copySeconds(connectionString, file);
      figure('import.seconds_10k', (total * 10_000) / ORDERS, 's');
      figure('import.orders_per_s', ORDERS / total, 'orders/s');
      figure('import.rows_per_s', rows / total, 'rows/s');
      figure('import.peak_rss_mb', peakMb, 'MB');
      figure('copy.seconds', copy, 's');
      figure('ratio.import_vs_copy', total / copy, 'x');
      // Where the time went: this process and the embedded PostgreSQL, against what the machine's cores could give.
      const nodeCpu = (user + system) / 1e6;
      figure('import.cpu_node_s', nodeCpu, 's');
      if (postgresCpuBefore !== undefined && postgresCpuAfter !== undefined) {
        const postgresCpu = postgresCpuAfter - postgresCpuBefore;
        figure('import.cpu_postgres_s', postgresCpu, 's');
        figure('import.cpu_busy_of_cores', ((nodeCpu + postgresCpu) / (total * os.availableParallelism())) * 100, '%');
      }
    } finally {
      await close();
    }
    await readLargeFile(dir);
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
