/**
 * `npm run bench -- labels`: 送り状データ and 伝票番号取込 for 10,000 destinations (9,000 orders, gifts among them) on
 * the real server process.
 * - labels.export_seconds_10k: `POST /api/label-exports` of every order to B2クラウド (load the orders, build and check
 *   every label, record the export on each order, wait for the read models, write the CP932 file);
 * - tracking.import_seconds_10k: `POST /api/tracking-imports` of that file back as B2's 発行済データ, a number on every
 *   row (parse, look the keys up, load the orders, record a number on each, wait for the read models).
 * Peers measured in the same run, for ratios that hold on a busy machine: writing the same rows with csv-stringify and
 * iconv alone (what the export adds to encoding), and parsing the return file alone (what the import adds to reading).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import { openBenchServer } from './bench-database';
import { type BenchSession, benchSession, importRakutenFile } from './bench-session';
import { writeRakutenFile } from './rakuten-file';
import { figure } from './report';

/** About one in nine demo orders is a gift with a second destination: 9,000 orders make about 10,000 labels. */
const ORDERS = Number(process.env.BENCH_LABEL_ORDERS ?? 9_000);
const TENANT = 'labels';

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

async function api(session: BenchSession, method: string, url: string, body?: unknown): Promise<Response> {
  return fetch(`${session.server.url}/api${url}`, {
    method,
    headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}

/** The shop sends by ヤマト 発払い, with an issuer and the tenant's B2 codes: what every order's label needs. */
export async function shipByYamato(session: BenchSession): Promise<void> {
  const shop = await api(session, 'PUT', `/shops/${session.shopId}`, {
    name: '楽天店',
    defaultCarrier: 'yamato',
    defaultSlipType: '発払い',
    codSlipType: 'コレクト',
  });
  if (shop.status !== 200) throw new Error(`PUT /shops answered ${shop.status}: ${await shop.text()}`);
  const settings = await api(session, 'PUT', `/shops/${session.shopId}/document-settings`, {
    issuer: { name: '㈱髙橋商店', postalCode: '150-0001', address: '東京都渋谷区神宮前1-2-3', phone: '03-1234-5678' },
  });
  if (settings.status !== 200) throw new Error(`PUT document-settings answered ${settings.status}`);
  const account = await api(session, 'PUT', '/carrier-accounts/yamato', {
    customerCode: '012345678901',
    classCode: '',
    freightCode: '01',
  });
  if (account.status !== 200) throw new Error(`PUT /carrier-accounts answered ${account.status}`);
}

const rows0 = (file: Buffer) => iconv.decode(file.subarray(0, 64), 'cp932').split(',')[0]!.replaceAll('"', '');

/** A Yamato number: 11 digits and their remainder by 7. */
export const yamatoNumber = (n: number) => `${n}${BigInt(n) % 7n}`;

/** The exported file as B2 gives it back: the same rows, 伝票番号 (column 4) filled and 出荷予定日 kept. */
export function issuedFile(rows: readonly string[][]): Buffer {
  const filled = rows.map((row, index) =>
    row.map((cell, column) => (column === 3 ? yamatoNumber(40000000000 + index) : cell)),
  );
  return iconv.encode(stringify(filled, { record_delimiter: '\r\n' }), 'cp932');
}

export async function labelsBenchmark(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'oms-bench-labels-'));
  const database = await openBenchServer();
  let session: BenchSession | undefined;
  try {
    session = await benchSession(await database.freshDatabase(true), TENANT);
    await shipByYamato(session);
    const file = path.join(dir, 'rakuten.csv');
    await writeRakutenFile(file, ORDERS, 1);
    const importSeconds = await importRakutenFile(session, file, ORDERS);
    console.log(`seeded ${ORDERS} orders through POST /api/imports in ${importSeconds.toFixed(1)} s`);

    const started = process.hrtime.bigint();
    const exported = await api(session, 'POST', '/label-exports', { layout: 'b2cloud', filter: {} });
    const labelFile = Buffer.from(await exported.arrayBuffer());
    const exportSeconds = seconds(started);
    if (exported.status !== 200)
      throw new Error(`POST /api/label-exports answered ${exported.status}: ${labelFile.toString().slice(0, 2000)}`);
    const { labels } = JSON.parse(exported.headers.get('x-label-export-result') ?? '{}') as { labels: number };
    console.log(
      `exported ${labels} labels, ${(labelFile.length / 1e6).toFixed(2)} MB in ${exportSeconds.toFixed(2)} s`,
    );

    if (rows0(labelFile) !== 'お客様管理番号') throw new Error('the B2 file has no header row');
    const rows = parse(iconv.decode(labelFile, 'cp932'), { relax_column_count: true }) as string[][];
    const encodeStarted = process.hrtime.bigint();
    iconv.encode(stringify(rows, { record_delimiter: '\r\n' }), 'cp932');
    const encodeSeconds = seconds(encodeStarted);

    const returned = issuedFile(rows);
    const parseStarted = process.hrtime.bigint();
    parse(iconv.decode(returned, 'cp932'), { relax_column_count: true });
    const parseSeconds = seconds(parseStarted);

    const form = new FormData();
    form.set('layout', 'b2cloud');
    form.append('files', new Blob([new Uint8Array(returned)]), 'b2-issued.csv');
    const importStarted = process.hrtime.bigint();
    const imported = await fetch(`${session.server.url}/api/tracking-imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}` },
      body: form,
    });
    const result = (await imported.json()) as { matched?: number; errors?: unknown[] };
    const trackingSeconds = seconds(importStarted);
    if (imported.status !== 200 || result.matched !== labels)
      throw new Error(
        `POST /api/tracking-imports answered ${imported.status}: ${JSON.stringify(result).slice(0, 1000)}`,
      );

    // Gift orders have several destinations: the figures are per 10,000 labels (destinations).
    const perTenThousand = 10_000 / labels;
    figure('labels.export_seconds_10k', exportSeconds * perTenThousand, 's');
    figure('labels.encode_only_seconds_10k', encodeSeconds * perTenThousand, 's');
    figure('labels.export_ratio_vs_encode', exportSeconds / encodeSeconds, 'x');
    figure('tracking.import_seconds_10k', trackingSeconds * perTenThousand, 's');
    figure('tracking.parse_only_seconds_10k', parseSeconds * perTenThousand, 's');
    figure('tracking.import_ratio_vs_parse', trackingSeconds / parseSeconds, 'x');
  } finally {
    await session?.server.stop();
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
