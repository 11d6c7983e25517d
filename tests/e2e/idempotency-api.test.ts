import { signIn } from '../support/api-client';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';
import { phoneOrderBody } from '../support/phone-order';

/**
 * `Idempotency-Key` on the changing routes: a request sent again (a retry after a dropped connection) is carried out
 * once and answered as the first time; keys are the client's own within its tenant and staff user.
 */
const app = inProcessAppForThisFile();
const SHOPS = [
  { code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' },
  { code: 'phone-desk', mall: 'phone', name: '電話受付' },
] as const;
let a: Tenant;
let b: Tenant;
let ownerA: string;
let staffA: string;
let ownerB: string;

beforeAll(async () => {
  [a, b] = await Promise.all([
    seedTenant(app(), { code: 'takahashi', orders: 8, shops: SHOPS }),
    seedTenant(app(), { code: 'other-co', orders: 1, shops: SHOPS }),
  ]);
  [ownerA, staffA, ownerB] = await Promise.all([
    signIn(app(), a.code, a.admin.username, a.admin.password),
    signIn(app(), a.code, a.staff.username, a.staff.password),
    signIn(app(), b.code, b.admin.username, b.admin.password),
  ]);
}, 60_000);

/** A changing request as the admin sends it; the whole answer is kept to compare a repeat with the first. */
const send = async (cookie: string, method: string, path: string, body: unknown, key?: string) => {
  const response = await fetch(`${app().url}/api${path}`, {
    method,
    headers: { cookie, 'content-type': 'application/json', ...(key && { 'idempotency-key': key }) },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    readModels: response.headers.get('x-read-models'),
    replayed: response.headers.get('idempotent-replayed'),
    text: await response.text(),
  };
};
const bodyOf = (answer: { text: string }) => JSON.parse(answer.text);

const statusOf = async (cookie: string, orderId: string): Promise<string> => {
  const response = await fetch(`${app().url}/api/orders/${orderId}`, { headers: { cookie } });
  return ((await response.json()) as { status: string }).status;
};

describe('Idempotency-Key', () => {
  test('a bulk advance sent again moves each order once and answers exactly as the first time', async () => {
    const ids = a.orderIds.slice(0, 4);
    // Order 3 is held, so the bulk action refuses it...
    const held = await send(ownerA, 'POST', `/orders/${ids[3]}/commands/hold`, { box: 1, reason: '在庫確認' });
    expect(held.status).toBe(200);
    const first = await send(ownerA, 'POST', '/orders/commands/advance', { ids }, 'bulk-advance-1');
    expect(bodyOf(first)).toMatchObject({ succeeded: 3, failed: 1 });
    // ...and released before the retry arrives: running the request again would now advance it.
    expect((await send(ownerA, 'POST', `/orders/${ids[3]}/commands/release`, {})).status).toBe(200);

    const again = await send(ownerA, 'POST', '/orders/commands/advance', { ids }, 'bulk-advance-1');
    expect({ ...again, replayed: null }).toEqual({ ...first, replayed: null });
    expect(again.replayed).toBe('true');
    expect(await Promise.all(ids.map((id) => statusOf(ownerA, id)))).toEqual([
      'awaiting_payment',
      'awaiting_payment',
      'awaiting_payment',
      'new',
    ]);
  });

  test('an order entered twice with one key is one order under one number, answered 201 both times', async () => {
    const shopId = a.shops.find((s) => s.code === 'phone-desk')!.id;
    const first = await send(ownerA, 'POST', '/orders', phoneOrderBody(shopId), 'phone-call-1');
    const again = await send(ownerA, 'POST', '/orders', phoneOrderBody(shopId), 'phone-call-1');
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.text).toBe(first.text);
    // The repeat took no number: the next call gets the one after the first.
    const next = await send(ownerA, 'POST', '/orders', phoneOrderBody(shopId), 'phone-call-2');
    const number = (answer: { text: string }) => Number(String(bodyOf(answer).orderNumber).slice(-4));
    expect(number(next)).toBe(number(first) + 1);
  });

  test('the same key with another body is refused with 422 and changes nothing', async () => {
    const [sent, other] = [a.orderIds[4]!, a.orderIds[5]!];
    expect((await send(ownerA, 'POST', '/orders/commands/advance', { ids: [sent] }, 'reused')).status).toBe(200);
    const reused = await send(ownerA, 'POST', '/orders/commands/advance', { ids: [other] }, 'reused');
    expect(reused.status).toBe(422);
    expect(bodyOf(reused).error.code).toBe('idempotency_key_reused');
    expect(await statusOf(ownerA, other)).toBe('new');
  });

  test("keys are each tenant's and each user's own: the same key from another is another request", async () => {
    const answerA = await send(ownerA, 'POST', '/orders/commands/advance', { ids: [a.orderIds[6]] }, 'shared-key');
    const answerB = await send(ownerB, 'POST', '/orders/commands/advance', { ids: [b.orderIds[0]] }, 'shared-key');
    expect([answerA.status, answerB.status]).toEqual([200, 200]);
    expect(answerB.replayed).toBeNull();
    expect(bodyOf(answerB)).toMatchObject({ succeeded: 1, results: [{ id: b.orderIds[0], ok: true }] });
    expect(await statusOf(ownerB, b.orderIds[0]!)).toBe('awaiting_payment');
    // Two people who click "advance" on one order with the same key made two actions: the order moves twice.
    const byStaff = await send(staffA, 'POST', '/orders/commands/advance', { ids: [a.orderIds[6]] }, 'shared-key');
    expect(bodyOf(byStaff)).toMatchObject({ succeeded: 1 });
    expect(await statusOf(ownerA, a.orderIds[6]!)).toBe('awaiting_shipment');
  });

  test('two sends of one request at the same moment are carried out once and answered alike', async () => {
    const ids = [a.orderIds[7]];
    const [one, two] = await Promise.all([
      send(ownerA, 'POST', '/orders/commands/advance', { ids }, 'double-click'),
      send(ownerA, 'POST', '/orders/commands/advance', { ids }, 'double-click'),
    ]);
    expect([one.status, two.status]).toEqual([200, 200]);
    expect(two.text).toBe(one.text);
    expect(await statusOf(ownerA, a.orderIds[7]!)).toBe('awaiting_payment');
  });

  test('routes outside orders answer a repeat from the first answer and refuse the key for another body', async () => {
    const user = { username: 'suzuki', displayName: '鈴木 一郎', roles: ['staff'], password: 'suzuki-pass-1' };
    const first = await send(ownerA, 'POST', '/staff-users', user, 'new-user');
    const again = await send(ownerA, 'POST', '/staff-users', user, 'new-user');
    expect([first.status, again.status, again.replayed]).toEqual([201, 201, 'true']);
    expect(again.text).toBe(first.text);
    const shop = { code: 'mail-order', mall: 'phone', name: '通販カタログ' };
    expect((await send(ownerA, 'POST', '/shops', shop, 'new-shop')).status).toBe(201);
    const renamed = await send(ownerA, 'POST', '/shops', { ...shop, name: '通販カタログ（秋）' }, 'new-shop');
    expect([renamed.status, bodyOf(renamed).error.code]).toEqual([422, 'idempotency_key_reused']);
  });

  test('a key that is not 1–255 visible characters is a 400 naming the header', async () => {
    const answer = await send(ownerA, 'POST', '/orders/commands/advance', { ids: [a.orderIds[0]] }, 'k'.repeat(256));
    expect(answer.status).toBe(400);
    expect(bodyOf(answer).error.fields[0].path).toBe('Idempotency-Key');
  });
});
