import { signIn } from '../support/api-client';
import { eventually } from '../support/eventually';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
let cookieA: string;
let cookieB: string;
/** Each test moves only its own orders: 0 is never moved, the others as named where they are used. */
let orders: readonly string[] = [];
const ORDER_COUNT = 8;

beforeAll(async () => {
  const [a, b] = await Promise.all([
    seedTenant(app(), { code: 'takahashi', orders: ORDER_COUNT }),
    seedTenant(app(), { code: 'other-co' }),
  ]);
  orders = a.orderIds;
  cookieA = await signIn(app(), a.code, a.admin.username, a.admin.password);
  cookieB = await signIn(app(), b.code, b.admin.username, b.admin.password);
}, 60_000);

const api = (path: string, cookie: string, body?: unknown) =>
  fetch(`${app().url}/api${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('orders API', () => {
  test('an order is rebuilt from its stream with its revision', async () => {
    const order = (await (await api(`/orders/${orders[0]}`, cookieA)).json()) as {
      status: string;
      revision: number;
      orderNumber: string;
    };
    expect(order).toMatchObject({ status: 'new', revision: 0, orderNumber: '123456-20261130-0000000' });
  });

  test('a command moves the order along its route and answers with the new state', async () => {
    const response = await api(`/orders/${orders[1]}/commands/advance`, cookieA, {});
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'awaiting_payment', revision: 1 });
  });

  test('hold and release return the order to where it was; the timeline shows each step with who did it', async () => {
    const order = orders[2];
    expect((await api(`/orders/${order}/commands/advance`, cookieA, {})).status).toBe(200);
    expect(
      await (await api(`/orders/${order}/commands/hold`, cookieA, { box: 3, reason: '住所確認中（番地なし）' })).json(),
    ).toMatchObject({ status: 'held' });
    expect(await (await api(`/orders/${order}/commands/release`, cookieA, {})).json()).toMatchObject({
      status: 'awaiting_payment',
    });
    const timeline = (await (await api(`/orders/${order}/timeline`, cookieA)).json()) as Array<{
      type: string;
      actor: string;
      actorName: string | null;
    }>;
    expect(timeline.map((e) => e.type)).toEqual(['OrderImported', 'OrderStatusAdvanced', 'OrderHeld', 'OrderReleased']);
    expect(timeline[0]).toMatchObject({ actor: 'system', actorName: null });
    expect(timeline[2]).toMatchObject({ actorName: 'owner' });
  });

  test('the order as it was at a past moment', async () => {
    const order = orders[3];
    expect((await api(`/orders/${order}/commands/advance`, cookieA, {})).status).toBe(200);
    const timeline = (await (await api(`/orders/${order}/timeline`, cookieA)).json()) as Array<{ at: string }>;
    const then = (await (await api(`/orders/${order}?at=${encodeURIComponent(timeline[0]!.at)}`, cookieA)).json()) as {
      status: string;
      revision: number;
    };
    expect(then).toMatchObject({ status: 'new', revision: 0 });
    expect(await (await api(`/orders/${order}`, cookieA)).json()).toMatchObject({ status: 'awaiting_payment' });
    expect((await api(`/orders/${order}?at=yesterday-ish`, cookieA)).status).toBe(400);
  });

  test('a stale edit is 409 with the current revision; an illegal move is 422 with the reason', async () => {
    const stale = await api(`/orders/${orders[4]}/commands/add-tag`, cookieA, { tag: '要確認', expectedRevision: 7 });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ currentRevision: 0 });
    const illegal = await api(`/orders/${orders[4]}/commands/release`, cookieA, {});
    expect(illegal.status).toBe(422);
    expect(((await illegal.json()) as { error: { ja: string } }).error.ja).toMatch(/保留/);
  });

  test('bad bodies are 400 with the field path; an unknown command is 404', async () => {
    const bad = await api(`/orders/${orders[4]}/commands/hold`, cookieA, { box: 31, reason: 'x' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { fields: [expect.objectContaining({ path: 'box' })] } });
    expect((await api(`/orders/${orders[4]}/commands/explode`, cookieA, {})).status).toBe(404);
  });

  test('a bulk action applies to each order on its own and reports each result', async () => {
    const response = await api('/orders/commands/add-tag', cookieA, {
      ids: [orders[5], orders[6], 'not-an-order'],
      tag: 'セール①',
    });
    expect(await response.json()).toMatchObject({
      succeeded: 2,
      failed: 1,
      results: [
        { id: orders[5], ok: true },
        { id: orders[6], ok: true },
        { id: 'not-an-order', ok: false, status: 404 },
      ],
    });
  });

  test("tenant B gets 404 for tenant A's order, for reading and for commands alike", async () => {
    expect((await api(`/orders/${orders[0]}`, cookieB)).status).toBe(404);
    expect((await api(`/orders/${orders[0]}/timeline`, cookieB)).status).toBe(404);
    expect((await api(`/orders/${orders[0]}/commands/cancel`, cookieB, { reason: 'x' })).status).toBe(404);
    const bulk = (await (await api('/orders/commands/cancel', cookieB, { ids: [orders[0]], reason: 'x' })).json()) as {
      failed: number;
    };
    expect(bulk.failed).toBe(1);
    expect(await (await api(`/orders/${orders[0]}`, cookieA)).json()).toMatchObject({ status: 'new' });
  });

  test('the order list: paged with Content-Range, searchable by a half-width kana fragment, counted per status', async () => {
    const list = async (query: string) => {
      const response = await api(`/orders?${query}`, cookieA);
      return {
        status: response.status,
        range: response.headers.get('content-range'),
        rows: (await response.json()) as Array<{ id: string; status: string }>,
      };
    };
    expect((await list('range=[0,1]')).range).toBe(`orders 0-1/${ORDER_COUNT}`);
    // Small totals are exact; the header that would label an estimate is exposed to the admin but not sent.
    const exact = await api('/orders?range=[0,1]', cookieA);
    expect(exact.headers.get('x-total-count-estimated')).toBeNull();
    expect(exact.headers.get('access-control-expose-headers')).toContain('X-Total-Count-Estimated');
    const byKana = await list(`filter=${encodeURIComponent(JSON.stringify({ q: 'ﾀｶﾊｼ' }))}`);
    expect(byKana.rows).toHaveLength(ORDER_COUNT);
    const byStatus = await list(`filter=${encodeURIComponent(JSON.stringify({ status: 'new' }))}`);
    expect(byStatus.rows.every((row) => row.status === 'new')).toBe(true);
    const counts = (await (await api('/order-status-counts', cookieA)).json()) as Record<string, number>;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(ORDER_COUNT);
    expect((await list(`filter=${encodeURIComponent(JSON.stringify({ orderedFrom: 'someday' }))}`)).status).toBe(400);
    expect((await list('sort=["password","ASC"]')).status).toBe(400);
    const other = await api(`/orders?filter=${encodeURIComponent(JSON.stringify({ q: 'ﾀｶﾊｼ' }))}`, cookieB);
    expect(other.headers.get('content-range')).toBe('orders 0-0/0');
  });

  test('the operation history lists who did what, newest first, for the own tenant only', async () => {
    type Entry = { eventType: string; actorName: string | null; streamName: string };
    const order = orders[7];
    expect((await api(`/orders/${order}/commands/hold`, cookieA, { box: 1, reason: '在庫確認' })).status).toBe(200);
    const history = async (cookie: string) =>
      (await (await api('/operation-history?range=[0,99]', cookie)).json()) as Entry[];
    const held = (rows: Entry[]) => rows.find((r) => r.eventType === 'OrderHeld' && r.streamName === `order-${order}`);
    const mine = await eventually(
      () => history(cookieA),
      (rows) => held(rows) !== undefined,
    );
    expect(held(mine)).toMatchObject({ actorName: 'owner' });
    const theirs = await history(cookieB);
    expect(theirs.filter((r) => r.streamName.startsWith('order-'))).toEqual([]);
    expect(
      (await api(`/operation-history?filter=${encodeURIComponent(JSON.stringify({ from: 'whenever' }))}`, cookieA))
        .status,
    ).toBe(400);
  });

  test('without sign-in the orders API is 401', async () => {
    expect((await fetch(`${app().url}/api/orders/${orders[0]}`)).status).toBe(401);
  });
});
