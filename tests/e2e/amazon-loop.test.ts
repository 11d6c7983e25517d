/**
 * The Amazon loop through the real app: the 未出荷の注文レポート in (orders held with amounts to confirm in the shop's
 * box), the order report completing them, the B2クラウド label data out, the carrier's 発行済データ with the tracking
 * numbers back in, and the orders at 発送メール未送信.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { apiCaller, listQuery, signIn } from '../support/api-client';
import { IMPORT_FIXTURES } from '../support/import-fixtures';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
let tenant: Tenant;
let cookie: string;
let shopId: string;
const call = (method: string, url: string, body?: unknown) => apiCaller(app())(method, url, cookie, body);
interface Row {
  id: string;
  orderNumber: string;
  status: string;
  amountProblems: boolean;
}
const rows = async (filter: Record<string, unknown> = {}) =>
  (await call('GET', `/orders?${listQuery({ filter, sort: ['orderNumber', 'ASC'] })}`)).body as Row[];
const post = async (url: string, fields: Record<string, string>, name: string, content: Buffer) => {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append('files', new Blob([new Uint8Array(content)]), name);
  const response = await fetch(`${app().url}/api${url}`, { method: 'POST', headers: { cookie }, body: form });
  return { status: response.status, body: await response.json() };
};
const importFile = async (name: string) =>
  post('/imports', { shopId, format: 'auto' }, name, await readFile(path.join(IMPORT_FIXTURES, name)));
const decode = (bytes: Buffer): string[][] => parse(iconv.decode(bytes, 'cp932'), { relax_column_count: true });

beforeAll(async () => {
  tenant = await seedTenant(app(), {
    code: 'takahashi',
    shops: [{ code: 'amazon-main', mall: 'amazon', name: '髙橋商店 Amazon店' }],
  });
  cookie = await signIn(app(), tenant.code, tenant.admin.username, tenant.admin.password);
  shopId = tenant.shops[0]!.id;
  const shop = await call('PUT', `/shops/${shopId}`, {
    name: '髙橋商店 Amazon店',
    defaultCarrier: 'yamato',
    defaultSlipType: '発払い',
    codSlipType: 'コレクト',
    amountsHoldBox: 3,
  });
  expect(shop.status).toBe(200);
  await app().readModelsCaughtUp();
  expect((await call('GET', `/shops/${shopId}`)).body).toMatchObject({ amountsHoldBox: 3 });
  // The label's ご依頼主 is the shop's issuer.
  const issuer = await call('PUT', `/shops/${shopId}/document-settings`, {
    issuer: { name: '㈱髙橋商店', postalCode: '150-0001', address: '東京都渋谷区神宮前1-2-3', phone: '03-1234-5678' },
  });
  expect(issuer.status).toBe(200);
  const account = await call('PUT', '/carrier-accounts/yamato', { customerCode: '012345678901', freightCode: '01' });
  expect(account.status).toBe(200);
}, 60_000);

describe('Amazon: unshipped report → order report → label data → tracking numbers', () => {
  test('a hold box out of range is refused with its reason', async () => {
    const refused = await call('PUT', `/shops/${shopId}`, { name: '髙橋商店 Amazon店', amountsHoldBox: 31 });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('shop.invalid_hold_box');
  });

  test('the unshipped report is detected; its orders are held in the shop’s box with amounts to confirm', async () => {
    const result = await importFile('amazon-unshipped.txt');
    expect(result).toMatchObject({ status: 201, body: { format: 'amazon-unshipped', imported: 2, failed: 0 } });
    await app().readModelsCaughtUp();
    const held = await rows({ amountProblems: true });
    expect(held.map((r) => [r.orderNumber, r.status])).toEqual([
      ['250-0000001-0000001', 'held'],
      ['250-0000002-0000002', 'held'],
    ]);
    const order = (await call('GET', `/orders/${held[0]!.id}`)).body;
    expect(order).toMatchObject({
      hold: { box: 3, reason: { source: 'check', ref: 'amounts_unconfirmed' } },
      amountProblems: [{ code: 'amounts_unconfirmed' }],
    });
  });

  test('the order report completes the amounts and releases them', async () => {
    const result = await importFile('amazon-orders-priced.txt');
    expect(result).toMatchObject({ status: 201, body: { format: 'amazon', imported: 0, updated: 2, failed: 0 } });
    await app().readModelsCaughtUp();
    expect(await rows({ amountProblems: true })).toEqual([]);
    expect((await rows()).map((r) => r.status)).toEqual(['new', 'new']);
  });

  test('label data out, the carrier’s numbers back in: the orders wait for the shipping mail', async () => {
    const ids = (await rows()).map((r) => r.id);
    expect((await call('POST', '/orders/commands/move', { ids, to: 'awaiting_documents' })).status).toBe(200);
    const response = await fetch(`${app().url}/api/label-exports`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ layout: 'b2cloud', ids }),
    });
    if (response.status !== 200) throw new Error(JSON.stringify(await response.json()));
    const exported = Buffer.from(await response.arrayBuffer());
    const [header, ...labels] = decode(exported);
    const col = (name: string) => header!.indexOf(name);
    expect(labels).toHaveLength(2);
    const cod = labels.find((l) => l[col('お届け先名')]!.startsWith('山﨑'))!;
    expect(cod[col('ｺﾚｸﾄ代金引換額（税込)')]).toBe('3930');
    const multi = labels.find((l) => l[col('お届け先名')]!.startsWith('髙﨑'))!;
    expect(multi[col('お届け予定日')]).toBe('2026/12/08');

    // The carrier's 発行済データ: the label data with a tracking number written into each row, as B2クラウド returns it.
    const b2Header = iconv
      .decode(await readFile(path.join(__dirname, '../fixtures/tracking/b2cloud-issued.csv')), 'cp932')
      .split('\r\n')[0]!;
    const issued = iconv.encode(
      [
        b2Header,
        ...labels.map((label, i) => {
          const cells = Array<string>(95).fill('');
          cells[0] = label[col('お客様管理番号')]!;
          cells[3] = ['444413758703', '444413758714'][i]!;
          cells[4] = '2026/12/07';
          return cells.join(',');
        }),
      ].join('\r\n') + '\r\n',
      'cp932',
    );
    const tracking = await post('/tracking-imports', { layout: 'b2cloud' }, '発行済データ.csv', issued);
    expect(tracking).toMatchObject({ status: 200, body: { matched: 2, unmatched: 0, errors: [] } });
    await app().readModelsCaughtUp();
    expect((await rows()).map((r) => r.status)).toEqual(['awaiting_shipping_mail', 'awaiting_shipping_mail']);
  }, 60_000);
});
