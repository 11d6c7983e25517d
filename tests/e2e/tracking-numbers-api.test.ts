/** Tracking numbers typed on the order page, and the status rule they make honest, over the API. */
import { apiCaller, type ApiResponse, listQuery, signIn } from '../support/api-client';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(app())(...args);
let cookieA: string;
let cookieB: string;
let orders: readonly string[] = [];
let orderShopId: string;

beforeAll(async () => {
  const [a, b] = await Promise.all([
    seedTenant(app(), { code: 'takahashi', orders: 4 }),
    seedTenant(app(), { code: 'other-co' }),
  ]);
  orders = a.orderIds;
  orderShopId = a.shops[0]!.id;
  cookieA = await signIn(app(), a.code, a.admin.username, a.admin.password);
  cookieB = await signIn(app(), b.code, b.admin.username, b.admin.password);
}, 60_000);

const post = (path: string, body: unknown, cookie = cookieA) => call('POST', path, cookie, body);
const ok = (response: ApiResponse) => {
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
};

describe('tracking numbers on the order page', () => {
  test('伝票番号未設定 cannot be passed without a number; typing one moves the order on and links the carrier page', async () => {
    const id = orders[0]!;
    ok(await post(`/orders/${id}/commands/move`, { to: 'awaiting_tracking_number' }));
    const refused = await post(`/orders/${id}/commands/advance`, {});
    expect(refused).toMatchObject({ status: 422, body: { error: { code: 'order.tracking_number_missing' } } });
    expect(refused.body.error.ja).toContain('伝票番号');
    expect((await post(`/orders/${id}/commands/move`, { to: 'completed' })).status).toBe(422);

    const set = ok(
      await post(`/orders/${id}/commands/set-tracking-number`, {
        destinationIndex: 0,
        carrier: 'yamato',
        trackingNumber: '4444-1375-8703',
      }),
    );
    expect(set.status).toBe('awaiting_shipping_mail');
    expect(set.trackingLinks).toEqual([
      {
        destinationIndex: 0,
        carrier: 'yamato',
        trackingNumber: '444413758703',
        url: 'https://member.kms.kuronekoyamato.co.jp/parcel/detail?pno=444413758703',
      },
    ]);
    expect(ok(await call('GET', `/orders/${id}`, cookieA)).trackingLinks).toEqual(set.trackingLinks);
    const query = listQuery({ filter: { status: 'awaiting_shipping_mail' }, range: [0, 99] });
    const rows = ok(await call('GET', `/orders?${query}`, cookieA)) as Array<{ id: string; trackingNumbers: unknown }>;
    expect(rows.find((row) => row.id === id)?.trackingNumbers).toEqual(set.trackingLinks);
  });

  test('a reprint replaces the number and keeps both in the history; the same number again writes nothing', async () => {
    const id = orders[1]!;
    const first = ok(
      await post(`/orders/${id}/commands/set-tracking-number`, {
        destinationIndex: 0,
        carrier: 'sagawa',
        trackingNumber: '512547514334',
      }),
    );
    const again = ok(
      await post(`/orders/${id}/commands/set-tracking-number`, {
        destinationIndex: 0,
        carrier: 'sagawa',
        trackingNumber: '5125 4751 4334',
      }),
    );
    expect(again.revision).toBe(first.revision);
    const reprint = ok(
      await post(`/orders/${id}/commands/set-tracking-number`, {
        destinationIndex: 0,
        carrier: 'sagawa',
        trackingNumber: '405548424886',
      }),
    );
    expect(reprint.tracking.history.map((entry: { trackingNumber: string }) => entry.trackingNumber)).toEqual([
      '512547514334',
      '405548424886',
    ]);
    expect(reprint.trackingLinks[0].url).toContain('405548424886');
  });

  test('a destination the order lacks, a bad body, and another tenant are refused', async () => {
    const id = orders[2]!;
    const body = { destinationIndex: 0, carrier: 'yamato', trackingNumber: '444413758703' };
    expect(
      (await post(`/orders/${id}/commands/set-tracking-number`, { ...body, destinationIndex: 3 })).body,
    ).toMatchObject({ error: { code: 'order.no_such_destination' } });
    expect((await post(`/orders/${id}/commands/set-tracking-number`, { ...body, carrier: 'dhl' })).status).toBe(400);
    expect((await post(`/orders/${id}/commands/set-tracking-number`, body, cookieB)).status).toBe(404);
  });
});

describe('slip types without tracking (a shop setting)', () => {
  test('an order of a slip type its shop lists as untracked passes 伝票番号未設定 without a number, alone and in bulk', async () => {
    const shop = (await call('GET', `/shops/${orderShopId}`, cookieA)).body as { id: string; name: string };
    const id = orders[3]!;
    ok(
      await post(`/orders/${id}/commands/set-shipping-plan`, {
        shipping: { carrier: 'japanpost', slipType: 'ゆうメール' },
      }),
    );
    ok(await post(`/orders/${id}/commands/move`, { to: 'awaiting_tracking_number' }));
    expect((await post(`/orders/${id}/commands/advance`, {})).status).toBe(422);

    const put = await call('PUT', `/shops/${shop.id}`, cookieA, {
      name: shop.name,
      untrackedSlipTypes: ['ゆうメール', 'DM便'],
    });
    expect(put.status).toBe(200);
    expect(ok(await post(`/orders/${id}/commands/advance`, {})).status).toBe('awaiting_shipping_mail');
    ok(await post(`/orders/${id}/commands/move`, { to: 'awaiting_tracking_number' }));
    // Past 伝票番号未設定 only: 処理済み waits for the shipping mail (tests/e2e/mail-sending.test.ts).
    expect(ok(await post('/orders/commands/move', { ids: [id], to: 'awaiting_shipping_mail' }))).toMatchObject({
      succeeded: 1,
    });
  });
});
