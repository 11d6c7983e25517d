/**
 * 送り状データ出力 through the real app and the CLI, on orders imported from a real-layout 楽天 file: the refusals first
 * with nothing recorded, then the B2クラウド file decoded from CP932, its keys recorded and the orders moved on.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { apiCaller, listQuery, signIn } from '../support/api-client';
import { runCli } from '../support/cli';
import { IMPORT_FIXTURES } from '../support/import-fixtures';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
let tenant: Tenant;
let cookie: string;
let otherCookie: string;
let folder: string;
const env = () => ({ DATABASE_URL: app().database.connectionString });
const call = (method: string, url: string, body?: unknown, who = cookie) => apiCaller(app())(method, url, who, body);
interface Row {
  id: string;
  orderNumber: string;
  status: string;
  labelsExported: boolean;
}
const rows = async (filter: Record<string, unknown>) =>
  (await call('GET', `/orders?${listQuery({ filter, sort: ['orderNumber', 'ASC'] })}`)).body as Row[];
/** The file as bytes, with its headers: apiCaller reads JSON only. */
const exportFile = (body: unknown, who = cookie) =>
  fetch(`${app().url}/api/label-exports`, {
    method: 'POST',
    headers: { cookie: who, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const decode = (bytes: Buffer): string[][] => parse(iconv.decode(bytes, 'cp932'), { relax_column_count: true });

beforeAll(async () => {
  tenant = await seedTenant(app(), {
    code: 'takahashi',
    shops: [{ code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' }],
  });
  const other = await seedTenant(app(), { code: 'other-co', shops: [] });
  cookie = await signIn(app(), tenant.code, tenant.admin.username, tenant.admin.password);
  otherCookie = await signIn(app(), other.code, other.admin.username, other.admin.password);
  const shopId = tenant.shops[0]!.id;
  expect(
    (
      await call('PUT', `/shops/${shopId}`, {
        name: '髙橋商店 楽天市場店',
        defaultCarrier: 'yamato',
        defaultSlipType: '発払い',
        codSlipType: 'コレクト',
      })
    ).status,
  ).toBe(200);
  const settings = await call('PUT', `/shops/${shopId}/document-settings`, {
    issuer: {
      name: '㈱髙橋商店',
      postalCode: '150-0001',
      address: '東京都渋谷区神宮前1-2-3 山﨑ビル①',
      phone: '03-1234-5678',
    },
    leaveDocumentsWaiting: 'labels',
  });
  expect(settings.status).toBe(200);
  folder = await mkdtemp(path.join(tmpdir(), 'oms-labels-'));
  const imported = await runCli(
    [
      'import',
      '--tenant',
      'takahashi',
      '--shop',
      'rakuten-main',
      '--format',
      'rakuten',
      path.join(IMPORT_FIXTURES, 'rakuten-rms.csv'),
    ],
    env(),
  );
  expect(imported.code).toBe(0);
  await app().readModelsCaughtUp();
}, 120_000);
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('POST /api/label-exports', () => {
  test('without the Yamato account every order is refused with its problems, and nothing is recorded', async () => {
    const tab = await rows({ status: 'new' });
    const refused = await call('POST', '/label-exports', { layout: 'b2cloud', ids: tab.map((r) => r.id) });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('labels.refused');
    expect(refused.body.orders.map((o: { orderNumber: string }) => o.orderNumber).sort()).toEqual(
      tab.map((r) => r.orderNumber).sort(),
    );
    const fields = refused.body.orders[0].problems.map(
      (p: { field: string; reason: string }) => `${p.field}:${p.reason}`,
    );
    expect(fields).toEqual(expect.arrayContaining(['請求先顧客コード:required', '運賃管理番号:required']));
    const timeline = await call('GET', `/orders/${tab[0]!.id}/timeline`);
    expect(JSON.stringify(timeline.body)).not.toContain('LabelDataExported');
  });

  test('oms labels names each problem in Japanese, once per order even for a gift order of two destinations', async () => {
    const out = path.join(folder, 'no-account.csv');
    const result = await runCli(
      ['labels', '--tenant', 'takahashi', '--layout', 'b2cloud', '--status', 'new', '--out', out],
      env(),
    );
    expect(result.code).not.toBe(0);
    const lines = result.stderr.split('\n').filter((line) => line.includes('請求先顧客コード'));
    expect(lines).toContain('387215-20261130-0000002: 請求先顧客コード: 未入力です');
    expect(new Set(lines).size).toBe(lines.length);
    await expect(readFile(out)).rejects.toThrow();
  }, 60_000);

  test('with the account, the B2クラウド file comes back: CP932, one row per destination, keys recorded, orders moved on', async () => {
    expect(
      (await call('PUT', '/carrier-accounts/yamato', { customerCode: '012345678901', freightCode: '01' })).status,
    ).toBe(200);
    const tab = await rows({ status: 'new' });
    const move = await call('POST', '/orders/commands/move', { ids: tab.map((r) => r.id), to: 'awaiting_documents' });
    expect(move.status).toBe(200);

    const response = await exportFile({ layout: 'b2cloud', ids: tab.map((r) => r.id) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('Shift_JIS');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="b2cloud-\d{8}-\d{4}\.csv"$/);
    const summary = JSON.parse(response.headers.get('x-label-export-result')!);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.includes(Buffer.from('\r\n'))).toBe(true);
    const [header, ...labels] = decode(bytes);
    expect(header).toHaveLength(95);
    const col = (name: string) => header!.indexOf(name);
    // 0000002 is a gift order with two destinations: one label each.
    expect(labels).toHaveLength(tab.length + 1);
    expect(summary).toEqual({ orders: tab.length, labels: labels.length, moved: tab.length, refused: 0 });
    for (const label of labels) {
      expect(label).toHaveLength(95);
      expect(label[col('お客様管理番号')]).toMatch(/^[0-9A-Z]{13}0[01]$/);
      expect(label[col('請求先顧客コード')]).toBe('012345678901');
      expect(label[col('運賃管理番号')]).toBe('01');
      expect(label[col('ご依頼主名')]).toBe('㈱髙橋商店');
    }
    const first = labels.find((l) => l[col('お届け先住所')]!.includes('㈱サンプル①'))!;
    expect(first[col('配達時間帯')]).toBe('1416');
    expect(first[col('お届け予定日')]).toBe('2026/12/05');
    const cod = labels.filter((l) => l[col('送り状種類')] === '2');
    expect(cod.filter((l) => l[col('ｺﾚｸﾄ代金引換額（税込)')] !== '')).toHaveLength(1);
    expect(new Set(labels.map((l) => l[col('お客様管理番号')])).size).toBe(labels.length);

    await app().readModelsCaughtUp();
    const moved = await rows({ status: 'awaiting_tracking_number' });
    expect(moved.every((r) => r.labelsExported)).toBe(true);
    expect((await rows({ status: 'cancelled' })).map((r) => r.labelsExported)).toEqual([false]);
    expect(moved.map((r) => r.id).sort()).toEqual(tab.map((r) => r.id).sort());

    // The same orders again: the same keys, so a reprint's tracking number finds the same parcel.
    const again = decode(
      Buffer.from(await (await exportFile({ layout: 'b2cloud', ids: tab.map((r) => r.id) })).arrayBuffer()),
    );
    expect(
      again
        .slice(1)
        .map((l) => l[0])
        .sort(),
    ).toEqual(labels.map((l) => l[0]).sort());
  }, 60_000);

  test('another tenant’s order refuses the whole export (404); an unknown layout is a 400', async () => {
    const [order] = await rows({});
    expect((await call('POST', '/label-exports', { layout: 'b2cloud', ids: [order!.id] }, otherCookie)).status).toBe(
      404,
    );
    const unknown = await call('POST', '/label-exports', { layout: 'kuroneko', ids: [order!.id] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('labels.unknown_layout');
  });
});

describe('oms labels', () => {
  test('--orders with --json writes the file and prints the summary', async () => {
    const order = (await rows({})).find((r) => r.orderNumber === '387215-20261130-0000001');
    const out = path.join(folder, 'b2.csv');
    const result = await runCli(
      [
        'labels',
        '--tenant',
        'takahashi',
        '--layout',
        'b2cloud',
        '--orders',
        order!.orderNumber,
        '--out',
        out,
        '--json',
      ],
      env(),
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual({ orders: 1, labels: 1, moved: 0, refused: 0 });
    const [header, label] = decode(await readFile(out));
    expect(label![header!.indexOf('検索キー1')]).toBe('387215-20261130-0000001');
  }, 60_000);

  test('a cancelled order among those named refuses the export, by order number', async () => {
    const out = path.join(folder, 'cancelled.csv');
    const result = await runCli(
      [
        'labels',
        '--tenant',
        'takahashi',
        '--layout',
        'b2cloud',
        '--orders',
        '387215-20261130-0000001,387215-20261130-0000004',
        '--out',
        out,
      ],
      env(),
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(
      '387215-20261130-0000004: ヤマト B2クラウド 基本レイアウト: キャンセル済みの受注です',
    );
    expect(result.stderr).not.toContain('387215-20261130-0000001:');
    await expect(readFile(out)).rejects.toThrow();
  }, 60_000);

  test('a Yamato order on a Sagawa layout is refused by order number, and no file is written', async () => {
    const out = path.join(folder, 'sagawa.csv');
    const result = await runCli(
      ['labels', '--tenant', 'takahashi', '--layout', 'ehiden2', '--status', 'awaiting_tracking_number', '--out', out],
      env(),
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('387215-20261130-0000001');
    expect(result.stderr).toContain('ヤマト運輸');
    await expect(readFile(out)).rejects.toThrow();
  }, 60_000);
});
