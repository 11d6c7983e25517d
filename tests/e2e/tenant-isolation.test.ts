/**
 * Tenant isolation, resource by resource, through the real server: everything tenant A has is, for tenant B, exactly
 * like something that does not exist (404), and never in B's lists. Each check first shows that A does see it, so a
 * broken set-up cannot pass as isolation.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { apiCaller, listQuery, signIn } from '../support/api-client';
import { eventually } from '../support/eventually';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
const cookies: Record<'a' | 'b', string> = { a: '', b: '' };
const records: Record<string, string> = {};

const call = (method: string, path: string, who: 'a' | 'b', body?: unknown) =>
  apiCaller(app())(method, path, cookies[who], body);
const created = async (path: string, body: unknown) => {
  const response = await call('POST', path, 'a', body);
  if (response.status !== 201 && response.status !== 200)
    throw new Error(`POST ${path}: ${response.status} ${JSON.stringify(response.body)}`);
  return String(response.body.id);
};

beforeAll(async () => {
  // Every record of A is made below through the API, so the fixture brings only the tenants and their users.
  const [a, b] = await Promise.all([
    seedTenant(app(), { code: 'takahashi', shops: [] }),
    seedTenant(app(), { code: 'other-co', shops: [] }),
  ]);
  cookies.a = await signIn(app(), a.code, a.admin.username, a.admin.password);
  cookies.b = await signIn(app(), b.code, b.admin.username, b.admin.password);
  records.shops = await created('/shops', { code: 'tel', mall: 'phone', name: '電話受付' });
  records.orders = await created('/orders', {
    shopId: records.shops,
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
  records['processing-routes'] = await created('/processing-routes', {
    name: 'カード決済（入金待ちなし）',
    statuses: [
      'new',
      'awaiting_shipment',
      'awaiting_documents',
      'awaiting_tracking_number',
      'awaiting_shipping_mail',
      'completed',
    ],
  });
  records['bulletin-posts'] = await created('/bulletin-posts', {
    title: '年末年始の出荷について',
    body: '12/29～1/3 は出荷をお休みします①',
  });
  records['saved-searches'] = await created('/saved-searches', {
    name: '代引き・新規',
    filter: { status: 'new', paymentMethod: 'cash_on_delivery' },
    sort: { field: 'orderedAt', order: 'DESC' },
    shared: true,
  });
  records['staff-users'] = await created('/staff-users', {
    username: 'sato',
    displayName: '佐藤 一郎',
    roles: ['staff'],
    password: 'sato-pass-①-long',
  });
  const rakutenShop = await created('/shops', { code: 'rakuten-1', mall: 'rakuten', name: '楽天市場店' });
  const upload = new FormData();
  upload.append('shopId', rakutenShop);
  upload.append('format', 'rakuten');
  upload.append(
    'files',
    new Blob([new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/import/rakuten-rms.csv')))]),
    'rakuten-rms.csv',
  );
  const imported = await fetch(`${app().url}/api/imports`, {
    method: 'POST',
    headers: { cookie: cookies.a },
    body: upload,
  });
  records.imports = String(((await imported.json()) as { id: string }).id);
  records['import-mappings'] = await created('/import-mappings', {
    shopId: rakutenShop,
    name: 'おちゃのこネット',
    mapping: {
      fields: {
        orderNumber: '注文番号',
        orderedAt: '注文日',
        'orderer.name': '購入者名',
        'line.name': '商品名',
        'line.unitPrice': '単価',
        'line.quantity': '数量',
      },
    },
  });
  records['custom-label-layouts'] = await created('/custom-label-layouts', {
    name: '髙橋の倉庫用',
    layout: {
      carrier: null,
      encoding: 'cp932',
      header: true,
      columns: [{ header: '管理番号', source: { field: 'key' } }],
    },
  });
  records['mail-templates'] = `${records.shops}:thanks`;
  const template = { subject: '【髙橋】ご注文ありがとうございます', text: '{{注文者名}} 様', mjml: null };
  expect((await call('PUT', `/mail-templates/${records['mail-templates']}`, 'a', template)).status).toBe(200);
  // The customer comes from the order through the customer policy.
  const customers = await eventually(
    () => call('GET', '/customers', 'a'),
    (list) => list.body?.length > 0,
    'no customer from the order',
  );
  records.customers = customers.body[0].id;
}, 180_000);

/** The ids of every row of a list, not of its first page: only the whole list can show that a record is not in it. */
const wholeList = async (resource: string, who: 'a' | 'b'): Promise<string[]> => {
  const answer = await call('GET', `/${resource}?${listQuery({ range: [0, 499] })}`, who);
  expect(answer.status).toBe(200);
  expect(answer.range).toMatch(new RegExp(`/${answer.body.length}$`));
  return (answer.body as Array<{ id: string }>).map((row) => String(row.id));
};

const RESOURCES = [
  'orders',
  'customers',
  'shops',
  'processing-routes',
  'bulletin-posts',
  'saved-searches',
  'staff-users',
  'imports',
  'import-mappings',
  'custom-label-layouts',
  'mail-templates',
] as const;

describe('tenant isolation', () => {
  test.each(RESOURCES)('%s: A sees its record; B gets 404 for it and never sees it in its list', async (resource) => {
    const id = records[resource];
    expect(id).toBeDefined();
    expect((await call('GET', `/${resource}/${id}`, 'a')).status).toBe(200);
    const seenByB = await call('GET', `/${resource}/${id}`, 'b');
    expect(seenByB.status).toBe(404);
    expect(JSON.stringify(seenByB.body)).not.toContain('髙橋');
    expect(await wholeList(resource, 'a')).toContain(id);
    expect(await wholeList(resource, 'b')).not.toContain(id);
  });

  test.each([
    'processing-routes',
    'bulletin-posts',
    'saved-searches',
    'import-mappings',
    'custom-label-layouts',
  ] as const)("%s: B deleting A's record is 404 and changes nothing", async (resource) => {
    expect((await call('DELETE', `/${resource}/${records[resource]}`, 'b')).status).toBe(404);
    expect((await call('GET', `/${resource}/${records[resource]}`, 'a')).status).toBe(200);
  });

  test("commands on A's order and customer are 404 for B, and nothing is written", async () => {
    expect(
      (await call('POST', `/orders/${records.orders}/commands/hold`, 'b', { box: 1, reason: '確認' })).status,
    ).toBe(404);
    expect(
      (await call('POST', '/orders/commands/cancel', 'b', { ids: [records.orders], reason: 'x' })).body,
    ).toMatchObject({ succeeded: 0, failed: 1 });
    expect(
      (await call('POST', `/customers/${records.customers}/commands/blacklist`, 'b', { reason: 'いたずら' })).status,
    ).toBe(404);
    expect((await call('GET', `/orders/${records.orders}/timeline`, 'b')).status).toBe(404);
    expect((await call('GET', `/imports/${records.imports}/problems.csv`, 'b')).status).toBe(404);
    expect(await call('GET', `/orders/${records.orders}`, 'a')).toMatchObject({ body: { status: 'new' } });
    expect(await call('GET', `/customers/${records.customers}`, 'a')).toMatchObject({ body: { blacklisted: false } });
  });

  test("changes to A's shop, route and staff user are 404 for B", async () => {
    expect((await call('PUT', `/shops/${records.shops}`, 'b', { name: '乗っ取り' })).status).toBe(404);
    expect(
      (
        await call('PUT', `/processing-routes/${records['processing-routes']}`, 'b', {
          name: '乗っ取り',
          statuses: ['new', 'completed'],
        })
      ).status,
    ).toBe(404);
    expect((await call('PUT', `/staff-users/${records['staff-users']}`, 'b', { displayName: '乗っ取り' })).status).toBe(
      404,
    );
    expect(await call('GET', `/shops/${records.shops}`, 'a')).toMatchObject({ body: { name: '電話受付' } });
  });

  test("B's operation history and status counts hold nothing of A's", async () => {
    const history = await call('GET', '/operation-history', 'b');
    expect(JSON.stringify(history.body)).not.toContain(records.orders);
    const counts = (await call('GET', '/order-status-counts', 'b')).body as Record<string, number>;
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  });
});
