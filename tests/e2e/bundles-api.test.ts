/**
 * 同梱 over the API: the candidates (GET /api/bundle-candidates and the order page), merge and split through the one
 * command pipeline, their refusals, a merge that died between streams finished by its retry, and tenants apart.
 */
import { randomUUID } from 'node:crypto';
import { bundleIdFor, importedOrderIdFor, streamName } from '../../domain/shared/ids';
import { orderDecider } from '../../domain/order/order';
import { orderDeciderFor } from '../../application/orders/tenant-orders';
import type { Person } from '../../domain/order/order-data';
import { TOKENS } from '../../infrastructure/container';
import { apiCaller, signIn } from '../support/api-client';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { importOrder, recipient } from '../support/order-fixtures';
import { seedTenant, type Tenant } from '../support/tenant-fixture';
import { context } from '../support/write-side';

const app = inProcessAppForThisFile();

/** An order of `shop` for `to`, imported through the real command path. */
async function importFor(tenant: Tenant, shopIndex: number, orderNumber: string, to: Person = recipient) {
  const shop = tenant.shops[shopIndex]!;
  const orderId = importedOrderIdFor(tenant.id, shop.id, orderNumber);
  const mallData = {
    ...importOrder.mallData,
    destinations: [{ ...importOrder.mallData.destinations[0]!, recipient: to }],
  };
  const result = await app()
    .container.get(TOKENS.Commands)
    .handle(
      orderDecider,
      streamName.order(orderId),
      { ...importOrder, orderId, tenantId: tenant.id, shopId: shop.id, mall: shop.mall, orderNumber, mallData },
      context({ tenantId: tenant.id, actor: 'system' }),
    );
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left));
  return orderId;
}

// The same recipient as the fixture's, typed as another mall sends it: full-width digits, 高 for 髙, spaces.
const retyped: Person = {
  ...recipient,
  name: '㈱高島商店　御中',
  postalCode: '５３０－０００１',
  street: '３丁目１番',
  phone: '０６－１２３４－５６７８',
};

let a: Tenant;
let b: Tenant;
let cookieA: string;
let cookieB: string;
let yahooOrder: string;
let elsewhere: string;
const callA = (method: string, url: string, body?: unknown, headers?: Record<string, string>) =>
  apiCaller(app())(method, url, cookieA, body, headers);
const callB = (method: string, url: string, body?: unknown) => apiCaller(app())(method, url, cookieB, body);
const idsOf = (groups: { orders: { id: string }[] }[]) => groups.map((g) => g.orders.map((o) => o.id).sort());
const sorted = (ids: readonly string[]) => [...ids].sort();

beforeAll(async () => {
  a = await seedTenant(app(), { code: 'bundle-a', orders: 4 });
  b = await seedTenant(app(), { code: 'bundle-b', orders: 2 });
  yahooOrder = await importFor(a, 1, 'yahoo-0001', retyped);
  elsewhere = await importFor(a, 0, 'rakuten-other', { ...recipient, street: '3丁目2番' });
  await app().readModelsCaughtUp();
  cookieA = await signIn(app(), a.code, a.admin.username, a.admin.password);
  cookieB = await signIn(app(), b.code, b.admin.username, b.admin.password);
});

describe('同梱候補', () => {
  test('one group per recipient and place within one mall; another tenant sees only its own', async () => {
    const listed = await callA('GET', '/bundle-candidates');
    expect(listed.status).toBe(200);
    expect(idsOf(listed.body)).toEqual([sorted(a.orderIds)]);
    expect(listed.body[0].mall).toBe('rakuten');
    expect(listed.body[0].orders[0]).toMatchObject({ orderNumber: expect.any(String), billed: 4720 });
    const other = await callB('GET', '/bundle-candidates');
    expect(idsOf(other.body)).toEqual([sorted(b.orderIds)]);
  });

  test('across malls when the tenant allows it, the same recipient however it was typed', async () => {
    expect((await callA('PUT', '/bundling-settings', { bundleAcrossMalls: true })).body).toEqual({
      id: 'bundling',
      bundleAcrossMalls: true,
    });
    expect(idsOf((await callA('GET', '/bundle-candidates')).body)).toEqual([sorted([...a.orderIds, yahooOrder])]);
    expect((await callB('GET', '/bundling-settings')).body.bundleAcrossMalls).toBe(false);
    await callA('PUT', '/bundling-settings', { bundleAcrossMalls: false });
    expect(idsOf((await callA('GET', '/bundle-candidates')).body)).toEqual([sorted(a.orderIds)]);
  });

  test('the order page lists its candidates and no bundle', async () => {
    const page = await callA('GET', `/orders/${a.orderIds[0]}`);
    expect(page.body.bundle).toBeNull();
    expect(sorted(page.body.bundleCandidates.map((o: { id: string }) => o.id))).toEqual(sorted(a.orderIds.slice(1)));
    expect((await callA('GET', `/orders/${elsewhere}`)).body.bundleCandidates).toEqual([]);
  });
});

describe('merge and split', () => {
  test('refusals write nothing: one order, another tenant’s, a cancelled one', async () => {
    const [first, second, , fourth] = a.orderIds as [string, string, string, string];
    const one = await callA('POST', '/orders/commands/bundle', { ids: [first] });
    expect([one.status, one.body.error.code]).toEqual([422, 'bundle.too_few']);
    const foreign = await callA('POST', '/orders/commands/bundle', { ids: [first, b.orderIds[0]] });
    expect([foreign.status, foreign.body.error.code]).toEqual([404, 'order.not_found']);
    expect((await callA('POST', `/orders/${fourth}/commands/cancel`, { reason: 'テスト' })).status).toBe(200);
    const cancelled = await callA('POST', '/orders/commands/bundle', { ids: [first, second, fourth] });
    expect([cancelled.status, cancelled.body.error.code]).toEqual([422, 'bundle.cancelled']);
    expect(cancelled.body.error.ja).toContain('123456-20261130-0000003');
    for (const id of [first, second]) expect((await callA('GET', `/orders/${id}`)).body.bundle).toBeNull();
  });

  test('two orders merged: each shows the bundle with both numbers, and they leave the candidates', async () => {
    const [first, second, third] = a.orderIds as [string, string, string];
    const merged = await callA('POST', '/orders/commands/bundle', { ids: [second, first] });
    expect(merged.status).toBe(200);
    expect(merged.body.orderIds).toEqual(sorted([first, second]));
    for (const id of [first, second]) {
      const page = (await callA('GET', `/orders/${id}`)).body;
      expect(page.bundle.bundleId).toBe(merged.body.bundleId);
      expect(page.bundle.orders.map((o: { orderNumber: string }) => o.orderNumber).sort()).toEqual([
        '123456-20261130-0000000',
        '123456-20261130-0000001',
      ]);
      expect(page.bundleCandidates).toEqual([]);
    }
    expect((await callA('GET', `/orders/${third}`)).body.bundleCandidates).toEqual([]);
    expect(idsOf((await callA('GET', '/bundle-candidates')).body)).toEqual([]);
    const again = await callA('POST', '/orders/commands/bundle', { ids: [first, third] });
    expect([again.status, again.body.error.code]).toEqual([409, 'bundle.already_bundled']);
    // Another tenant can neither split it nor see it.
    expect((await callB('POST', `/orders/${first}/commands/unbundle`)).status).toBe(404);
  });

  test('split undoes the merge on every order; a second split is refused', async () => {
    const [first, second] = a.orderIds as [string, string];
    const split = await callA('POST', `/orders/${second}/commands/unbundle`);
    expect(split.status).toBe(200);
    expect(sorted(split.body.orderIds)).toEqual(sorted([first, second]));
    for (const id of [first, second]) expect((await callA('GET', `/orders/${id}`)).body.bundle).toBeNull();
    const twice = await callA('POST', `/orders/${first}/commands/unbundle`);
    expect([twice.status, twice.body.error.code]).toEqual([409, 'bundle.not_bundled']);
    expect(idsOf((await callA('GET', '/bundle-candidates')).body)).toEqual([sorted(a.orderIds.slice(0, 3))]);
  });

  test('a merge that stopped after one order is finished by its retry with the same Idempotency-Key', async () => {
    const [first, , third] = a.orderIds as [string, string, string];
    const key = randomUUID();
    const merging = sorted([first, third]);
    // What the process had written when it died: the first order's OrderBundled, under the request's command id.
    const pipeline = app().container.get(TOKENS.Pipeline);
    await pipeline.run(
      {
        decider: orderDeciderFor,
        streamName: streamName.order(merging[0]!),
        command: { type: 'BundleOrder', bundleId: bundleIdFor(merging), orderIds: merging },
        commandName: 'BundleOrder',
      },
      {
        tenantId: a.id,
        actor: a.admin.id,
        correlationId: randomUUID(),
        idempotencyKey: `${a.id}/${a.admin.id}/${key}`,
      },
    );
    const retried = await callA('POST', '/orders/commands/bundle', { ids: [first, third] }, { 'Idempotency-Key': key });
    expect(retried.status).toBe(200);
    for (const id of merging) {
      expect((await callA('GET', `/orders/${id}`)).body.bundle.bundleId).toBe(bundleIdFor(merging));
      const timeline = (await callA('GET', `/orders/${id}/timeline`)).body as { data: { bundleId?: string } }[];
      expect(timeline.filter((e) => e.data.bundleId === bundleIdFor(merging))).toHaveLength(1);
    }
  });

  test('split is refused once the parcel has its tracking number', async () => {
    const [first] = a.orderIds as [string];
    const numbered = await callA('POST', `/orders/${first}/commands/set-tracking-number`, {
      destinationIndex: 0,
      carrier: 'yamato',
      trackingNumber: '444413758703',
    });
    expect(numbered.status).toBe(200);
    const split = await callA('POST', `/orders/${first}/commands/unbundle`);
    expect([split.status, split.body.error.code]).toEqual([422, 'bundle.shipped']);
    expect((await callA('GET', `/orders/${first}`)).body.bundle).not.toBeNull();
  });
});
