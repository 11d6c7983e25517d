/**
 * What a client sends wrong is a 4xx that names the field, never a 500: text PostgreSQL cannot hold (U+0000, a lone
 * surrogate), a body over the limit, filters and ranges the database would refuse, over-long fields, `Origin: null`.
 * A refused order entry takes no order number.
 */
import { tokyoBusinessDate } from '../../domain/shared/dates';
import { apiCaller, listQuery, signIn } from '../support/api-client';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';
import { phoneOrderBody } from '../support/phone-order';

const app = inProcessAppForThisFile();
let tenant: Tenant;
let cookie: string;
const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(app())(...args);

beforeAll(async () => {
  tenant = await seedTenant(app(), {
    code: 'takahashi',
    orders: 2,
    shops: [
      { code: 'rakuten-main', mall: 'rakuten', name: '楽天店' },
      { code: 'phone-desk', mall: 'phone', name: '電話受付' },
    ],
  });
  cookie = await signIn(app(), tenant.code, tenant.admin.username, tenant.admin.password);
}, 60_000);

const NUL = 'メモ\u0000です';
/** What JSON.parse makes of "\ud800": half a surrogate pair. */
const LONE_SURROGATE = 'メモ\ud800です';

const phoneOrder = (changes: Record<string, unknown> = {}) => phoneOrderBody(tenant.shops[1]!.id, changes);

const fieldsOf = (answer: { body: { error?: { fields?: Array<{ path: string; en: string }> } } }) =>
  answer.body.error?.fields ?? [];

describe('text PostgreSQL cannot store is refused at the edge with its path', () => {
  const routes: Array<[string, string, (text: string) => unknown, string]> = [
    ['POST', '/orders', (text) => phoneOrder({ shopMemo: text }), 'shopMemo'],
    [
      'POST',
      '/orders',
      (text) =>
        phoneOrder({ destinations: [{ lines: [{ sku: 'A', name: text, unitPrice: 1, quantity: 1, taxRate: 10 }] }] }),
      'destinations.0.lines.0.name',
    ],
    ['POST', 'order:add-tag', (text) => ({ tag: text }), 'tag'],
    ['POST', 'order:edit-memo', (text) => ({ shopMemo: text }), 'shopMemo'],
    ['POST', '/bulletin-posts', (text) => ({ title: text, body: '本文' }), 'title'],
    ['POST', '/canned-phrases', (text) => ({ category: 'memo', text }), 'text'],
  ];
  const pathOf = (target: string) =>
    target.startsWith('order:') ? `/orders/${tenant.orderIds[0]}/commands/${target.slice(6)}` : target;

  test.each(routes)('%s %s with a NUL or a lone surrogate → 400 naming %#', async (method, target, body, path) => {
    for (const text of [NUL, LONE_SURROGATE]) {
      const answer = await call(method, pathOf(target), cookie, body(text));
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer)).toEqual([expect.objectContaining({ path })]);
    }
  });

  test('a key of a body, a query value and a list filter are checked the same way', async () => {
    expect(fieldsOf(await call('POST', '/orders', cookie, { ...phoneOrder(), [NUL]: 1 }))).toEqual([
      expect.objectContaining({ path: NUL }),
    ]);
    const filtered = await call('GET', `/orders?${listQuery({ filter: { q: NUL } })}`, cookie);
    expect(filtered.status).toBe(400);
    expect(fieldsOf(filtered)).toEqual([expect.objectContaining({ path: 'filter.q' })]);
    const surrogate = await call('GET', `/customers?filter=${encodeURIComponent('{"q":"\\udc00"}')}`, cookie);
    expect(fieldsOf(surrogate)).toEqual([expect.objectContaining({ path: 'filter.q' })]);
    expect((await call('GET', '/canned-phrases/%00', cookie)).status).toBe(400);
  });

  test('refused order entries take no number: the next valid one is the first of the day', async () => {
    for (const text of [NUL, LONE_SURROGATE])
      expect((await call('POST', '/orders', cookie, phoneOrder({ buyerRemarks: text }))).status).toBe(400);
    expect((await call('POST', '/orders', cookie, phoneOrder({ orderedAt: '2026-02-30T10:00:00+09:00' }))).status).toBe(
      400,
    );
    const created = await call('POST', '/orders', cookie, phoneOrder());
    expect(created.status).toBe(201);
    const today = tokyoBusinessDate(new Date()).replace(/-/g, '');
    expect(created.body.orderNumber).toBe(`TEL-${today}-0001`);
  });
});

test('a body over the limit is a 413 that states the limit', async () => {
  const answer = await call('POST', '/bulletin-posts', cookie, { title: '大きい', body: 'あ'.repeat(1_100_000) });
  expect(answer.status).toBe(413);
  expect(answer.body.error).toMatchObject({ code: 'body_too_large', en: expect.stringContaining('2 MiB') });
});

describe('filters and ranges PostgreSQL would refuse are 400s with the path', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['/orders', { filter: { orderedFrom: '1' } }, 'filter.orderedFrom'],
    ['/orders', { filter: { shipDateFrom: '2026-02-30' } }, 'filter.shipDateFrom'],
    ['/orders', { filter: { orderedTo: '+275760-09-13' } }, 'filter.orderedTo'],
    ['/orders', { filter: { orderedTo: '2026-02-30T00:00:00Z' } }, 'filter.orderedTo'],
    ['/orders', { filter: { heldBox: 1e10 } }, 'filter.heldBox'],
    ['/orders', { filter: { heldBox: 31 } }, 'filter.heldBox'],
    ['/orders', { range: [1e300, 1e300] }, 'range'],
    ['/orders', { range: [-10, -1] }, 'range'],
    ['/orders', { range: [5, 4] }, 'range'],
    ['/order-status-counts', { filter: { deliveryDateTo: '1899-12-31' } }, 'filter.deliveryDateTo'],
    ['/customers', { filter: { minPurchaseCount: 1e10 } }, 'filter.minPurchaseCount'],
    ['/customers', { range: [0, 2 ** 31] }, 'range'],
    ['/operation-history', { filter: { from: '1' } }, 'filter.from'],
    ['/bulletin-posts', { filter: { q: 'あ'.repeat(201) } }, 'filter.q'],
    ['/staff-users', { filter: { q: 42 } }, 'filter.q'],
    ['/imports', { range: [0.5, 3] }, 'range'],
  ];
  test.each(cases)('GET %s %j → 400 naming %s', async (path, query, field) => {
    const answer = await call('GET', `${path}?${listQuery(query)}`, cookie);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('invalid_query');
    // A range names the bound that is wrong (`range.0`).
    expect(fieldsOf(answer).map((f) => f.path.replace(/^range\.\d$/, 'range'))).toContain(field);
  });

  test('the bounds themselves are accepted', async () => {
    const ok = [
      ['/orders', { filter: { orderedFrom: '2026-12-01', orderedTo: '2026-12-31T23:59:59+09:00', heldBox: 30 } }],
      ['/orders', { range: [0, 0] }],
      ['/customers', { filter: { minPurchaseCount: 2 ** 31 - 1 } }],
      ['/operation-history', { filter: { from: '1900-01-01', to: '2999-12-31' } }],
    ] as const;
    for (const [path, query] of ok) expect((await call('GET', `${path}?${listQuery(query)}`, cookie)).status).toBe(200);
  });
});

test('a cookie request from Origin: null is refused as cross-site, not a 500', async () => {
  const answer = await call('POST', '/bulletin-posts', cookie, { title: 't', body: 'b' }, { origin: 'null' });
  expect(answer.status).toBe(403);
  expect(answer.body.error.code).toBe('cross_origin');
});

describe('over-long fields are refused with the path and the limit', () => {
  const order = () => `/orders/${tenant.orderIds[1]}/commands`;
  const cases: Array<[string, string, () => unknown, string, number]> = [
    ['POST', 'edit-memo', () => ({ shopMemo: 'あ'.repeat(201) }), 'shopMemo', 200],
    ['POST', 'add-tag', () => ({ tag: 'あ'.repeat(51) }), 'tag', 50],
    ['POST', 'edit-slip-note', () => ({ slipNote: 'あ'.repeat(501) }), 'slipNote', 500],
    ['POST', 'edit-individual-message', () => ({ individualMessage: 'あ'.repeat(1001) }), 'individualMessage', 1000],
    ['POST', '/orders', () => phoneOrder({ buyerRemarks: 'あ'.repeat(2001) }), 'buyerRemarks', 2000],
    ['POST', '/orders', () => phoneOrder({ shopMemo: 'あ'.repeat(201) }), 'shopMemo', 200],
    [
      'POST',
      '/orders',
      () => ({ ...phoneOrder(), orderer: { ...phoneOrder().orderer, street: 'あ'.repeat(201) } }),
      'orderer.street',
      200,
    ],
    ['POST', '/bulletin-posts', () => ({ title: '題', body: 'あ'.repeat(10_001) }), 'body', 10_000],
    ['POST', '/canned-phrases', () => ({ category: 'memo', text: 'あ'.repeat(201) }), 'text', 200],
    ['POST', '/saved-searches', () => savedSearch({ q: 'あ'.repeat(201) }), 'filter.q', 200],
    [
      'POST',
      '/tenant-access',
      () => ({ tenantCode: 'x'.repeat(101), username: 'u', permissions: [] }),
      'tenantCode',
      100,
    ],
  ];
  const savedSearch = (filter: Record<string, unknown>) => ({
    name: '検索',
    filter,
    sort: { field: 'orderedAt', order: 'DESC' },
  });
  test.each(cases)('%s %s → 400 naming %s with its limit %#', async (method, target, body, path, limit) => {
    const url = target.startsWith('/') ? target : `${order()}/${target}`;
    const answer = await call(method, url, cookie, body());
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer)).toEqual([expect.objectContaining({ path, en: expect.stringContaining(`${limit}`) })]);
  });

  test('an order whose goods come to more than 10億 yen is refused before it reaches the read models', async () => {
    const lines = Array.from({ length: 20 }, (_, i) => ({
      sku: `S${i}`,
      name: '高額品',
      unitPrice: 100_000_000,
      quantity: 100,
      taxRate: 10,
    }));
    const answer = await call('POST', '/orders', cookie, phoneOrder({ destinations: [{ lines }] }));
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer)).toEqual([expect.objectContaining({ path: 'destinations' })]);
  });
});
