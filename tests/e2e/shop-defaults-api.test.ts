/**
 * Shop shipping defaults and 休業日 over the API: set on the shop (PUT /api/shops/:id), then applied to the orders of a
 * 楽天 import and of staff entry, and shown in the order list (carrier, plannedShipDate).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { apiCaller, listQuery, signIn } from '../support/api-client';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant } from '../support/tenant-fixture';

const FIXTURE = path.join(__dirname, '../fixtures/import/rakuten-rms.csv');

const app = inProcessAppForThisFile();
let owner: string;
let other: string;
let rakutenShop: string;
let phoneShop: string;

const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(app())(...args);
const get = (url: string, cookie = owner) => call('GET', url, cookie);
const put = (url: string, body: unknown, cookie = owner) => call('PUT', url, cookie, body);
const post = (url: string, body: unknown, cookie = owner) => call('POST', url, cookie, body);
const fieldPaths = (body: { error: { fields?: Array<{ path: string }> } }) => body.error.fields?.map((f) => f.path);

beforeAll(async () => {
  const [a, b] = await Promise.all([
    seedTenant(app(), {
      code: 'takahashi',
      shops: [
        { code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' },
        { code: 'phone-desk', mall: 'phone', name: '電話受付' },
      ],
    }),
    seedTenant(app(), { code: 'other-co', shops: [] }),
  ]);
  owner = await signIn(app(), a.code, a.admin.username, a.admin.password);
  other = await signIn(app(), b.code, b.admin.username, b.admin.password);
  [rakutenShop, phoneShop] = a.shops.map((shop) => shop.id) as [string, string];
}, 60_000);

const RAKUTEN_DEFAULTS = {
  name: '髙橋商店 楽天市場店',
  defaultCarrier: 'yamato',
  defaultSlipType: '発払い',
  codSlipType: 'コレクト',
  shipLeadDays: 2,
  // A Tuesday the shop is closed, and the same day twice: kept once.
  holidays: ['2026-12-01', '2026-12-01'],
};

describe('shop defaults (PUT /api/shops/:id)', () => {
  test('the defaults and 休業日 are set with the name and read back', async () => {
    const saved = await put(`/shops/${rakutenShop}`, RAKUTEN_DEFAULTS);
    const expected = { ...RAKUTEN_DEFAULTS, id: rakutenShop, code: 'rakuten-main', holidays: ['2026-12-01'] };
    expect(saved).toMatchObject({ status: 200, body: expected });
    expect((await get(`/shops/${rakutenShop}`)).body).toMatchObject(expected);
  });

  test('a name alone leaves the defaults as they are', async () => {
    expect((await put(`/shops/${rakutenShop}`, RAKUTEN_DEFAULTS)).status).toBe(200);
    expect((await put(`/shops/${rakutenShop}`, { name: '髙橋商店 楽天市場店' })).body).toMatchObject({
      defaultCarrier: 'yamato',
      shipLeadDays: 2,
      holidays: ['2026-12-01'],
    });
  });

  test('bad input is a 400 with the field path; another tenant gets 404', async () => {
    expect((await put(`/shops/${rakutenShop}`, RAKUTEN_DEFAULTS)).status).toBe(200);
    const bad = await put(`/shops/${rakutenShop}`, {
      name: '楽天',
      defaultCarrier: 'kuroneko',
      shipLeadDays: 99,
      holidays: ['2026-12-01', '2026-02-30'],
    });
    expect(bad.status).toBe(400);
    expect(fieldPaths(bad.body)).toEqual(expect.arrayContaining(['defaultCarrier', 'shipLeadDays', 'holidays.1']));
    const noSlipType = await put(`/shops/${rakutenShop}`, {
      name: '楽天',
      defaultCarrier: 'sagawa',
      defaultSlipType: ' ',
    });
    expect(noSlipType.status).toBe(400);
    expect(fieldPaths(noSlipType.body)).toEqual(['defaultSlipType']);
    expect((await put(`/shops/${rakutenShop}`, RAKUTEN_DEFAULTS, other)).status).toBe(404);
    expect((await get(`/shops/${rakutenShop}`)).body).toMatchObject({
      name: '髙橋商店 楽天市場店',
      defaultCarrier: 'yamato',
    });
  });
});

describe('applied to new orders and shown in the list', () => {
  const listed = async (q: string) =>
    (await get(`/orders?${listQuery({ filter: { q }, sort: ['orderNumber', 'ASC'] })}`)).body as Array<{
      orderNumber: string;
      carrier: string | null;
      plannedShipDate: string | null;
    }>;

  test('a 楽天 import: carrier and order day (Mon 11-30) + 2 business days past the 休業日, コレクト for 代金引換', async () => {
    expect((await put(`/shops/${rakutenShop}`, RAKUTEN_DEFAULTS)).status).toBe(200);
    const form = new FormData();
    form.append('shopId', rakutenShop);
    form.append('format', 'rakuten');
    form.append('files', new Blob([new Uint8Array(await readFile(FIXTURE))]), 'rakuten-rms.csv');
    const response = await fetch(`${app().url}/api/imports`, {
      method: 'POST',
      headers: { cookie: owner },
      body: form,
    });
    expect(response.status).toBe(201);
    expect(
      (await listed('387215-20261130')).map(({ orderNumber, carrier, plannedShipDate }) => ({
        orderNumber,
        carrier,
        plannedShipDate,
      })),
    ).toEqual([
      { orderNumber: '387215-20261130-0000001', carrier: 'yamato', plannedShipDate: '2026-12-03' },
      { orderNumber: '387215-20261130-0000002', carrier: 'yamato', plannedShipDate: '2026-12-03' },
      { orderNumber: '387215-20261130-0000004', carrier: 'yamato', plannedShipDate: '2026-12-03' },
    ]);
    const cod = (await listed('387215-20261130-0000002'))[0] as unknown as { id: string };
    expect((await get(`/orders/${cod.id}`)).body.shopData.shipping).toEqual({
      carrier: 'yamato',
      slipType: 'コレクト',
    });
  });

  const phoneOrder = (fields: Record<string, unknown> = {}) => ({
    shopId: phoneShop,
    channel: 'phone',
    // A Friday in Tokyo: one business day on is Monday.
    orderedAt: '2026-12-04T18:00:00+09:00',
    orderer: {
      name: '髙橋 花子',
      kana: 'ﾀｶﾊｼ ﾊﾅｺ',
      postalCode: '150-0001',
      prefecture: '東京都',
      city: '渋谷区神宮前',
      street: '１－２－３',
      building: '㈱サンプル ビル①',
      phone: '０３－１２３４－５６７８',
      email: 'hanako@example.jp',
    },
    destinations: [{ lines: [{ sku: 'TEA-001', name: '静岡茶～特選～', unitPrice: 1080, quantity: 1, taxRate: 8 }] }],
    payment: { method: 'bank_transfer' },
    ...fields,
  });

  test('staff entry: the defaults fill what the person left empty; a planned ship date they typed stays', async () => {
    expect(
      (
        await put(`/shops/${phoneShop}`, {
          name: '電話受付',
          defaultCarrier: 'sagawa',
          defaultSlipType: '飛脚宅配便',
          codSlipType: null,
          shipLeadDays: 1,
        })
      ).status,
    ).toBe(200);
    const filled = await post('/orders', phoneOrder());
    expect(filled.status).toBe(201);
    expect((await get(`/orders/${filled.body.id}`)).body.shopData).toMatchObject({
      shipping: { carrier: 'sagawa', slipType: '飛脚宅配便' },
      plannedShipDate: '2026-12-07',
    });
    const typed = await post('/orders', phoneOrder({ plannedShipDate: '2026-12-24' }));
    expect((await listed(typed.body.orderNumber))[0]).toMatchObject({
      carrier: 'sagawa',
      plannedShipDate: '2026-12-24',
    });
  });
});
