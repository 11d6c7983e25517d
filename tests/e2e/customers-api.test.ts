/**
 * 顧客 over HTTP against the real app: customers appear from imported orders,
 * list and search, the purchase history, blacklisting with 400/401/403/404/422, and tenant isolation.
 */
import { customerIdFor, tenantIdFor } from '../../domain/shared/ids';
import { apiCaller, listQuery, signIn } from '../support/api-client';
import { eventually } from '../support/eventually';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
const cookies = { owner: '', staff: '', other: '' };
let orders: string[] = [];
// The fixture orderer (髙橋 太郎, ＴＡＲＯ＠Example.JP) placed every test order.
const taro = customerIdFor(tenantIdFor('takahashi'), 'email:taro@example.jp');
const theirs = customerIdFor(tenantIdFor('other-co'), 'email:taro@example.jp');

beforeAll(async () => {
  const [a, b] = await Promise.all([
    seedTenant(app(), { code: 'takahashi', orders: 3 }),
    seedTenant(app(), { code: 'other-co', orders: 1 }),
  ]);
  orders = [...a.orderIds];
  cookies.owner = await signIn(app(), a.code, a.admin.username, a.admin.password);
  cookies.staff = await signIn(app(), a.code, a.staff.username, a.staff.password);
  cookies.other = await signIn(app(), b.code, b.admin.username, b.admin.password);
}, 60_000);

const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(app())(...args);
const list = (cookie: string, params: Record<string, unknown> = {}) =>
  call('GET', `/customers?${listQuery(params)}`, cookie);

describe('customers API', () => {
  test('imported orders become one customer with every purchase', async () => {
    const { body } = await eventually(
      () => call('GET', `/customers/${taro}`, cookies.owner),
      (r) => r.body?.purchaseCount === 3,
    );
    expect(body).toMatchObject({
      id: taro,
      name: '髙橋 太郎',
      kana: 'ﾀｶﾊｼ ﾀﾛｳ',
      email: 'ＴＡＲＯ＠Example.JP',
      totalBilled: 3 * 4720,
      blacklisted: false,
    });
    expect(body.purchases.map((p: { orderId: string }) => p.orderId).sort()).toEqual([...orders].sort());
    expect((await call('GET', `/orders/${orders[0]}`, cookies.owner)).body.customerId).toBe(taro);
  });

  test('the list: Content-Range, search by kana fragment, phone and e-mail in any width, filters and sort', async () => {
    const all = await list(cookies.owner, { range: [0, 9] });
    expect(all.range).toBe('customers 0-0/1');
    for (const q of ['ﾀｶﾊ', 'たかはし', '髙橋', '090-1234', '０９０１２３４５６７８', 'taro@EXAMPLE.jp']) {
      expect({ q, total: (await list(cookies.owner, { filter: { q } })).range }).toEqual({
        q,
        total: 'customers 0-0/1',
      });
    }
    expect((await list(cookies.owner, { filter: { q: 'ｻﾄｳ' } })).range).toBe('customers 0-0/0');
    expect((await list(cookies.owner, { filter: { minPurchaseCount: 4 } })).body).toEqual([]);
    expect((await list(cookies.owner, { filter: { minPurchaseCount: 3, blacklisted: false } })).body).toHaveLength(1);
    expect((await list(cookies.owner, { sort: ['totalBilled', 'DESC'] })).status).toBe(200);
  });

  test('a bad list query is 400 with the field path', async () => {
    const negative = await list(cookies.owner, { filter: { minPurchaseCount: -1 } });
    expect(negative.status).toBe(400);
    expect(negative.body.error.fields).toEqual([expect.objectContaining({ path: 'filter.minPurchaseCount' })]);
    const notBoolean = await list(cookies.owner, { filter: { blacklisted: 'はい' } });
    expect(notBoolean.body.error.fields).toEqual([expect.objectContaining({ path: 'filter.blacklisted' })]);
    expect((await list(cookies.owner, { sort: ['email', 'ASC'] })).status).toBe(400);
  });

  test('a cancelled order leaves the count and the total but stays in the history, marked', async () => {
    expect(
      (await call('POST', `/orders/${orders[2]}/commands/cancel`, cookies.owner, { reason: 'お客様都合～重複注文' }))
        .status,
    ).toBe(200);
    const { body } = await eventually(
      () => call('GET', `/customers/${taro}`, cookies.owner),
      (r) => r.body?.purchaseCount === 2,
    );
    expect(body.totalBilled).toBe(2 * 4720);
    expect(body.purchases.find((p: { orderId: string }) => p.orderId === orders[2])).toMatchObject({
      cancelled: true,
      orderNumber: '123456-20261130-0000002',
    });
  });

  test('blacklisting needs sign-in (401), the customers.manage permission (403) and a reason (400 with the path)', async () => {
    expect(
      (await call('POST', `/customers/${taro}/commands/blacklist`, undefined, { reason: '受取拒否' })).status,
    ).toBe(401);
    const forbidden = await call('POST', `/customers/${taro}/commands/blacklist`, cookies.staff, {
      reason: '受取拒否',
    });
    expect(forbidden).toMatchObject({
      status: 403,
      body: { error: { code: 'forbidden', permission: 'customers.manage' } },
    });
    const blank = await call('POST', `/customers/${taro}/commands/blacklist`, cookies.owner, { reason: '　' });
    expect(blank.status).toBe(400);
    expect(blank.body.error.fields).toEqual([expect.objectContaining({ path: 'reason' })]);
    expect((await call('POST', `/customers/${taro}/commands/blacklist`, cookies.owner, {})).body.error.fields).toEqual([
      expect.objectContaining({ path: 'reason' }),
    ]);
  });

  test('a missing customer, a malformed id and an unknown command are 404', async () => {
    expect((await call('GET', '/customers/00000000-0000-4000-8000-00000000abcd', cookies.owner)).status).toBe(404);
    expect((await call('GET', '/customers/not-a-customer', cookies.owner)).status).toBe(404);
    expect(
      (
        await call('POST', '/customers/00000000-0000-4000-8000-00000000abcd/commands/blacklist', cookies.owner, {
          reason: '受取拒否',
        })
      ).status,
    ).toBe(404);
    expect(
      (await call('POST', '/customers/not-a-customer/commands/blacklist', cookies.owner, { reason: '受取拒否' }))
        .status,
    ).toBe(404);
    expect((await call('POST', `/customers/${taro}/commands/explode`, cookies.owner, {})).status).toBe(404);
  });

  test('blacklist and remove: the answer shows the change; doing either twice is 422 with the reason', async () => {
    const listed = await call('POST', `/customers/${taro}/commands/blacklist`, cookies.owner, {
      reason: '受取拒否が2回①',
    });
    expect(listed).toMatchObject({ status: 200, body: { blacklisted: true, blacklistReason: '受取拒否が2回①' } });
    expect((await list(cookies.owner, { filter: { blacklisted: true } })).body).toEqual([
      expect.objectContaining({ id: taro }),
    ]);
    const again = await call('POST', `/customers/${taro}/commands/blacklist`, cookies.owner, { reason: '再登録' });
    expect(again.status).toBe(422);
    expect(again.body.error.ja).toContain('受取拒否が2回①');
    expect(await call('POST', `/customers/${taro}/commands/remove-from-blacklist`, cookies.owner, {})).toMatchObject({
      status: 200,
      body: { blacklisted: false, blacklistReason: null },
    });
    expect((await call('POST', `/customers/${taro}/commands/remove-from-blacklist`, cookies.owner, {})).status).toBe(
      422,
    );
  });

  test("tenant B gets 404 for tenant A's customer, for reading and for commands, and lists only its own", async () => {
    expect((await call('GET', `/customers/${taro}`, cookies.other)).status).toBe(404);
    expect(
      (await call('POST', `/customers/${taro}/commands/blacklist`, cookies.other, { reason: '他社' })).status,
    ).toBe(404);
    expect((await call('POST', `/customers/${taro}/commands/remove-from-blacklist`, cookies.other, {})).status).toBe(
      404,
    );
    const mine = await eventually(
      () => list(cookies.other),
      (r) => r.range === 'customers 0-0/1',
    );
    expect(mine.body).toEqual([expect.objectContaining({ id: theirs, purchaseCount: 1 })]);
    expect((await call('GET', `/customers/${taro}`, cookies.owner)).body.blacklisted).toBe(false);
  });

  test('without sign-in the customers API is 401', async () => {
    expect((await call('GET', '/customers', undefined)).status).toBe(401);
    expect((await call('GET', `/customers/${taro}`, undefined)).status).toBe(401);
  });
});
