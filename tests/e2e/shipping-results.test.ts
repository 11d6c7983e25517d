/**
 * 処理実績出力 through the real app and the CLI, on orders imported from a real-layout Amazon file: the Amazon
 * shipping-confirm file decoded from CP932 (its three header lines, one line per parcel), each order written once
 * unless asked again, another tenant refused as if the shop did not exist, and the list's 処理実績未報告 filter.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { apiCaller, listQuery, signIn } from '../support/api-client';
import { runCli } from '../support/cli';
import { IMPORT_FIXTURES } from '../support/import-fixtures';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
let tenant: Tenant;
let other: Tenant;
let cookie: string;
let otherCookie: string;
let folder: string;
const YAMATO = '444413758703';
const SECOND = '512547514334';
const env = () => ({ DATABASE_URL: app().database.connectionString });
const call = (method: string, url: string, body?: unknown, who = cookie) => apiCaller(app())(method, url, who, body);
interface Row {
  id: string;
  orderNumber: string;
  resultsReported: boolean;
}
const rows = async (filter: Record<string, unknown>) =>
  (await call('GET', `/orders?${listQuery({ filter, sort: ['orderNumber', 'ASC'] })}`)).body as Row[];
/** The file as bytes, with its headers: apiCaller reads JSON only. */
const post = (body: unknown, who = cookie) =>
  fetch(`${app().url}/api/shipping-results`, {
    method: 'POST',
    headers: { cookie: who, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const lines = (bytes: Buffer) => iconv.decode(bytes, 'cp932').split('\r\n').slice(0, -1);
const amazonShop = () => tenant.shops.find((s) => s.code === 'amazon-main')!.id;
/** Japan's day of a moment: the day the number was set is the ship date. */
const tokyoDay = (at: Date) => new Date(at.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
let byNumber: Map<string, string>;

beforeAll(async () => {
  tenant = await seedTenant(app(), {
    code: 'takahashi',
    shops: [
      { code: 'amazon-main', mall: 'amazon', name: '髙橋商店 Amazon店' },
      { code: 'phone-desk', mall: 'phone', name: '髙橋商店 電話注文' },
    ],
  });
  other = await seedTenant(app(), {
    code: 'other-co',
    shops: [{ code: 'amazon-main', mall: 'amazon', name: '㈱他社 Amazon店' }],
  });
  cookie = await signIn(app(), tenant.code, tenant.admin.username, tenant.admin.password);
  otherCookie = await signIn(app(), other.code, other.admin.username, other.admin.password);
  folder = await mkdtemp(path.join(tmpdir(), 'oms-results-'));
  const imported = await runCli(
    [
      'import',
      '--tenant',
      'takahashi',
      '--shop',
      'amazon-main',
      '--format',
      'amazon',
      path.join(IMPORT_FIXTURES, 'amazon-orders.txt'),
    ],
    env(),
  );
  expect(imported.code).toBe(0);
  await app().readModelsCaughtUp();
  byNumber = new Map((await rows({})).map((r) => [r.orderNumber, r.id]));
  expect(byNumber.size).toBeGreaterThanOrEqual(2);
}, 120_000);
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('POST /api/shipping-results', () => {
  test('bad input is answered 400 naming the field; a shop whose mall has no file, 400 saying so', async () => {
    const badShop = await call('POST', '/shipping-results', { shopId: 5 });
    expect(badShop.status).toBe(400);
    expect(badShop.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['shopId']);
    const badIds = await call('POST', '/shipping-results', { shopId: amazonShop(), orderIds: ['x', 3] });
    expect(badIds.status).toBe(400);
    expect(badIds.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['orderIds.1']);
    const badStatus = await call('POST', '/shipping-results', { shopId: amazonShop(), status: 'shipped-ish' });
    expect(new Set(badStatus.body.error.fields.map((f: { path: string }) => f.path))).toEqual(new Set(['status']));
    const phone = await call('POST', '/shipping-results', { shopId: tenant.shops[1]!.id });
    expect(phone.status).toBe(400);
    expect(phone.body.error.code).toBe('shipping_results.no_writer');
    expect(phone.body.error.ja).toContain('処理実績ファイルがありません');
    expect(phone.body.error.fields[0].path).toBe('shopId');
  });

  test("the Amazon file has its three header lines and each shipped order's numbers, in CP932 with CRLF", async () => {
    const [first, second] = [...byNumber.values()];
    const before = new Date();
    for (const [orderId, trackingNumber, destinationIndex] of [[first, YAMATO, 0]] as const) {
      const set = await call('POST', `/orders/${orderId}/commands/set-tracking-number`, {
        destinationIndex,
        carrier: 'yamato',
        trackingNumber,
      });
      expect(set.status).toBe(200);
    }
    const after = new Date();
    await app().readModelsCaughtUp();

    const response = await post({ shopId: amazonShop() });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="Flat.File.ShippingConfirm.txt"');
    expect(JSON.parse(response.headers.get('x-shipping-results')!)).toEqual({ orders: 1, refused: 0 });
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.includes(Buffer.from('\r\n'))).toBe(true);
    const [template, japanese, english, ...records] = lines(bytes);
    expect(template!.split('\t')).toEqual([
      'TemplateType=OrderFulfillment',
      'Version=2011.1102',
      'この行はAmazonが使用しますので変更や削除しないでください。',
    ]);
    expect(japanese!.split('\t')[0]).toBe('注文番号');
    expect(english!.split('\t')).toEqual([
      'order-id',
      'order-item-id',
      'quantity',
      'ship-date',
      'carrier-code',
      'carrier-name',
      'tracking-number',
      'ship-method',
      'cod-collection-method',
    ]);
    const orderNumber = [...byNumber].find(([, id]) => id === first)![0];
    expect(records).toHaveLength(1);
    const [fields] = records.map((r) => r.split('\t'));
    expect(fields).toEqual([orderNumber, '', '', expect.any(String), 'Yamato Transport', 'ヤマト運輸', YAMATO, '', '']);
    expect([tokyoDay(before), tokyoDay(after)]).toContain(fields![3]);

    // The order without a number is not picked; the one written is recorded and marked in the list.
    const timeline = await call('GET', `/orders/${second}/timeline`);
    expect(JSON.stringify(timeline.body)).not.toContain('ShippingResultsWritten');
    await app().readModelsCaughtUp();
    expect((await rows({ resultsReported: true })).map((r) => r.id)).toEqual([first]);
    expect((await rows({ resultsReported: false })).map((r) => r.id)).not.toContain(first);
    expect((await rows({ resultsReported: false })).length).toBe(byNumber.size - 1);
  });

  test('an order is written once; includeReported writes it again; a selection without a number is refused', async () => {
    const [first, second] = [...byNumber.values()];
    const again = await post({ shopId: amazonShop() });
    expect(JSON.parse(again.headers.get('x-shipping-results')!)).toEqual({ orders: 0, refused: 0 });
    expect(lines(Buffer.from(await again.arrayBuffer()))).toHaveLength(3);

    const repeated = await post({ shopId: amazonShop(), includeReported: true });
    expect(JSON.parse(repeated.headers.get('x-shipping-results')!)).toEqual({ orders: 1, refused: 0 });
    expect(lines(Buffer.from(await repeated.arrayBuffer()))).toHaveLength(4);

    const selected = await post({ shopId: amazonShop(), orderIds: [first, second], includeReported: true });
    expect(JSON.parse(selected.headers.get('x-shipping-results')!)).toEqual({ orders: 1, refused: 1 });
  });

  test('another tenant sees neither the shop nor its orders', async () => {
    const [first] = [...byNumber.values()];
    const foreignShop = await post({ shopId: amazonShop() }, otherCookie);
    expect(foreignShop.status).toBe(404);
    const foreignOrder = await post({ shopId: other.shops[0]!.id, orderIds: [first] }, otherCookie);
    expect(foreignOrder.status).toBe(404);
    expect((await foreignOrder.json()).error.code).toBe('order.not_found');
    // Written by this tenant three times (once, again, the selection), never by the other.
    const timeline = await call('GET', `/orders/${first}/timeline`);
    expect(JSON.stringify(timeline.body).match(/ShippingResultsWritten/g)).toHaveLength(3);
  });
});

describe('oms shipping-results', () => {
  test('writes the file of the orders not yet reported and prints the counts with --json', async () => {
    const [, second] = [...byNumber.values()];
    const set = await call('POST', `/orders/${second}/commands/set-tracking-number`, {
      destinationIndex: 0,
      carrier: 'sagawa',
      trackingNumber: SECOND,
    });
    expect(set.status).toBe(200);
    await app().readModelsCaughtUp();
    const out = path.join(folder, 'confirm.txt');
    const args = ['shipping-results', '--tenant', 'takahashi', '--shop', 'amazon-main', '--out', out, '--json'];
    const run = await runCli(args, env());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ orders: 1, refused: 0 });
    const records = lines(await readFile(out)).slice(3);
    expect(records.map((r) => r.split('\t')[6])).toEqual([SECOND]);
    expect(records[0]!.split('\t')[5]).toBe('佐川急便');

    const twice = await runCli(args, env());
    expect(JSON.parse(twice.stdout)).toEqual({ orders: 0, refused: 0 });
    const unknown = await runCli(['shipping-results', '--tenant', 'takahashi', '--shop', 'nope', '--out', out], env());
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('店舗が見つかりません');
  });
});
