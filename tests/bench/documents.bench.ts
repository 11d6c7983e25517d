/**
 * `npm run bench -- documents`: purchase statements for 1,000 imported orders, one PDF, end to end through
 * `POST /api/documents` on the real server process (load the orders, record the printing on each, lay out, stream).
 * Measured in the same run, for ratios that hold on a busy machine:
 * - the renderer alone on the same 1,000 orders in this process (what the API adds: loading and recording);
 * - pdfmake's own one-document build of the same statements (the peer: what streaming saves in memory and time);
 * - 2,000 orders through the API: the server's peak memory must not grow with the number of orders.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pdfmake from 'pdfmake';
import type { DocumentOrder, PrintRun } from '../../application/documents/document-input';
import { documentsForOrder } from '../../application/documents/documents-for-order';
import { defaultDocumentSettings } from '../../domain/documents/document-settings';
import { demoOrder, seededRandom } from '../../infrastructure/cli/demo/demo-orders';
import { renderDocuments } from '../../infrastructure/documents/pdf-renderer';
import { runCli } from '../support/cli';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { openBenchServer } from './bench-database';
import { benchApiToken } from './bench-tenant';
import { figure } from './report';
import { writeRakutenFile } from './rakuten-file';

const ORDERS = Number(process.env.BENCH_DOCUMENT_ORDERS ?? 1000);
const TENANT = 'documents';

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;
const mb = (bytes: number) => bytes / 1024 / 1024;

/** The highest resident memory of a process while `work` runs, sampled from /proc every 20 ms. */
async function peakRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  const rssOf = async () => {
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
  };
  let peakMb = await rssOf();
  let running = true;
  const sampler = (async () => {
    while (running) {
      peakMb = Math.max(peakMb, await rssOf());
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

/** A sink that counts bytes: the renderer's output without a disk in the way. */
const countingSink = () => {
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  return { sink, bytes: () => bytes };
};

interface Session {
  readonly server: ServerProcess;
  readonly token: string;
  readonly shopId: string;
}

async function importFile(session: Session, file: string, orders: number): Promise<void> {
  const form = new FormData();
  form.set('shopId', session.shopId);
  form.set('format', 'rakuten');
  form.append('files', new Blob([await readFile(file)]), path.basename(file));
  const response = await fetch(`${session.server.url}/api/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.token}` },
    body: form,
  });
  const result = (await response.json()) as { imported?: number };
  if (response.status !== 201 || result.imported !== orders)
    throw new Error(`import answered ${response.status}: ${JSON.stringify(result).slice(0, 500)}`);
}

/** Prints every order of the tenant through the API; answers the seconds, the pages and the file's size. */
async function printAll(session: Session): Promise<{ seconds: number; pages: number; bytes: number }> {
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

async function signedInServer(connectionString: string): Promise<Session> {
  const token = await benchApiToken(connectionString, TENANT);
  const env = { DATABASE_URL: connectionString };
  const shop = await runCli(
    ['shop', 'create', '--tenant', TENANT, '--code', 'rakuten', '--mall', 'rakuten', '--name', '楽天店'],
    env,
  );
  if (shop.code !== 0) throw new Error(`shop create failed: ${shop.stderr}`);
  const server = await startServerProcess(env);
  const shops = (await (
    await fetch(`${server.url}/api/shops`, { headers: { authorization: `Bearer ${token}` } })
  ).json()) as Array<{ id: string }>;
  return { server, token, shopId: shops[0]!.id };
}

/** The orders the 楽天 file numbered from 1 holds, built here as the documents see them. */
function sameOrdersInProcess(count: number): { orders: DocumentOrder[]; run: PrintRun } {
  const random = seededRandom(20261130);
  const now = new Date('2026-11-30T09:00:00+09:00');
  const shop = { id: 'bench-shop', mall: 'rakuten' as const };
  const orders = Array.from({ length: count }, (_, i): DocumentOrder => {
    const { mallData, shopData, orderNumber } = demoOrder(random, 'bench', shop, i + 1, now);
    return {
      orderId: `bench-${i}`,
      shopId: shop.id,
      mall: 'rakuten',
      orderNumber,
      mallData,
      shopData,
      receipt: { addressee: null, proviso: null },
    };
  });
  const settings = {
    shopId: shop.id,
    shopName: '楽天店',
    logo: null,
    seal: null,
    ...defaultDocumentSettings('楽天店'),
  };
  const run: PrintRun = {
    printedAt: now.toISOString(),
    printNames: new Map(),
    shops: new Map([[shop.id, settings]]),
    receiptIssues: new Map(),
  };
  return { orders, run };
}

/** Our renderer alone, in this process: chunks of 50 orders as the printing service hands them over. */
async function rendererAlone(orders: readonly DocumentOrder[], run: PrintRun) {
  async function* chunks() {
    for (let i = 0; i < orders.length; i += 50) yield orders.slice(i, i + 50);
  }
  const { sink, bytes } = countingSink();
  const started = process.hrtime.bigint();
  const rendered = await renderDocuments({ kind: 'purchase-statement', orders: chunks(), run }, sink);
  return { seconds: seconds(started), pages: rendered.pages, bytes: bytes() };
}

/** pdfmake's documented way: one docDefinition holding every statement, laid out whole, then written. */
async function pdfmakeOneDocument(orders: readonly DocumentOrder[], run: PrintRun) {
  const fonts = {
    NotoSansJP: {
      normal: require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
      bold: require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'),
    },
  };
  pdfmake.setFonts(fonts);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file: string) => Object.values(fonts.NotoSansJP).includes(file));
  const started = process.hrtime.bigint();
  const content = orders.flatMap((order, i) =>
    documentsForOrder('purchase-statement', order, run).documents.map((document, j) =>
      i + j === 0 ? document : { stack: [document], pageBreak: 'before' as const },
    ),
  );
  const buffer = await pdfmake
    .createPdf({ content, pageSize: 'A4', defaultStyle: { font: 'NotoSansJP', fontSize: 9 } })
    .getBuffer();
  return { seconds: seconds(started), bytes: buffer.length };
}

export async function documentsBenchmark(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'oms-bench-documents-'));
  const database = await openBenchServer();
  let session: Session | undefined;
  try {
    const first = path.join(dir, 'rakuten-1.csv');
    const second = path.join(dir, 'rakuten-2.csv');
    await writeRakutenFile(first, ORDERS, 1);
    await writeRakutenFile(second, ORDERS, 1 + ORDERS);
    session = await signedInServer(await database.freshDatabase(true));
    await importFile(session, first, ORDERS);

    const api = await peakRss(session.server.pid, () => printAll(session!));
    console.log(`${api.result.pages} pages, ${(api.result.bytes / 1e6).toFixed(2)} MB`);
    figure('documents.seconds_1000', api.result.seconds * (1000 / ORDERS), 's');
    figure('documents.pages_per_s', api.result.pages / api.result.seconds, 'pages/s');
    figure('documents.peak_rss_mb', api.peakMb, 'MB');
    figure('documents.file_mb', mb(api.result.bytes) * (1000 / ORDERS), 'MB');
    figure('documents.kb_per_page', api.result.bytes / 1024 / api.result.pages, 'kB');

    await importFile(session, second, ORDERS);
    const twice = await peakRss(session.server.pid, () => printAll(session!));
    figure('documents.peak_rss_mb_2000', twice.peakMb, 'MB');
    figure('documents.peak_rss_ratio_2000_vs_1000', twice.peakMb / api.peakMb, 'x');

    const { orders, run } = sameOrdersInProcess(ORDERS);
    const alone = await peakRss(process.pid, () => rendererAlone(orders, run));
    figure('documents.renderer_alone_seconds_1000', alone.result.seconds * (1000 / ORDERS), 's');
    figure('documents.api_vs_renderer_alone', api.result.seconds / alone.result.seconds, 'x');
    // Last: its memory stays with this process.
    const peer = await peakRss(process.pid, () => pdfmakeOneDocument(orders, run));
    figure('documents.pdfmake_one_document_seconds_1000', peer.result.seconds * (1000 / ORDERS), 's');
    figure('documents.renderer_vs_pdfmake_one_document', alone.result.seconds / peer.result.seconds, 'x');
    figure('documents.pdfmake_one_document_peak_rss_mb', peer.peakMb, 'MB');
    figure('documents.renderer_alone_peak_rss_mb', alone.peakMb, 'MB');
  } finally {
    await session?.server.stop();
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
