/**
 * Checks and automation rules at intake, through the real app: a real-layout 楽天 file imported with a saved rule and
 * check settings holds its orders with the reasons staff read, the rule named in the history; another tenant is not
 * touched; the dry run lists what a rule would do, changes nothing, and what it lists is what the rule then does.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { recheckOrder } from '../../application/automation/recheck-order';
import { ruleEventWords } from '../../application/automation/rule-event-words';
import type { AutomationRule } from '../../domain/automation/rule';
import type { OrderEvent } from '../../domain/order/events';
import { TOKENS } from '../../infrastructure/container';
import { apiCaller, listQuery, signIn } from '../support/api-client';
import { runCli } from '../support/cli';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { phoneOrderer } from '../support/phone-order';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const FIXTURE = path.join(__dirname, '../fixtures/import/rakuten-rms.csv');
const app = inProcessAppForThisFile();

/** 楽天 orders are checked by hand: tagged and held in box 3. */
const rakutenRule: AutomationRule = {
  id: 'rakuten-check',
  name: '高額代引',
  enabled: true,
  stop: false,
  conditions: { match: 'all', groups: [{ match: 'all', conditions: [{ field: 'mall', malls: ['rakuten'] }] }] },
  actions: [
    { kind: 'tag', tag: '要確認①' },
    { kind: 'hold', box: 3, reason: '高額代引のため確認' },
  ],
};

/** The rule being edited: not saved while it is dry-run. */
const candidate: AutomationRule = {
  id: 'leaflet',
  name: 'チラシ同梱',
  enabled: true,
  stop: false,
  conditions: { match: 'all', groups: [{ match: 'all', conditions: [{ field: 'mall', malls: ['rakuten'] }] }] },
  actions: [
    { kind: 'tag', tag: 'チラシ' },
    { kind: 'slip_note', text: '天地無用' },
    { kind: 'add_item', sku: 'LEAF-01', name: '冬のチラシ', unitPrice: 0, quantity: 1, taxRate: 10 },
    { kind: 'hold', box: 5, reason: 'チラシ確認' },
  ],
};

interface Session {
  tenant: Tenant;
  cookie: string;
}
const sessions: Record<'a' | 'b' | 'fresh', Session> = {} as never;
const call = (who: keyof typeof sessions, method: string, url: string, body?: unknown) =>
  apiCaller(app())(method, url, sessions[who].cookie, body);
const rakutenShop = (who: keyof typeof sessions) => sessions[who].tenant.shops.find((s) => s.mall === 'rakuten')!.id;
const ruleBody = ({ id: _id, ...rule }: AutomationRule) => ({ rule });

const importRakutenFile = async (who: keyof typeof sessions) => {
  const form = new FormData();
  form.append('shopId', rakutenShop(who));
  form.append('format', 'rakuten');
  form.append('files', new Blob([new Uint8Array(await readFile(FIXTURE))]), 'rakuten-rms.csv');
  const response = await fetch(`${app().url}/api/imports`, {
    method: 'POST',
    headers: { cookie: sessions[who].cookie },
    body: form,
  });
  expect(response.status).toBe(201);
  expect(await response.json()).toMatchObject({ status: 'completed', imported: 3 });
  await app().readModelsCaughtUp();
};

/** The shop holds on remarks (box 4) and checks everything else as a warning. */
const useCheckSettings = async (who: keyof typeof sessions) => {
  const shopId = rakutenShop(who);
  const { body: current } = await call(who, 'GET', `/check-settings/${shopId}`);
  const { id: _id, shopCode: _c, shopName: _n, mall: _m, custom: _custom, ...defaults } = current;
  const saved = await call(who, 'PUT', `/check-settings/${shopId}`, {
    ...defaults,
    checks: { ...defaults.checks, remarks: { mode: 'hold', box: 4 } },
    remarkKeywords: [],
  });
  expect(saved.status).toBe(200);
};

type ListedOrder = { id: string; orderNumber: string; status: string; heldBox: number | null; checkKinds: string[] };
const listOrders = async (who: keyof typeof sessions, filter: object = {}): Promise<ListedOrder[]> =>
  (await call(who, 'GET', `/orders?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,99]`)).body;

type TimelineEntry = { type: string; data: unknown; rule: { id: string; name: string } | null };
const ruleWords = async (who: keyof typeof sessions, orderId: string, ruleId: string) =>
  ((await call(who, 'GET', `/orders/${orderId}/timeline`)).body as TimelineEntry[])
    .filter((entry) => entry.rule?.id === ruleId)
    .map((entry) => ruleEventWords({ type: entry.type, data: entry.data } as OrderEvent));

beforeAll(async () => {
  const [a, b, fresh] = await Promise.all([
    seedTenant(app(), { code: 'takahashi' }),
    seedTenant(app(), { code: 'other-co' }),
    seedTenant(app(), { code: 'fresh-shop' }),
  ]);
  for (const [who, tenant] of [
    ['a', a],
    ['b', b],
    ['fresh', fresh],
  ] as const)
    sessions[who] = { tenant, cookie: await signIn(app(), tenant.code, tenant.admin.username, tenant.admin.password) };
  expect((await call('a', 'PUT', `/automation-rules/${rakutenRule.id}`, ruleBody(rakutenRule))).status).toBe(200);
  await useCheckSettings('a');
  await importRakutenFile('a');
  await importRakutenFile('b');
}, 120_000);

describe('intake automation on import', () => {
  test('orders are held with their reasons: a check hold first, the rule hold for the others', async () => {
    const orders = await listOrders('a');
    expect(orders).toHaveLength(3);
    const byCheck = orders.filter((o) => o.checkKinds.includes('remarks'));
    // The file's third order was cancelled at the mall: it takes the tag but no hold.
    const cancelled = orders.filter((o) => o.status === 'cancelled');
    expect(cancelled).toHaveLength(1);
    const byRule = orders.filter((o) => !o.checkKinds.includes('remarks') && o.status !== 'cancelled');
    expect(byCheck.length).toBeGreaterThan(0);
    expect(byRule.length).toBeGreaterThan(0);
    for (const order of byCheck) {
      expect(order).toMatchObject({ status: 'held', heldBox: 4 });
      const { body } = await call('a', 'GET', `/orders/${order.id}`);
      expect(body.hold.reason).toMatchObject({ source: 'check', ref: 'remarks' });
      const remarks = body.checks.find((c: { finding: { check: string } }) => c.finding.check === 'remarks');
      expect(remarks).toMatchObject({ outcome: 'hold', accepted: false, sentence: expect.any(String) });
      expect(body.hold.reason.text).toBe(remarks.sentence);
    }
    for (const order of byRule) {
      expect(order).toMatchObject({ status: 'held', heldBox: 3 });
      const { body } = await call('a', 'GET', `/orders/${order.id}`);
      expect(body.hold.reason).toEqual({ source: 'rule', ref: 'rakuten-check', text: '高額代引のため確認' });
      // The history reads 「ルール『高額代引』により保留」: the hold names its rule.
      const timeline: TimelineEntry[] = (await call('a', 'GET', `/orders/${order.id}/timeline`)).body;
      expect(timeline.find((e) => e.type === 'OrderHeld')?.rule).toEqual({ id: 'rakuten-check', name: '高額代引' });
    }
    // Every order got the rule's tag, and the history names the rule on each change it made.
    for (const order of orders) {
      const { body } = await call('a', 'GET', `/orders/${order.id}`);
      expect(body.shopData.tags).toContain('要確認①');
      const timeline: TimelineEntry[] = (await call('a', 'GET', `/orders/${order.id}/timeline`)).body;
      expect(timeline.find((e) => e.type === 'OrderTagAdded')?.rule).toEqual({ id: 'rakuten-check', name: '高額代引' });
      expect(timeline.find((e) => e.type === 'OrderImported')?.rule).toBeNull();
    }
  });

  test('担当者処理履歴 names the rule on each change it made, beside the staff member who imported', async () => {
    type HistoryRow = {
      actor: string;
      eventType: string;
      streamName: string;
      rule: { id: string; name: string } | null;
    };
    const history = async (eventType: string): Promise<HistoryRow[]> =>
      (await call('a', 'GET', `/operation-history?${listQuery({ filter: { eventType }, range: [0, 99] })}`)).body;
    const byRule = (await listOrders('a')).filter((o) => o.heldBox === 3).map((o) => `order-${o.id}`);
    expect(byRule.length).toBeGreaterThan(0);
    const holds = await history('OrderHeld');
    for (const stream of byRule)
      expect(holds.filter((row) => row.streamName === stream)).toEqual([
        expect.objectContaining({ actor: sessions.a.tenant.admin.id, rule: { id: 'rakuten-check', name: '高額代引' } }),
      ]);
    // The check's holds and the import itself are not the rule's doing.
    const byCheck = holds.filter((row) => !byRule.includes(row.streamName));
    expect(byCheck.length).toBeGreaterThan(0);
    expect(byCheck.map((row) => row.rule)).toEqual(byCheck.map(() => null));
    const imports = await history('OrderImported');
    expect(imports).toHaveLength(3);
    expect(imports.map((row) => row.rule)).toEqual([null, null, null]);
    expect((await history('OrderTagAdded')).map((row) => row.rule?.name)).toEqual(['高額代引', '高額代引', '高額代引']);
  });

  test('the list filters by the check that tripped', async () => {
    const all = await listOrders('a');
    const remarks = await listOrders('a', { check: 'remarks' });
    expect(remarks.map((o) => o.id).sort()).toEqual(
      all
        .filter((o) => o.checkKinds.includes('remarks'))
        .map((o) => o.id)
        .sort(),
    );
    expect((await call('a', 'GET', `/orders?filter=${encodeURIComponent('{"check":"nonsense"}')}`)).status).toBe(400);
  });

  test("another tenant's import runs its own settings: no rule, the default checks, nothing held", async () => {
    const orders = await listOrders('b');
    expect(orders).toHaveLength(3);
    for (const order of orders) expect(order.status).not.toBe('held');
    for (const order of orders) {
      const { body } = await call('b', 'GET', `/orders/${order.id}`);
      expect(body.shopData.tags).not.toContain('要確認①');
    }
    const ofA = (await listOrders('a'))[0]!;
    expect((await call('b', 'GET', `/orders/${ofA.id}`)).status).toBe(404);
  });

  test('releasing a check hold accepts the results, and the list no longer says why', async () => {
    const [held] = await listOrders('a', { check: 'remarks' });
    const released = await call('a', 'POST', `/orders/${held!.id}/commands/release`, {});
    expect(released.status).toBe(200);
    await app().readModelsCaughtUp();
    const timeline: TimelineEntry[] = (await call('a', 'GET', `/orders/${held!.id}/timeline`)).body;
    expect(timeline.slice(-2).map((e) => e.type)).toEqual(['OrderCheckResultsAccepted', 'OrderReleased']);
    expect((await listOrders('a', { check: 'remarks' })).map((o) => o.id)).not.toContain(held!.id);
  });
});

describe('staff entry', () => {
  test('a phone order on the shop goes through the same checks: held by the remarks check, with its reason', async () => {
    const entered = await call('a', 'POST', '/orders', {
      shopId: rakutenShop('a'),
      channel: 'phone',
      orderer: phoneOrderer,
      destinations: [
        { lines: [{ sku: 'TEA-001', name: '静岡茶～特選～', unitPrice: 1080, quantity: 2, taxRate: 8 }], delivery: {} },
      ],
      charges: { shipping: 660 },
      payment: { method: 'bank_transfer' },
      buyerRemarks: '不在時は宅配ボックスへ',
    });
    expect(entered.status).toBe(201);
    const { body } = await call('a', 'GET', `/orders/${entered.body.id}`);
    expect(body).toMatchObject({ status: 'held', hold: { box: 4, reason: { source: 'check', ref: 'remarks' } } });
    // The rule is for 楽天 orders: a phone order is not one.
    expect(body.shopData.tags).not.toContain('要確認①');
  });
});

describe('checks again after a change', () => {
  test('a check that no longer trips is cleared; the same finding again records nothing', async () => {
    // An order whose remarks tripped the check (accepted or not).
    let order: ListedOrder | undefined;
    for (const listed of await listOrders('a')) {
      const { body } = await call('a', 'GET', `/orders/${listed.id}`);
      if (body.checks.some((c: { finding: { check: string } }) => c.finding.check === 'remarks')) order = listed;
    }
    expect(order).toBeDefined();
    const deps = { ...app().container.get(TOKENS.IntakePlanning), pipeline: app().container.get(TOKENS.Pipeline) };
    const caller = { tenantId: sessions.a.tenant.id, actor: 'system', correlationId: 'recheck-test' };
    const timelineOf = async (): Promise<TimelineEntry[]> =>
      (await call('a', 'GET', `/orders/${order!.id}/timeline`)).body;

    const length = (await timelineOf()).length;
    expect(await recheckOrder(deps, caller.tenantId, order!.id, caller)).toMatchObject({ right: expect.anything() });
    expect(await timelineOf()).toHaveLength(length);

    // The shop stops checking remarks: the result standing is cleared and the list no longer says why.
    const shopId = rakutenShop('a');
    const { body: current } = await call('a', 'GET', `/check-settings/${shopId}`);
    const { id: _id, shopCode: _c, shopName: _n, mall: _m, custom: _custom, ...settings } = current;
    await call('a', 'PUT', `/check-settings/${shopId}`, {
      ...settings,
      checks: { ...settings.checks, remarks: { mode: 'off', box: null } },
    });
    await recheckOrder(deps, caller.tenantId, order!.id, caller);
    await app().readModelsCaughtUp();
    expect((await timelineOf()).at(-1)).toMatchObject({ type: 'OrderCheckCleared', data: { check: 'remarks' } });
    expect((await listOrders('a', { check: 'remarks' })).map((o) => o.id)).not.toContain(order!.id);
    await useCheckSettings('a');

    // Another tenant's order does not exist for this tenant.
    const ofB = (await listOrders('b'))[0]!;
    const foreign = await recheckOrder(deps, caller.tenantId, ofB.id, caller);
    expect(foreign).toMatchObject({ left: { kind: 'rejected', error: { code: 'order.not_found' } } });
  });
});

describe('dry run', () => {
  test('changes nothing', async () => {
    const store = app().container.get(TOKENS.EventStore);
    const before = await store.headPosition();
    const answer = await call('a', 'POST', '/automation-rules/dry-run', { rule: candidate, days: 7 });
    expect(answer.status).toBe(200);
    expect(answer.body.examined).toBe(4); // the file's three and the phone order
    expect(await store.headPosition()).toEqual(before);
    expect((await call('a', 'GET', `/automation-rules/${candidate.id}`)).status).toBe(404);
  });

  test('what the dry run lists is what the rule does once saved, on the same orders in a fresh tenant', async () => {
    const { body } = await call('a', 'POST', '/automation-rules/dry-run', { rule: candidate, days: 7 });
    expect(body.orders).toHaveLength(3);
    for (const order of body.orders) {
      expect(order.happened).toEqual([]);
      expect(order.differs).toBe(true);
      expect(order.wouldDo).toContain('タグ「チラシ」');
      expect(order.wouldDo.some((w: string) => w.includes('冬のチラシ×1'))).toBe(true);
    }

    // The same rules and settings in a fresh tenant, the candidate saved after the existing rule, the same file.
    for (const rule of [rakutenRule, candidate])
      expect((await call('fresh', 'PUT', `/automation-rules/${rule.id}`, ruleBody(rule))).status).toBe(200);
    await useCheckSettings('fresh');
    await importRakutenFile('fresh');
    const fresh = await listOrders('fresh');
    for (const order of body.orders) {
      const same = fresh.find((o) => o.orderNumber === order.orderNumber)!;
      expect(await ruleWords('fresh', same.id, candidate.id)).toEqual(order.wouldDo);
    }

    // Dry-run again in the fresh tenant: the saved rule did what the candidate would do.
    const again = await call('fresh', 'POST', '/automation-rules/dry-run', { rule: candidate });
    for (const order of again.body.orders) expect(order).toMatchObject({ differs: false, happened: order.wouldDo });
  });

  test('a malformed rule or a day count out of range is a 400; staff without settings.manage get 403', async () => {
    const bad = await call('a', 'POST', '/automation-rules/dry-run', {
      rule: { ...candidate, actions: 'x' },
      days: 91,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining(['rule.actions', 'days']),
    );
    const { tenant } = sessions.a;
    const staff = await signIn(app(), tenant.code, tenant.staff.username, tenant.staff.password);
    expect((await apiCaller(app())('POST', '/automation-rules/dry-run', staff, { rule: candidate })).status).toBe(403);
  });

  test('oms rules dry-run answers as the API does, and stores nothing', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'oms-rule-')), 'rule.json');
    await writeFile(file, JSON.stringify(candidate));
    const store = app().container.get(TOKENS.EventStore);
    const before = await store.headPosition();
    const env = { DATABASE_URL: app().database.connectionString };
    const cli = await runCli(['rules', 'dry-run', '--tenant', 'takahashi', '--file', file, '--json'], env);
    expect(cli.code).toBe(0);
    const api = await call('a', 'POST', '/automation-rules/dry-run', { rule: candidate });
    expect(JSON.parse(cli.stdout)).toEqual(api.body);
    expect(await store.headPosition()).toEqual(before);
    const wrong = await runCli(['rules', 'dry-run', '--tenant', 'takahashi', '--file', file, '--days', '91'], env);
    expect(wrong.code).not.toBe(0);
  });
});
