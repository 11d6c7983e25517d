/**
 * `npm run bench -- documents`: purchase statements for 1,000 imported orders, one PDF, end to end through
 * `POST /api/documents` on the real server process (load the orders, record the printing on each, lay out, stream).
 * Measured in the same run, for ratios that hold on a busy machine:
 * - the renderer alone on the same 1,000 orders, in a process of its own (what the API adds: loading, recording);
 * - pdfmake's own one-document build of the same statements, in a process of its own (the peer: what streaming saves
 *   in memory, and what it costs in time);
 * - 2,000 orders through the API: the server's peak memory must not grow with the number of orders.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openBenchServer } from './bench-database';
import { type BenchSession, benchSession, importRakutenFile } from './bench-session';
import { figure } from './report';
import { writeRakutenFile } from './rakuten-file';

const ORDERS = Number(process.env.BENCH_DOCUMENT_ORDERS ?? 1000);
const TENANT = 'documents';

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;
const mb = (bytes: number) => bytes / 1024 / 1024;

/** A process's resident memory now, from /proc (NaN once it has gone). */
async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

/** The highest resident memory of a process while `work` runs, sampled from /proc every 20 ms. */
async function peakRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  const rssOf = () => rssMb(pid);
  let peakMb = 0;
  let running = true;
  const sampler = (async () => {
    while (running) {
      const now = await rssOf();
      if (!Number.isNaN(now)) peakMb = Math.max(peakMb, now);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  try {
    return { result: await work(), peakMb };
  } finally {
    running = false;
    await sampler;
  }
}

/** Prints every order of the tenant through the API; answers the seconds, the pages and the file's size. */
async function printAll(session: BenchSession): Promise<{ seconds: number; pages: number; bytes: number }> {
  const started = process.hrtime.bigint();
  const response = await fetch(`${session.server.url}/api/documents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'purchase-statement', filter: {} }),
  });
  const pdf = Buffer.from(await response.arrayBuffer());
  const took = seconds(started);
  if (response.status !== 200) throw new Error(`POST /api/documents answered ${response.status}: ${pdf}`);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  return { seconds: took, pages, bytes: pdf.length };
}

/**
 * One of the two in-process renderers (documents-peer.ts) in a process of its own, so that each peak memory is its
 * own: answers its seconds and the process's peak resident memory.
 */
async function peerProcess(mode: 'streaming' | 'one-document'): Promise<{ seconds: number; peakMb: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'documents-peer.ts'), mode], {
    env: { ...process.env, BENCH_DOCUMENT_ORDERS: String(ORDERS) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const { result: code, peakMb } = await peakRss(child.pid!, () => exited);
  if (code !== 0) throw new Error(`documents-peer ${mode} exited with ${code}: ${output}`);
  return { seconds: (JSON.parse(output) as { seconds: number }).seconds, peakMb };
}

export async function documentsBenchmark(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'oms-bench-documents-'));
  const database = await openBenchServer();
  let session: BenchSession | undefined;
  try {
    const first = path.join(dir, 'rakuten-1.csv');
    const second = path.join(dir, 'rakuten-2.csv');
    await writeRakutenFile(first, ORDERS, 1);
    await writeRakutenFile(second, ORDERS, 1 + ORDERS);
    session = await benchSession(await database.freshDatabase(true), TENANT);
    await importRakutenFile(session, first, ORDERS);

    figure('documents.server_rss_before_mb', await rssMb(session.server.pid), 'MB');
    const api = await peakRss(session.server.pid, () => printAll(session!));
    console.log(`${api.result.pages} pages, ${(api.result.bytes / 1e6).toFixed(2)} MB`);
    figure('documents.seconds_1000', api.result.seconds * (1000 / ORDERS), 's');
    figure('documents.pages_per_s', api.result.pages / api.result.seconds, 'pages/s');
    figure('documents.peak_rss_mb', api.peakMb, 'MB');
    figure('documents.file_mb', mb(api.result.bytes) * (1000 / ORDERS), 'MB');
    figure('documents.kb_per_page', api.result.bytes / 1024 / api.result.pages, 'kB');

    await importRakutenFile(session, second, ORDERS);
    const twice = await peakRss(session.server.pid, () => printAll(session!));
    figure('documents.peak_rss_mb_2000', twice.peakMb, 'MB');
    figure('documents.peak_rss_ratio_2000_vs_1000', twice.peakMb / api.peakMb, 'x');

    const alone = await peerProcess('streaming');
    const peer = await peerProcess('one-document');
    figure('documents.renderer_alone_seconds_1000', alone.seconds * (1000 / ORDERS), 's');
    figure('documents.api_vs_renderer_alone', api.result.seconds / alone.seconds, 'x');
    figure('documents.pdfmake_one_document_seconds_1000', peer.seconds * (1000 / ORDERS), 's');
    figure('documents.renderer_vs_pdfmake_one_document', alone.seconds / peer.seconds, 'x');
    figure('documents.renderer_alone_peak_rss_mb', alone.peakMb, 'MB');
    figure('documents.pdfmake_one_document_peak_rss_mb', peer.peakMb, 'MB');
    figure('documents.renderer_vs_pdfmake_peak_rss', alone.peakMb / peer.peakMb, 'x');
  } finally {
    await session?.server.stop();
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
