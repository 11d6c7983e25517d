/**
 * `npm run bench -- load`: staff paging the order list while a 10,000-order import runs. The real server process, 20
 * clients on keep-alive connections signed in with an API token, each paging through the lists staff open (status
 * tabs, sorts, a shop and a week, a name), one request after the other; and a 楽天 RMS file of 10,000 new orders
 * uploaded through `POST /api/imports`, which answers once the order list shows them. Measured in one run: the list
 * alone, the import alone, then both at once, so that the ratios compare figures taken on the same machine.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SURNAMES } from '../../infrastructure/cli/demo/japanese-sample-data';
import { seededRandom } from '../../infrastructure/cli/demo/demo-orders';
import { openBenchServer } from './bench-database';
import { processCpuSeconds } from './postgres-cpu';
import { type BenchSession, benchSession, importRakutenFile } from './bench-session';
import { figure } from './report';
import { writeRakutenFile } from './rakuten-file';

const CLIENTS = Number(process.env.BENCH_LOAD_CLIENTS ?? 20);
const LIST_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
const ORDERS = Number(process.env.BENCH_IMPORT_ORDERS ?? 10_000);
const TENANT = 'load';
const PAGE_SIZE = 50; // the admin's order list
/** Pages a member of staff goes through in one list before opening another. */
const MOST_PAGES = 5;

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

/** The lists staff open, as the admin asks for them: sort and filter. */
const VIEWS: ReadonlyArray<(random: () => number) => { sort: [string, 'ASC' | 'DESC']; filter: object }> = [
  () => ({ sort: ['orderedAt', 'DESC'], filter: {} }),
  () => ({ sort: ['orderedAt', 'DESC'], filter: { status: 'new' } }),
  () => ({ sort: ['plannedShipDate', 'ASC'], filter: { status: ['new', 'awaiting_shipment'] } }),
  () => ({ sort: ['orderNumber', 'ASC'], filter: {} }),
  () => ({ sort: ['total', 'DESC'], filter: { mall: 'rakuten' } }),
  (random) => {
    const day = 16 + Math.floor(random() * 10);
    return {
      sort: ['orderedAt', 'DESC'],
      filter: { shopId: 'SHOP', orderedFrom: `2026-11-${day}`, orderedTo: `2026-11-${day + 4}` },
    };
  },
  (random) => ({
    sort: ['orderedAt', 'DESC'],
    filter: { q: SURNAMES[Math.floor(random() * SURNAMES.length)]![random() < 0.5 ? 0 : 1] },
  }),
];

const listUrl = (session: BenchSession, view: { sort: object; filter: object }, page: number) =>
  `${session.server.url}/api/orders?${new URLSearchParams({
    sort: JSON.stringify(view.sort),
    range: JSON.stringify([page * PAGE_SIZE, (page + 1) * PAGE_SIZE - 1]),
    filter: JSON.stringify(view.filter).replace('"SHOP"', JSON.stringify(session.shopId)),
  })}`;

/** A latency and when its request started, to keep only those inside a window. */
interface Sample {
  readonly view: number;
  readonly startedAt: bigint;
  readonly ms: number;
}

/**
 * `CLIENTS` members of staff paging lists until `until` resolves, each waiting for an answer before asking again.
 * Node's fetch keeps its connections alive, so each client holds one, as a browser does.
 */
async function staffPaging(session: BenchSession, until: Promise<unknown>): Promise<Sample[]> {
  let stopped = false;
  void until.finally(() => (stopped = true));
  const samples: Sample[] = [];
  const client = async (id: number) => {
    const random = seededRandom(1000 + id);
    while (!stopped) {
      const viewIndex = Math.floor(random() * VIEWS.length);
      const view = VIEWS[viewIndex]!(random);
      const pages = 1 + Math.floor(random() * MOST_PAGES);
      for (let page = 0; page < pages && !stopped; page++) {
        const startedAt = process.hrtime.bigint();
        const response = await fetch(listUrl(session, view, page), {
          headers: { authorization: `Bearer ${session.token}` },
        });
        const body = await response.text();
        if (response.status !== 200) throw new Error(`GET /api/orders answered ${response.status}: ${body}`);
        samples.push({ view: viewIndex, startedAt, ms: Number(process.hrtime.bigint() - startedAt) / 1e6 });
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, id) => client(id)));
  return samples;
}

/** CPU seconds of the server process and PostgreSQL since `start()`: what a phase cost, whatever the neighbours did. */
async function cpuMeter(session: BenchSession, database: Awaited<ReturnType<typeof openBenchServer>>) {
  const now = async () =>
    ((await processCpuSeconds(session.server.pid)) ?? NaN) + ((await database.cpuSeconds()) ?? NaN);
  const before = await now();
  return { used: async () => (await now()) - before };
}

/** Which lists cost most: each view's median and p99, for the log. */
function logViews(title: string, samples: readonly Sample[]): void {
  const line = VIEWS.map((_, i) => {
    const ms = samples.filter((s) => s.view === i).map((s) => s.ms);
    return `#${i} ${Math.round(percentile(ms, 50))}/${Math.round(percentile(ms, 99))}`;
  });
  console.log(`-- ${title}, p50/p99 ms by list: ${line.join(', ')}`);
}

export async function loadBenchmark(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'oms-bench-load-'));
  const database = await openBenchServer();
  let session: BenchSession | undefined;
  try {
    // Three files of different orders: what the list pages through, then one imported alone, one under load.
    const files = ['listed', 'alone', 'under-load'].map((name) => path.join(dir, `rakuten-${name}.csv`));
    for (const [i, file] of files.entries()) await writeRakutenFile(file, ORDERS, 1 + i * ORDERS);
    session = await benchSession(await database.freshDatabase(true), TENANT);
    await importRakutenFile(session, files[0]!, ORDERS);
    console.log(`${ORDERS} orders to page through; ${CLIENTS} clients paging for ${LIST_SECONDS} s`);

    console.log(
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${os.availableParallelism()} cores`,
    );
    const listCpu = await cpuMeter(session, database);
    const alone = await staffPaging(session, new Promise((resolve) => setTimeout(resolve, LIST_SECONDS * 1000)));
    const listCpuSeconds = await listCpu.used();
    const listRps = alone.length / LIST_SECONDS;
    const listP99 = percentile(
      alone.map((s) => s.ms),
      99,
    );
    logViews('alone', alone);
    figure('load.list_rps', listRps, 'requests/s');
    figure(
      'load.list_p50_ms',
      percentile(
        alone.map((s) => s.ms),
        50,
      ),
      'ms',
    );
    figure('load.list_p99_ms', listP99, 'ms');
    // Server and PostgreSQL CPU a page costs: the figure a busy machine does not move.
    figure('load.list_cpu_ms_per_request', (listCpuSeconds * 1000) / alone.length, 'ms');

    const importCpu = await cpuMeter(session, database);
    const importAlone = (await importRakutenFile(session, files[1]!, ORDERS)) * (10_000 / ORDERS);
    const importCpuSeconds = await importCpu.used();
    figure('load.import_seconds_10k_alone', importAlone, 's');
    figure('load.import_cpu_s_10k_alone', importCpuSeconds * (10_000 / ORDERS), 's');

    // The clients page before and after; only the requests sent while the import ran are counted.
    let importStarted = 0n;
    let importEnded = 0n;
    const importing = new Promise((resolve) => setTimeout(resolve, 1000)).then(async () => {
      importStarted = process.hrtime.bigint();
      const took = await importRakutenFile(session!, files[2]!, ORDERS);
      importEnded = process.hrtime.bigint();
      return took;
    });
    const during = (await staffPaging(session, importing)).filter(
      (s) => s.startedAt >= importStarted && s.startedAt < importEnded,
    );
    const importDuring = (await importing) * (10_000 / ORDERS);
    const duringSeconds = Number(importEnded - importStarted) / 1e9;
    const listP99During = percentile(
      during.map((s) => s.ms),
      99,
    );
    logViews('during the import', during);
    figure('load.list_rps_during_import', during.length / duringSeconds, 'requests/s');
    figure(
      'load.list_p50_ms_during_import',
      percentile(
        during.map((s) => s.ms),
        50,
      ),
      'ms',
    );
    figure('load.list_p99_ms_during_import', listP99During, 'ms');
    figure('load.import_seconds_10k_during_load', importDuring, 's');
    figure('ratio.list_p99_during_import_vs_alone', listP99During / listP99, 'x');
    figure('ratio.import_during_load_vs_alone', importDuring / importAlone, 'x');
  } finally {
    await session?.server.stop();
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
