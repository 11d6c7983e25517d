/**
 * `sort=["id","ASC"]` is react-admin's sort when a screen names none, and what a script tries first: every list accepts
 * it and, where the list can be sorted, answers in id order.
 */
import { apiCaller, listQuery, signIn } from '../support/api-client';
import { eventually } from '../support/eventually';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
let cookie: string;
const call = (method: string, path: string, body?: unknown) => apiCaller(app())(method, path, cookie, body);

/** Every list gets more than one row: the fixture's three orders, shops and staff users, and what is added here. */
beforeAll(async () => {
  const tenant = await seedTenant(app(), {
    code: 'takahashi',
    orders: 3,
    shops: [
      { code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' },
      { code: 'tel', mall: 'phone', name: '電話受付' },
      { code: 'fax', mall: 'phone', name: 'ＦＡＸ受付①' },
    ],
    staffMembers: [{ username: 'sato', displayName: '佐藤 一郎', roles: ['staff'], password: 'sato-pass-①-long' }],
  });
  cookie = await signIn(app(), tenant.code, tenant.admin.username, tenant.admin.password);
  for (const body of [
    ['/bulletin-posts', { title: '年末年始の出荷', body: '12/29～1/3 は休み' }],
    ['/bulletin-posts', { title: '㈱サンプル様の注文', body: '髙橋が担当' }],
    ['/processing-routes', { name: 'カード決済', statuses: ['new', 'awaiting_shipment', 'completed'] }],
  ] as const) {
    const created = await call('POST', body[0], body[1]);
    if (created.status !== 201 && created.status !== 200)
      throw new Error(`POST ${body[0]}: ${created.status} ${JSON.stringify(created.body)}`);
  }
  const telShop = tenant.shops.find((shop) => shop.code === 'tel')!;
  // A second customer besides the imported orders' one, from a phone order.
  const phoneOrder = await call('POST', '/orders', {
    shopId: telShop.id,
    channel: 'phone',
    orderer: {
      name: '髙橋 花子',
      kana: 'ﾀｶﾊｼ ﾊﾅｺ',
      postalCode: '150-0001',
      prefecture: '東京都',
      city: '渋谷区',
      street: '１－２－３',
      building: '㈱サンプル①',
      phone: '090-1234-5678',
      email: 'hanako@example.jp',
    },
    destinations: [{ lines: [{ sku: 'TEA-001', name: '静岡茶～特選～', unitPrice: 1080, quantity: 1, taxRate: 8 }] }],
    payment: { method: 'bank_transfer' },
  });
  if (phoneOrder.status !== 201) throw new Error(`POST /orders: ${JSON.stringify(phoneOrder.body)}`);
  await eventually(
    () => call('GET', '/customers'),
    (list) => list.body?.length > 1,
    'no customer from the phone order',
  );
}, 60_000);

const ids = (rows: ReadonlyArray<{ id: string | number }>) => rows.map((row) => row.id);
const byId = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

describe('every list accepts sort by id', () => {
  test.each(['orders', 'customers', 'shops', 'staff-users', 'bulletin-posts', 'processing-routes', 'hold-boxes'])(
    '%s: ASC and DESC answer the rows in id order',
    async (resource) => {
      const ascending = await call('GET', `/${resource}?${listQuery({ sort: ['id', 'ASC'], range: [0, 99] })}`);
      expect(ascending.status).toBe(200);
      expect(ascending.body.length).toBeGreaterThan(1);
      expect(ids(ascending.body)).toEqual([...ids(ascending.body)].sort(byId));
      const descending = await call('GET', `/${resource}?${listQuery({ sort: ['id', 'DESC'], range: [0, 99] })}`);
      expect(descending.status).toBe(200);
      expect(ids(descending.body)).toEqual([...ids(ascending.body)].reverse());
    },
  );

  test.each(['imports', 'saved-searches', 'import-mappings', 'import-formats', 'operation-history'])(
    '%s: answers the list (a list with one fixed order keeps it)',
    async (resource) => {
      const answer = await call('GET', `/${resource}?${listQuery({ sort: ['id', 'ASC'] })}`);
      expect(answer.status).toBe(200);
      expect(Array.isArray(answer.body)).toBe(true);
    },
  );

  test('an unknown sort field is still a 400 naming the field', async () => {
    const answer = await call('GET', `/orders?${listQuery({ sort: ['nope', 'ASC'] })}`);
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('sort');
  });
});
