import { tokyoBusinessDate } from '../../domain/shared/dates';
import { shopIdFor, tenantIdFor } from '../../domain/shared/ids';
import { signIn } from '../support/api-client';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
let cookieA: string;
let cookieB: string;
const shopA = shopIdFor(tenantIdFor('takahashi'), 'phone-desk');
const shopB = shopIdFor(tenantIdFor('other-co'), 'phone-desk');

beforeAll(async () => {
  const shops = [{ code: 'phone-desk', mall: 'phone', name: '電話受付' }] as const;
  const [a, b] = await Promise.all([
    seedTenant(app(), { code: 'takahashi', shops }),
    seedTenant(app(), { code: 'other-co', shops }),
  ]);
  cookieA = await signIn(app(), a.code, a.admin.username, a.admin.password);
  cookieB = await signIn(app(), b.code, b.admin.username, b.admin.password);
}, 60_000);

const call = (
  method: string,
  path: string,
  cookie: string | undefined,
  body?: unknown,
  headers: Record<string, string> = {},
) =>
  fetch(`${app().url}/api${path}`, {
    method,
    headers: { ...(cookie && { cookie }), 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const orderer = {
  name: '髙橋 花子',
  kana: 'ﾀｶﾊｼ ﾊﾅｺ',
  postalCode: '150-0001',
  prefecture: '東京都',
  city: '渋谷区神宮前',
  street: '１－２－３',
  building: '㈱サンプル ビル①',
  phone: '０３－１２３４－５６７８',
  email: 'hanako@example.jp',
};
const phoneOrder = (shopId = shopA) => ({
  shopId,
  channel: 'phone',
  orderer,
  destinations: [
    {
      lines: [
        { sku: 'TEA-001', name: '静岡茶～特選～', options: '容量:100g', unitPrice: 1080, quantity: 2, taxRate: 8 },
        { sku: 'CUP-01', name: '有田焼 湯呑み', unitPrice: 2200, quantity: 1, taxRate: 10 },
      ],
      delivery: { desiredDate: '2026-12-24', timeSlot: '午前中' },
    },
  ],
  charges: { shipping: 660, codFee: 330 },
  payment: { method: 'cash_on_delivery' },
  shopMemo: 'お電話で受付（折り返し不要）',
});
const today = () => tokyoBusinessDate(new Date()).replace(/-/g, '');

describe('phone and in-store orders (POST /api/orders)', () => {
  test('an order gets the next number of the day and amounts worked out from its lines', async () => {
    const created = await call('POST', '/orders', cookieA, phoneOrder());
    expect(created.status).toBe(201);
    const { id, orderNumber } = (await created.json()) as { id: string; orderNumber: string };
    expect(orderNumber).toBe(`TEL-${today()}-0001`);
    const order = await (await call('GET', `/orders/${id}`, cookieA)).json();
    expect(order).toMatchObject({
      status: 'new',
      orderNumber,
      mall: 'phone',
      mallData: {
        orderer: { name: '髙橋 花子', building: '㈱サンプル ビル①' },
        destinations: [{ recipient: { name: '髙橋 花子' } }],
        amounts: {
          goods: 4360,
          total: 5350,
          billed: 5350,
          taxByRate: [
            { rate: 8, tax: 160 },
            { rate: 10, tax: 290 },
          ],
        },
        payment: { method: 'cash_on_delivery', label: '代金引換' },
      },
      shopData: { shopMemo: 'お電話で受付（折り返し不要）' },
    });
    // The list shows it at once, found by a kana fragment typed in full-width.
    const list = (await (
      await call('GET', `/orders?filter=${encodeURIComponent(JSON.stringify({ q: 'タカハシ' }))}`, cookieA)
    ).json()) as Array<{ id: string }>;
    expect(list.map((o) => o.id)).toContain(id);
  });

  test('the same request sent twice enters one order under one number', async () => {
    const headers = { 'idempotency-key': 'call-2026-11-30-001' };
    const first = await call('POST', '/orders', cookieA, { ...phoneOrder(), channel: 'store' }, headers);
    const second = await call('POST', '/orders', cookieA, { ...phoneOrder(), channel: 'store' }, headers);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(await second.json()).toEqual(await first.json());
  });

  test('an order command sent twice with one key writes once and answers the same, saying the lists are current', async () => {
    const entered = await call('POST', '/orders', cookieA, phoneOrder());
    const { id } = (await entered.json()) as { id: string };
    // Advancing again would move the order further: only a recognised repeat leaves it where the first left it.
    const headers = { 'idempotency-key': 'advance-once' };
    const first = await call('POST', `/orders/${id}/commands/advance`, cookieA, {}, headers);
    const second = await call('POST', `/orders/${id}/commands/advance`, cookieA, {}, headers);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.headers.get('x-read-models')).toBe('current');
    expect(await second.json()).toEqual(await first.json());
    const timeline = (await (await call('GET', `/orders/${id}/timeline`, cookieA)).json()) as Array<{ type: string }>;
    expect(timeline.filter((e) => e.type === 'OrderStatusAdvanced')).toHaveLength(1);
  });

  test('desks taking calls at the same moment all get different numbers', async () => {
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => call('POST', '/orders', cookieA, phoneOrder())),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(6).fill(201));
    const numbers = await Promise.all(
      responses.map(async (r) => ((await r.json()) as { orderNumber: string }).orderNumber),
    );
    expect(new Set(numbers).size).toBe(6);
    expect(numbers.every((n) => n.startsWith(`TEL-${today()}-00`))).toBe(true);
  });

  test('bad input is 400 with the field path, and takes no number', async () => {
    const body = phoneOrder();
    body.destinations[0]!.lines[0]!.quantity = 0;
    const bad = await call('POST', '/orders', cookieA, { ...body, channel: 'mail' });
    expect(bad.status).toBe(400);
    const paths = ((await bad.json()) as { error: { fields: Array<{ path: string }> } }).error.fields.map(
      (f) => f.path,
    );
    expect(paths).toEqual(expect.arrayContaining(['channel', 'destinations.0.lines.0.quantity']));
    const after = await call('POST', '/orders', cookieB, phoneOrder(shopB));
    expect(((await after.json()) as { orderNumber: string }).orderNumber).toBe(`TEL-${today()}-0001`);
  });

  test('points beyond the total are refused with the reason (422) before a number is taken', async () => {
    const refused = await call('POST', '/orders', cookieB, { ...phoneOrder(shopB), charges: { pointsUsed: 999_999 } });
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('order.invalid_amount');
    const next = await call('POST', '/orders', cookieB, phoneOrder(shopB));
    expect(((await next.json()) as { orderNumber: string }).orderNumber).toBe(`TEL-${today()}-0002`);
  });

  test("another tenant's shop is not found, and another tenant's order is 404", async () => {
    const foreignShop = await call('POST', '/orders', cookieB, phoneOrder(shopA));
    expect(foreignShop.status).toBe(400);
    expect(await foreignShop.json()).toMatchObject({ error: { fields: [{ path: 'shopId' }] } });
    const { id } = (await (await call('POST', '/orders', cookieA, phoneOrder())).json()) as { id: string };
    expect((await call('GET', `/orders/${id}`, cookieB)).status).toBe(404);
    expect((await call('POST', `/orders/${id}/commands/advance`, cookieB, {})).status).toBe(404);
  });

  test("an order can start on another of the tenant's routes; an unknown route is 422 on routeId, as everywhere", async () => {
    const unknown = await call('POST', '/orders', cookieA, { ...phoneOrder(), routeId: 'no-such-route' });
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toMatchObject({
      error: { code: 'processing_route.not_found', fields: [{ path: 'routeId' }] },
    });
    const standard = await call('POST', '/orders', cookieA, { ...phoneOrder(), routeId: 'standard' });
    const { id } = (await standard.json()) as { id: string };
    expect(await (await call('GET', `/orders/${id}`, cookieA)).json()).toMatchObject({
      route: { routeId: 'standard' },
    });
  });

  test('signed out is 401', async () =>
    expect((await call('POST', '/orders', undefined, phoneOrder())).status).toBe(401));
});
