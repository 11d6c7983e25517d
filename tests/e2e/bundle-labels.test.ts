/**
 * 同梱 through labels and results: two orders (one 代引) merged, exported for B2クラウド as ONE label with both order
 * numbers and the COD amount of the COD order, the filled file imported (both orders get the number and move on), and
 * the mall's shipping-result file with a row for each order.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import { returnFileLayout } from '../../application/tracking/return-files/return-file-layouts';
import { bundleLabelKey } from '../../application/labels/bundle-label';
import { apiCaller, signIn } from '../support/api-client';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';
import { printDocuments } from '../support/documents';

const app = inProcessAppForThisFile();
const NUMBER = '444413758703';
const decode = (bytes: Buffer): string[][] => parse(iconv.decode(bytes, 'cp932'), { relax_column_count: true });
const encode = (rows: readonly (readonly string[])[]) =>
  iconv.encode(stringify(rows as string[][], { record_delimiter: '\r\n' }), 'cp932');

let tenant: Tenant;
let cookie: string;
let bundleId: string;
let exported: string[][];
const call = (method: string, url: string, body?: unknown) => apiCaller(app())(method, url, cookie, body);
const order = async (id: string) => (await call('GET', `/orders/${id}`)).body;
const post = (url: string, body: unknown) =>
  fetch(`${app().url}/api${url}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  tenant = await seedTenant(app(), {
    code: 'bundle-labels',
    orders: 3,
    shops: [{ code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' }],
  });
  cookie = await signIn(app(), tenant.code, tenant.admin.username, tenant.admin.password);
  expect(
    (await call('PUT', '/carrier-accounts/yamato', { customerCode: '012345678901', freightCode: '01' })).status,
  ).toBe(200);
  const settings = await call('PUT', `/shops/${tenant.shops[0]!.id}/document-settings`, {
    issuer: { name: '㈱髙橋商店', postalCode: '150-0001', address: '東京都渋谷区神宮前1-2-3', phone: '03-1234-5678' },
    leaveDocumentsWaiting: 'labels',
  });
  expect(settings.status).toBe(200);
  const [plain, cod] = tenant.orderIds as [string, string];
  for (const [id, slipType] of [
    [plain, '発払い'],
    [cod, 'コレクト'],
  ] as const)
    expect(
      (await call('POST', `/orders/${id}/commands/set-shipping-plan`, { shipping: { carrier: 'yamato', slipType } }))
        .status,
    ).toBe(200);
  const moved = await call('POST', '/orders/commands/move', { ids: [plain, cod], to: 'awaiting_documents' });
  expect(moved.status).toBe(200);
  const merged = await call('POST', '/orders/commands/bundle', { ids: [plain, cod] });
  expect(merged.status).toBe(200);
  bundleId = merged.body.bundleId;
}, 60_000);

test('a held order of the bundle refuses its label until it is released, unless asked for by name', async () => {
  const [plain, cod] = tenant.orderIds as [string, string];
  expect((await call('POST', `/orders/${plain}/commands/hold`, { box: 1, reason: '住所確認' })).status).toBe(200);
  const refused = await call('POST', '/label-exports', { layout: 'b2cloud', ids: [cod] });
  expect(refused.status).toBe(422);
  expect(refused.body.orders[0].problems.map((p: { detail: string }) => p.detail)).toEqual([
    `同梱の受注 ${(await order(plain)).orderNumber} が保留中です（保留を解除するか、同梱を解除してください）`,
  ]);
  expect((await call('POST', `/orders/${plain}/commands/release`, {})).status).toBe(200);
});

test('one label for the bundle: both order numbers, the COD amount of its COD order, its key on each order', async () => {
  const [plain, cod] = tenant.orderIds as [string, string];
  // Only one order of the bundle is asked for: the parcel is the bundle's.
  const response = await post('/label-exports', { layout: 'b2cloud', ids: [cod] });
  const bytes = Buffer.from(await response.arrayBuffer());
  expect({ status: response.status, body: response.status === 200 ? '' : bytes.toString() }).toEqual({
    status: 200,
    body: '',
  });
  expect(JSON.parse(response.headers.get('x-label-export-result')!)).toMatchObject({ orders: 2, labels: 1 });
  exported = decode(bytes);
  const [header, ...rows] = exported as [string[], ...string[][]];
  expect(rows).toHaveLength(1);
  const cell = (name: string) => rows[0]![header.indexOf(name)];
  const numbers = [(await order(plain)).orderNumber, (await order(cod)).orderNumber];
  expect(cell('検索キー1')!.split(' ').sort()).toEqual([...numbers].sort());
  expect(cell('ｺﾚｸﾄ代金引換額（税込)')).toBe(String((await order(cod)).mallData.amounts.billed));
  expect(cell('送り状種類')).toBe('2');
  expect(rows[0]![0]).toBe(bundleLabelKey(bundleId));
  for (const id of [plain, cod]) {
    const view = await order(id);
    expect(view.labelExports.last.labels).toEqual([{ destinationIndex: 0, key: bundleLabelKey(bundleId) }]);
    expect(view.status).toBe('awaiting_tracking_number');
  }
});

test('the filled file sets the number on both orders, which move on; the results file has a row for each', async () => {
  const [plain, cod, alone] = tenant.orderIds as [string, string, string];
  const layout = returnFileLayout('b2cloud')!;
  const [header, row] = exported as [string[], string[]];
  const filled = [...row];
  filled[header.findIndex((cell) => layout.trackingNumber.names.includes(cell))] = NUMBER;
  const form = new FormData();
  form.append('layout', 'b2cloud');
  form.append('files', new Blob([new Uint8Array(encode([header, filled]))]), 'b2.csv');
  const imported = await fetch(`${app().url}/api/tracking-imports`, {
    method: 'POST',
    headers: { cookie },
    body: form,
  });
  expect(imported.status).toBe(200);
  expect(await imported.json()).toMatchObject({ matched: 2, unmatched: 0, errors: [] });
  for (const id of [plain, cod])
    expect(await order(id)).toMatchObject({
      status: 'awaiting_shipping_mail',
      trackingLinks: [expect.objectContaining({ destinationIndex: 0, trackingNumber: NUMBER })],
    });
  expect((await order(alone)).trackingLinks).toEqual([]);

  await app().readModelsCaughtUp();
  const results = await post('/shipping-results', { shopId: tenant.shops[0]!.id });
  expect(results.status).toBe(200);
  expect(JSON.parse(results.headers.get('x-shipping-results')!)).toMatchObject({ orders: 2 });
  const text = iconv.decode(Buffer.from(await results.arrayBuffer()), 'cp932');
  for (const id of [plain, cod]) {
    const { orderNumber } = await order(id);
    const line = text.split('\r\n').find((l) => l.includes(orderNumber));
    expect(line).toContain(NUMBER);
  }
});

test('split is refused once the bundle shipped', async () => {
  const split = await call('POST', `/orders/${tenant.orderIds[0]}/commands/unbundle`);
  expect([split.status, split.body.error.code]).toEqual([422, 'bundle.shipped']);
});

test('the bundle prints together: its statements one after the other, each naming the other order', async () => {
  const [plain, cod, alone] = tenant.orderIds as [string, string, string];
  const printed = await printDocuments(app(), cookie, { kind: 'purchase-statement', ids: [plain, alone, cod] });
  expect([printed.status, printed.result?.orders]).toEqual([200, 3]);
  const [, ...statements] = printed.pdf!.text.split('お買い上げ明細書');
  const numbers = await Promise.all([plain, cod, alone].map(async (id) => (await order(id)).orderNumber as string));
  expect(statements).toHaveLength(3);
  statements.forEach((text, index) => expect(text).toContain(numbers[index]!));
  expect(statements[0]).toMatch(new RegExp(`同梱のご注文\\s*${numbers[1]}`));
  expect(statements[1]).toMatch(new RegExp(`同梱のご注文\\s*${numbers[0]}`));
  expect(statements[2]).not.toContain('同梱');
});
