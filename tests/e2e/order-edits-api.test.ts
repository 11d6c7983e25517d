/** Order edits over the API on the in-process app: changes from the mall awaiting a person, and the shop's own edits. */
import * as E from 'fp-ts/Either';
import type { MallOrderData } from '../../domain/order/order-data';
import { orderDecider } from '../../domain/order/order';
import { streamName } from '../../domain/shared/ids';
import { TOKENS } from '../../infrastructure/container';
import { apiCaller, type ApiResponse, listQuery, signIn } from '../support/api-client';
import { eventually } from '../support/eventually';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { importOrder, mallData, orderer } from '../support/order-fixtures';
import { seedTenant, type Tenant } from '../support/tenant-fixture';
import { context } from '../support/write-side';

/** Each test takes orders of its own from this many, so that none depends on what another did to an order. */
const ORDER_COUNT = 20;
const SHOP = { code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' } as const;
const app = inProcessAppForThisFile();
const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(app())(...args);
let tenant: Tenant;
let cookieA: string;
let cookieB: string;
let orders: readonly string[] = [];
let nextOrder = 0;
const takeOrders = (count: number) => {
  nextOrder += count;
  if (nextOrder > ORDER_COUNT) throw new Error('raise ORDER_COUNT');
  return orders.slice(nextOrder - count, nextOrder);
};

beforeAll(async () => {
  const [a, b] = await Promise.all([
    seedTenant(app(), { code: 'takahashi', orders: ORDER_COUNT, shops: [SHOP] }),
    seedTenant(app(), { code: 'other-co', shops: [] }),
  ]);
  tenant = a;
  orders = a.orderIds;
  cookieA = await signIn(app(), a.code, a.admin.username, a.admin.password);
  cookieB = await signIn(app(), b.code, b.admin.username, b.admin.password);
}, 60_000);

/**
 * The mall sends fixture order `id` again with other data, as the next import of its file would, through the app's own
 * command path: up to 発送待ち the order takes the change at once, past it the change waits for a person.
 */
async function reimport(id: string, data: MallOrderData): Promise<void> {
  const index = orders.indexOf(id);
  const result = await app()
    .container.get(TOKENS.Commands)
    .handle(
      orderDecider,
      streamName.order(id),
      {
        ...importOrder,
        mallData: data,
        orderId: id,
        tenantId: tenant.id,
        shopId: tenant.shops[0]!.id,
        orderNumber: `123456-20261130-000000${index}`,
        changeId: crypto.randomUUID(),
      },
      context({ tenantId: tenant.id, actor: 'system' }),
    );
  if (E.isLeft(result)) throw new Error(`re-import refused: ${JSON.stringify(result.left)}`);
}

const post = (path: string, body: unknown, cookie = cookieA) => call('POST', path, cookie, body);
const get = (path: string, cookie = cookieA) => call('GET', path, cookie);
const ok = (response: ApiResponse) => {
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
};

const movedOrderer = { ...orderer, city: '目黒区中目黒', street: '２－３－４', building: '㈱髙島ビル①' };
/** Order `id` moved past 発送待ち, then the mall sends a new address for it: a change that waits for a person. */
async function pendingChangeOn(id: string) {
  ok(await post(`/orders/${id}/commands/move`, { to: 'awaiting_documents' }));
  await reimport(id, { ...mallData, orderer: movedOrderer });
  return eventually(
    () => get(`/orders/${id}`),
    (r) => r.body?.pendingChange !== null,
    'the re-import did not reach the order',
  );
}
const listIds = async (filter: Record<string, unknown>, cookie = cookieA) =>
  ((await get(`/orders?${listQuery({ filter, range: [0, 99] })}`, cookie)).body as Array<{ id: string }>).map(
    (row) => row.id,
  );
const sorted = (ids: readonly string[]) => [...ids].sort();

describe('a change from the mall that waits for a person', () => {
  test('the order shows what the mall says now against what it holds, and cannot move on until confirmed', async () => {
    const [id] = takeOrders(1) as [string];
    const { body: order } = await pendingChangeOn(id);
    expect(order.pendingChange).toEqual({
      changeId: expect.any(String),
      changes: { orderer: { before: orderer, after: movedOrderer } },
      cancelledAtMall: false,
      amountProblems: [],
    });
    expect(order.mallData.orderer).toEqual(orderer);
    expect((await post(`/orders/${id}/commands/advance`, {})).body.error.code).toBe(
      'order.change_awaiting_confirmation',
    );

    const stale = await post(`/orders/${id}/commands/confirm-change`, { changeId: 'an-earlier-import' });
    expect(stale).toMatchObject({ status: 422, body: { error: { code: 'order.change_superseded' } } });

    const confirmed = ok(
      await post(`/orders/${id}/commands/confirm-change`, { changeId: order.pendingChange.changeId }),
    );
    expect(confirmed).toMatchObject({ pendingChange: null, mallData: { orderer: movedOrderer } });
    expect(ok(await post(`/orders/${id}/commands/advance`, {}))).toMatchObject({ status: 'awaiting_tracking_number' });
  });

  test('rejected in bulk with a reason: each order on its own, one with nothing waiting refused', async () => {
    const [waiting, nothingWaiting] = takeOrders(2) as [string, string];
    await pendingChangeOn(waiting);
    const bulk = ok(
      await post('/orders/commands/reject-change', {
        ids: [waiting, nothingWaiting],
        reason: '出荷済みのためモールへ連絡',
      }),
    );
    expect(bulk).toMatchObject({
      succeeded: 1,
      failed: 1,
      results: [
        { id: waiting, ok: true },
        { id: nothingWaiting, ok: false, status: 422, error: { code: 'order.no_pending_change' } },
      ],
    });
    expect(ok(await get(`/orders/${waiting}`))).toMatchObject({ pendingChange: null, mallData: { orderer } });
    const timeline = ok(await get(`/orders/${waiting}/timeline`)) as Array<{ type: string; data: unknown }>;
    expect(timeline.at(-1)).toMatchObject({
      type: 'OrderChangeRejected',
      data: { reason: '出荷済みのためモールへ連絡' },
    });
  });

  test('confirmed in bulk: each order takes the change waiting on it', async () => {
    const [first, second] = takeOrders(2) as [string, string];
    await pendingChangeOn(first);
    await pendingChangeOn(second);
    expect(ok(await post('/orders/commands/confirm-change', { ids: [first, second] }))).toMatchObject({
      succeeded: 2,
      failed: 0,
    });
    for (const id of [first, second])
      expect(ok(await get(`/orders/${id}`))).toMatchObject({
        pendingChange: null,
        mallData: { orderer: movedOrderer },
      });
  });

  test('a rejection needs a reason: 400 with the field path', async () => {
    const [id] = takeOrders(1) as [string];
    const blank = await post(`/orders/${id}/commands/reject-change`, { reason: '  ' });
    expect(blank).toMatchObject({
      status: 400,
      body: { error: { fields: [expect.objectContaining({ path: 'reason' })] } },
    });
    const bulk = await post('/orders/commands/reject-change', { ids: [id] });
    expect(bulk).toMatchObject({
      status: 400,
      body: { error: { fields: [expect.objectContaining({ path: 'reason' })] } },
    });
  });

  test("tenant B cannot confirm or reject tenant A's change: 404, and the change still waits", async () => {
    const [id] = takeOrders(1) as [string];
    const { body: order } = await pendingChangeOn(id);
    const changeId = order.pendingChange.changeId as string;
    expect((await post(`/orders/${id}/commands/confirm-change`, { changeId }, cookieB)).status).toBe(404);
    expect((await post(`/orders/${id}/commands/reject-change`, { reason: 'x' }, cookieB)).status).toBe(404);
    expect(ok(await post('/orders/commands/confirm-change', { ids: [id] }, cookieB))).toMatchObject({
      failed: 1,
      results: [{ id, ok: false, status: 404 }],
    });
    expect(await listIds({ pendingChange: true }, cookieB)).toEqual([]);
    expect(ok(await get(`/orders/${id}`))).toMatchObject({ pendingChange: { changeId } });
  });

  test('the list filters orders with a change waiting, and orders whose amounts do not add up', async () => {
    const [waiting, badAmounts] = takeOrders(2) as [string, string];
    await pendingChangeOn(waiting);
    // Before 発送待ち the change is taken at once, and amounts that do not add up are recorded as a problem.
    await reimport(badAmounts, { ...mallData, amounts: { ...mallData.amounts, goods: 4000 } });
    const withProblems = await eventually(
      () => listIds({ amountProblems: true }),
      (ids) => ids.includes(badAmounts),
    );
    expect(withProblems).toEqual([badAmounts]);
    expect(sorted(await listIds({ pendingChange: true }))).toContain(waiting);
    expect(await listIds({ pendingChange: true })).not.toContain(badAmounts);
    expect(await listIds({ pendingChange: false })).not.toContain(waiting);
    expect(await listIds({ amountProblems: false })).not.toContain(badAmounts);
    const rows = (await get(`/orders?${listQuery({ filter: { amountProblems: true } })}`)).body;
    expect(rows[0]).toMatchObject({ id: badAmounts, amountProblems: true, changeAwaitingConfirmation: false });
    const bad = await get(`/orders?${listQuery({ filter: { pendingChange: 'yes' } })}`);
    expect(bad).toMatchObject({
      status: 400,
      body: { error: { fields: [expect.objectContaining({ path: 'filter.pendingChange' })] } },
    });
  });
});

describe('the shop edits: shipping plan, slip note, individual message', () => {
  test('a shipping plan sets only the parts given; null clears one', async () => {
    const [id] = takeOrders(1) as [string];
    const dated = ok(await post(`/orders/${id}/commands/set-shipping-plan`, { plannedShipDate: '2026-12-04' }));
    expect(dated.shopData).toMatchObject({
      shipping: { carrier: 'yamato', slipType: '発払い' },
      plannedShipDate: '2026-12-04',
    });
    const carried = ok(
      await post(`/orders/${id}/commands/set-shipping-plan`, {
        shipping: { carrier: 'sagawa', slipType: '飛脚宅配便' },
      }),
    );
    expect(carried.shopData).toMatchObject({
      shipping: { carrier: 'sagawa', slipType: '飛脚宅配便' },
      plannedShipDate: '2026-12-04',
    });
    const cleared = ok(await post(`/orders/${id}/commands/set-shipping-plan`, { plannedShipDate: null }));
    expect(cleared.shopData).toMatchObject({ shipping: { carrier: 'sagawa' }, plannedShipDate: null });
    const rows = await eventually(
      () => get(`/orders?${listQuery({ filter: { carrier: 'sagawa' } })}`),
      (r) => r.body.some((row: { id: string }) => row.id === id),
    );
    expect(rows.body.find((row: { id: string }) => row.id === id)).toMatchObject({ plannedShipDate: null });
  });

  test('a shipping plan in bulk: each order on its own, a cancelled one refused', async () => {
    const [open, cancelled] = takeOrders(2) as [string, string];
    ok(await post(`/orders/${cancelled}/commands/cancel`, { reason: 'お客様都合' }));
    const bulk = ok(
      await post('/orders/commands/set-shipping-plan', {
        ids: [open, cancelled],
        shipping: { carrier: 'japanpost', slipType: 'ゆうパケット' },
        plannedShipDate: '2026-12-07',
      }),
    );
    expect(bulk).toMatchObject({
      succeeded: 1,
      failed: 1,
      results: [
        { id: open, ok: true },
        { id: cancelled, ok: false, status: 422, error: { code: 'order.cancelled' } },
      ],
    });
    expect(ok(await get(`/orders/${open}`)).shopData).toMatchObject({
      shipping: { carrier: 'japanpost', slipType: 'ゆうパケット' },
      plannedShipDate: '2026-12-07',
    });
  });

  test('a bad shipping plan is 400 with the field path', async () => {
    const [id] = takeOrders(1) as [string];
    const badDate = await post(`/orders/${id}/commands/set-shipping-plan`, { plannedShipDate: '2026/12/04' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.fields.map((f: { path: string }) => f.path)).toContain('plannedShipDate');
    const badCarrier = await post('/orders/commands/set-shipping-plan', {
      ids: [id],
      shipping: { carrier: 'kuroneko', slipType: '発払い' },
    });
    expect(badCarrier.status).toBe(400);
    expect(badCarrier.body.error.fields.map((f: { path: string }) => f.path)).toContain('shipping.carrier');
  });

  test('the slip note, single and in bulk; refused once slips may be printed', async () => {
    const [single, open, printed] = takeOrders(3) as [string, string, string];
    expect(
      ok(await post(`/orders/${single}/commands/edit-slip-note`, { slipNote: '天地無用～ワレモノ①' })).shopData,
    ).toMatchObject({
      slipNote: '天地無用～ワレモノ①',
    });
    ok(await post(`/orders/${printed}/commands/move`, { to: 'awaiting_tracking_number' }));
    const bulk = ok(await post('/orders/commands/edit-slip-note', { ids: [open, printed], slipNote: '' }));
    expect(bulk).toMatchObject({
      succeeded: 1,
      failed: 1,
      results: [
        { id: open, ok: true },
        { id: printed, ok: false, status: 422, error: { code: 'order.slip_printed' } },
      ],
    });
    expect(ok(await get(`/orders/${open}`)).shopData.slipNote).toBe('');
    expect(ok(await get(`/orders/${printed}`)).shopData.slipNote).toBe('ワレモノ注意');
    const bad = await post(`/orders/${single}/commands/edit-slip-note`, { slipNote: 5 });
    expect(bad).toMatchObject({
      status: 400,
      body: { error: { fields: [expect.objectContaining({ path: 'slipNote' })] } },
    });
  });

  test('the individual message, single and in bulk; 400 with the field path; refused for another tenant', async () => {
    const [first, second] = takeOrders(2) as [string, string];
    const message = '髙橋様\nいつもありがとうございます①';
    expect(
      ok(await post(`/orders/${first}/commands/edit-individual-message`, { individualMessage: message })).shopData,
    ).toMatchObject({ individualMessage: message });
    expect(
      ok(
        await post('/orders/commands/edit-individual-message', {
          ids: [first, second],
          individualMessage: 'またのご利用を',
        }),
      ),
    ).toMatchObject({ succeeded: 2, failed: 0 });
    expect(ok(await get(`/orders/${second}`)).shopData.individualMessage).toBe('またのご利用を');
    const bad = await post('/orders/commands/edit-individual-message', { ids: [first], individualMessage: null });
    expect(bad).toMatchObject({
      status: 400,
      body: { error: { fields: [expect.objectContaining({ path: 'individualMessage' })] } },
    });
    expect(
      (await post(`/orders/${first}/commands/edit-individual-message`, { individualMessage: 'x' }, cookieB)).status,
    ).toBe(404);
  });
});
