/**
 * 「同梱候補とまとめる」 through the real app with its policies running: a real-layout BASE file imported with the rule
 * merges the buyer's two open orders (not the one the mall cancelled), each order's history naming the rule; a replay of
 * the requests after staff split the bundle merges nothing again. A re-import that changes one of them shows on the
 * bundle of both; the same file again shows nothing.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { automaticBundlesPolicy } from '../../../application/policies/automatic-bundles-policy';
import { loadOrder } from '../../../application/orders/load-order';
import type { AutomationRule } from '../../../domain/automation/rule';
import type { OrderBundleRequested } from '../../../domain/order/events';
import { importedOrderIdFor } from '../../../domain/shared/ids';
import { TOKENS } from '../../../infrastructure/container';
import { silentLog } from '../../../application/ports/log';
import type { DecodedEvent } from '../../../application/events/event-registry';
import { apiCaller, signIn } from '../../support/api-client';
import { eventually } from '../../support/eventually';
import { inProcessAppForThisFile } from '../../support/in-process-app';
import { seedTenant, type Tenant } from '../../support/tenant-fixture';

const FIXTURE = path.join(__dirname, '../../fixtures/import/base-orders.csv');
/** The fixture with its bad row's tax rate (5%) made a real one: three orders of one buyer to one place. */
const download = async () => (await readFile(FIXTURE, 'utf8')).replace('"1080","5%"', '"1080","8%"');
const app = inProcessAppForThisFile({ policies: true });

const sameBuyer: AutomationRule = {
  id: 'same-buyer',
  name: '同じお客様はまとめる',
  enabled: true,
  stop: false,
  conditions: { match: 'all', groups: [] },
  actions: [{ kind: 'bundle' }],
};

let tenant: Tenant;
let cookie: string;
const call = (method: string, url: string, body?: unknown) => apiCaller(app())(method, url, cookie, body);
const idOf = (orderNumber: string) => importedOrderIdFor(tenant.id, tenant.shops[0]!.id, orderNumber);
const sorted = (ids: readonly string[]) => [...ids].sort();

type TimelineEntry = { type: string; data: { bundleId?: string }; rule: { id: string; name: string } | null };
const timelineOf = async (orderId: string): Promise<TimelineEntry[]> =>
  (await call('GET', `/orders/${orderId}/timeline`)).body;

async function importBaseFile(text: string) {
  const form = new FormData();
  form.append('shopId', tenant.shops[0]!.id);
  form.append('format', 'base');
  form.append('files', new Blob([new TextEncoder().encode(text)]), 'base-orders.csv');
  const response = await fetch(`${app().url}/api/imports`, { method: 'POST', headers: { cookie }, body: form });
  expect(response.status).toBe(201);
  return response.json();
}

beforeAll(async () => {
  tenant = await seedTenant(app(), {
    code: 'auto-bundle',
    shops: [{ code: 'base-main', mall: 'base', name: '髙橋商店 BASE店' }],
  });
  cookie = await signIn(app(), tenant.code, tenant.admin.username, tenant.admin.password);
  const { id: _id, ...rule } = sameBuyer;
  expect((await call('PUT', `/automation-rules/${sameBuyer.id}`, { rule })).status).toBe(200);
  expect(await importBaseFile(await download())).toMatchObject({ status: 'completed', imported: 3 });
}, 120_000);

describe('a rule merges the buyer’s orders', () => {
  test('the two open orders ship as one bundle, the cancelled one stays out, the history names the rule', async () => {
    const [first, cancelled, third] = ['A1B2C3D4E5F6G7H1', 'A1B2C3D4E5F6G7H2', 'A1B2C3D4E5F6G7H3'].map(idOf) as [
      string,
      string,
      string,
    ];
    const page = await eventually(
      async () => (await call('GET', `/orders/${first}`)).body,
      (body) => body.bundle !== null,
      'the rule did not merge the orders',
    );
    expect(sorted(page.bundle.orders.map((o: { id: string }) => o.id))).toEqual(sorted([first, third]));
    expect((await call('GET', `/orders/${cancelled}`)).body.bundle).toBeNull();
    for (const id of [first, third]) {
      const merges = (await timelineOf(id)).filter((e) => e.type === 'OrderBundled');
      expect(merges).toHaveLength(1);
      expect(merges[0]!.rule).toEqual({ id: sameBuyer.id, name: sameBuyer.name });
    }
    // The request itself is the rule's at intake: what the dry run lists as 「同梱候補とまとめる」.
    expect((await timelineOf(first)).filter((e) => e.type === 'OrderBundleRequested')).toHaveLength(1);
  });

  test('a re-import shows on the merged parcel only when it changes an order of it', async () => {
    const [first, third] = ['A1B2C3D4E5F6G7H1', 'A1B2C3D4E5F6G7H3'].map(idOf) as [string, string];
    const bundleOf = async (id: string) => (await call('GET', `/orders/${id}`)).body.bundle;
    await eventually(
      () => bundleOf(third),
      (bundle) => bundle !== null,
      'the rule did not merge the orders',
    );
    expect(await importBaseFile(await download())).toMatchObject({ status: 'completed', imported: 0, updated: 0 });
    for (const id of [first, third]) expect(await bundleOf(id)).toMatchObject({ changedAtMall: [], outdated: [] });
    // The buyer ordered two of the third order's item instead of one.
    const twoOfThem = (await download()).replace('"1080","8%","1","1080"', '"1080","8%","2","2160"');
    expect(await importBaseFile(twoOfThem)).toMatchObject({ status: 'completed', updated: 1 });
    await app().readModelsCaughtUp();
    for (const id of [first, third])
      expect((await bundleOf(id)).changedAtMall).toEqual([{ orderId: third, orderNumber: 'A1B2C3D4E5F6G7H3' }]);
    expect((await timelineOf(third)).map((e) => e.type)).toContain('BundledOrderChangedAtMall');
  });

  test('requests replayed after staff split the bundle merge nothing again', async () => {
    const first = idOf('A1B2C3D4E5F6G7H1');
    const third = idOf('A1B2C3D4E5F6G7H3');
    await eventually(
      async () => (await call('GET', `/orders/${third}`)).body,
      (body) => body.bundle !== null,
      'the rule did not merge the orders',
    );
    expect((await call('POST', `/orders/${first}/commands/unbundle`)).status).toBe(200);
    const container = app().container;
    const store = container.get(TOKENS.EventStore);
    const registry = container.get(TOKENS.Registry);
    const policy = automaticBundlesPolicy({
      store,
      registry,
      pipeline: container.get(TOKENS.Pipeline),
      db: container.get(TOKENS.Db),
      readModels: container.get(TOKENS.ReadModelWaiter),
      log: silentLog,
    });
    const requests = [];
    for (const id of [first, third])
      requests.push(
        ...(await loadOrder(store, registry, id)).events.filter((e) => e.event.type === 'OrderBundleRequested'),
      );
    expect(requests).toHaveLength(2);
    await policy.apply(undefined as never, requests as DecodedEvent<OrderBundleRequested>[]);
    await app().readModelsCaughtUp();
    for (const id of [first, third]) {
      expect((await call('GET', `/orders/${id}`)).body.bundle).toBeNull();
      expect((await timelineOf(id)).filter((e) => e.type === 'OrderBundled')).toHaveLength(1);
    }
  });
});
