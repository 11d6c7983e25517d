/**
 * 自動処理設定, チェック設定 and 要注意発送地域 through the real app: round trips, the order of rules, 400 with field
 * paths, 422 for broken rules, settings.manage, tenant isolation and the operation history.
 */
import { randomUUID } from 'node:crypto';
import { streamName } from '../../domain/shared/ids';
import { TOKENS } from '../../infrastructure/container';
import { eventually } from '../support/eventually';
import { apiCaller, listQuery, signIn } from '../support/api-client';
import { highCodRule, remarksTagRule } from '../support/automation-rule-samples';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
const cookies = { a: '', b: '', staff: '' };
let tenantA: Tenant;
let tenantB: Tenant;
const call = (method: string, path: string, who: keyof typeof cookies, body?: unknown) =>
  apiCaller(app())(method, path, cookies[who], body);
const bodyOf = ({ id: _id, ...rule }: ReturnType<typeof highCodRule>) => rule;
const ids = (rows: ReadonlyArray<{ id: string }>) => rows.map((row) => row.id);

beforeAll(async () => {
  [tenantA, tenantB] = await Promise.all([
    seedTenant(app(), { code: 'takahashi', orders: 1 }),
    seedTenant(app(), { code: 'other-co' }),
  ]);
  cookies.a = await signIn(app(), tenantA.code, tenantA.admin.username, tenantA.admin.password);
  cookies.b = await signIn(app(), tenantB.code, tenantB.admin.username, tenantB.admin.password);
  cookies.staff = await signIn(app(), tenantA.code, tenantA.staff.username, tenantA.staff.password);
}, 60_000);

describe('automation rules API', () => {
  test('rules are saved, listed in order with a summary, moved, reordered and deleted', async () => {
    const saved = await call('PUT', '/automation-rules/high-cod', 'a', { rule: bodyOf(highCodRule()) });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ ...highCodRule(), position: 0, summary: expect.any(String) });
    expect((await call('PUT', '/automation-rules/remarks-tag', 'a', { rule: bodyOf(remarksTagRule()) })).status).toBe(
      200,
    );
    const first = await call('PUT', '/automation-rules/first', 'a', {
      rule: bodyOf(remarksTagRule({ name: '最初のルール①' })),
      position: 0,
    });
    expect(first.body).toMatchObject({ id: 'first', name: '最初のルール①', position: 0 });

    const list = await call('GET', '/automation-rules', 'a');
    expect(list.status).toBe(200);
    expect(ids(list.body)).toEqual(['first', 'high-cod', 'remarks-tag']);
    expect(list.body.map((r: { position: number }) => r.position)).toEqual([0, 1, 2]);
    expect(list.body[1].summary).not.toBe('');

    // Saved again without a position: replaced in its place.
    const renamed = await call('PUT', '/automation-rules/high-cod', 'a', {
      rule: { ...bodyOf(highCodRule()), name: '高額代引（髙）', enabled: false },
    });
    expect(renamed.body).toMatchObject({ id: 'high-cod', name: '高額代引（髙）', enabled: false, position: 1 });

    const reordered = await call('POST', '/automation-rules/reorder', 'a', {
      ruleIds: ['remarks-tag', 'high-cod', 'first'],
    });
    expect(reordered.status).toBe(200);
    expect(ids(reordered.body)).toEqual(['remarks-tag', 'high-cod', 'first']);
    expect(
      (await call('POST', '/automation-rules/reorder', 'a', { ruleIds: ['remarks-tag', 'high-cod'] })).body.error.code,
    ).toBe('automation_rule.not_a_permutation');

    expect((await call('DELETE', '/automation-rules/first', 'a')).body).toMatchObject({ id: 'first' });
    expect((await call('GET', '/automation-rules/first', 'a')).status).toBe(404);
    expect((await call('DELETE', '/automation-rules/first', 'a')).status).toBe(404);
    expect(ids((await call('GET', '/automation-rules', 'a')).body)).toEqual(['remarks-tag', 'high-cod']);
    expect((await call('GET', '/automation-rules/high-cod', 'a')).body).toMatchObject({ name: '高額代引（髙）' });
  });

  test('a malformed rule is a 400 naming the field; a rule that breaks a rule of the decider a 422', async () => {
    const bad = await call('PUT', '/automation-rules/bad', 'a', {
      rule: { ...bodyOf(highCodRule()), actions: [{ kind: 'hold', box: 'three', reason: '' }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toContain('rule.actions.0.box');
    const noName = await call('PUT', '/automation-rules/bad', 'a', { rule: { ...bodyOf(highCodRule()), name: '　' } });
    expect(noName.status).toBe(422);
    expect(noName.body.error.code).toBe('automation_rule.name_required');
    expect((await call('PUT', '/automation-rules/bad', 'a', { rule: bodyOf(highCodRule()), position: 9 })).status).toBe(
      422,
    );
    expect((await call('POST', '/automation-rules/reorder', 'a', { ruleIds: 'high-cod' })).body.error.fields).toEqual([
      expect.objectContaining({ path: 'ruleIds' }),
    ]);
  });

  test('another tenant sees none of the rules and cannot change them', async () => {
    expect(await call('GET', '/automation-rules', 'b')).toMatchObject({ status: 200, body: [] });
    expect((await call('GET', '/automation-rules/high-cod', 'b')).status).toBe(404);
    expect((await call('DELETE', '/automation-rules/high-cod', 'b')).status).toBe(404);
    expect((await call('GET', '/automation-rules/high-cod', 'a')).status).toBe(200);
  });

  test('staff without settings.manage read the rules but cannot change them', async () => {
    expect((await call('GET', '/automation-rules', 'staff')).status).toBe(200);
    expect((await call('PUT', '/automation-rules/x', 'staff', { rule: bodyOf(highCodRule()) })).status).toBe(403);
    expect((await call('DELETE', '/automation-rules/high-cod', 'staff')).status).toBe(403);
    expect((await call('POST', '/automation-rules/reorder', 'staff', { ruleIds: [] })).status).toBe(403);
  });

  test('each change is in the operation history with who made it', async () => {
    type HistoryRow = { actor: string; actorName: string | null; streamName: string; rule: unknown };
    const history = async (eventType: string): Promise<HistoryRow[]> =>
      (await call('GET', `/operation-history?${listQuery({ filter: { eventType }, range: [0, 99] })}`, 'a')).body;
    const madeByOwner = {
      actor: tenantA.admin.id,
      actorName: tenantA.admin.username,
      streamName: `automation-rules-${tenantA.id}`,
      rule: null,
    };
    await eventually(
      () => history('AutomationRuleDeleted'),
      (rows) => rows.length === 1,
    );
    // Four saves (one a rename), one reorder, one delete; the refused attempts wrote nothing.
    expect(await history('AutomationRuleSaved')).toEqual(Array(4).fill(expect.objectContaining(madeByOwner)));
    expect(await history('AutomationRulesReordered')).toEqual([expect.objectContaining(madeByOwner)]);
    expect(await history('AutomationRuleDeleted')).toEqual([expect.objectContaining(madeByOwner)]);
    expect((await call('GET', `/operation-history?${listQuery({ range: [0, 99] })}`, 'b')).body).not.toContainEqual(
      expect.objectContaining({ streamName: madeByOwner.streamName }),
    );
  });
});

describe('check settings API', () => {
  test('a shop starts on the defaults; its settings are saved whole and read back', async () => {
    const shopId = tenantA.shops[0]!.id;
    const before = await call('GET', `/check-settings/${shopId}`, 'a');
    expect(before.body).toMatchObject({ id: shopId, custom: false, checks: expect.any(Object) });
    const { id: _id, shopCode: _c, shopName: _n, mall: _m, custom: _custom, ...defaults } = before.body;
    const settings = {
      ...defaults,
      checks: { ...defaults.checks, address: { mode: 'hold', box: 3 }, remarks: { mode: 'warn', box: null } },
      remarkKeywords: ['至急', '㈱髙橋'],
      duplicateWithinHours: 48,
    };
    const saved = await call('PUT', `/check-settings/${shopId}`, 'a', settings);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ ...settings, custom: true, shopName: '髙橋商店 楽天市場店' });
    expect((await call('GET', `/check-settings/${shopId}`, 'a')).body).toEqual(saved.body);
    const list = await call('GET', '/check-settings', 'a');
    expect(Object.fromEntries(list.body.map((row: { id: string; custom: boolean }) => [row.id, row.custom]))).toEqual(
      Object.fromEntries(tenantA.shops.map((shop) => [shop.id, shop.id === shopId])),
    );

    const holdWithoutBox = { ...settings, checks: { ...settings.checks, blacklist: { mode: 'hold', box: null } } };
    expect((await call('PUT', `/check-settings/${shopId}`, 'a', holdWithoutBox)).body.error.code).toBe(
      'shop.invalid_check_box',
    );
    const bad = await call('PUT', `/check-settings/${shopId}`, 'a', {
      ...settings,
      checks: { ...settings.checks, address: { mode: 'sometimes', box: 1 } },
      duplicateWithinHours: '48',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining(['checks.address.mode', 'duplicateWithinHours']),
    );
    expect((await call('PUT', `/check-settings/${shopId}`, 'staff', settings)).status).toBe(403);
    // Tenant B does not see tenant A's shop, nor its settings.
    expect((await call('GET', `/check-settings/${shopId}`, 'b')).status).toBe(404);
    expect((await call('PUT', `/check-settings/${shopId}`, 'b', settings)).status).toBe(404);
    expect(ids((await call('GET', '/check-settings', 'b')).body)).not.toContain(shopId);
  });
});

describe('caution areas API', () => {
  const areas = [
    {
      id: 'yonaguni',
      key: { kind: 'postal', code: '907-1801' },
      labels: ['離島', '中継料'],
      carriers: ['yamato'],
      note: '与那国町①',
    },
    {
      id: 'ogasawara',
      key: { kind: 'address_prefix', prefix: '東京都小笠原村' },
      labels: ['時間指定不可'],
      carriers: [],
      note: '',
    },
  ];

  test('the table is the shipped list until saved, saved whole, and back to the shipped list on reset', async () => {
    const shipped = await call('GET', '/caution-areas', 'a');
    expect(shipped.body).toMatchObject({ shipped: true, areas: expect.any(Array) });
    const saved = await call('PUT', '/caution-areas', 'a', { areas });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({
      id: 'caution-areas',
      shipped: false,
      areas: [{ ...areas[0], key: { kind: 'postal', code: '9071801' } }, areas[1]],
    });
    expect((await call('GET', '/caution-areas', 'a')).body).toEqual(saved.body);
    expect((await call('GET', '/caution-areas', 'b')).body).toEqual(shipped.body);

    const backwards = await call('PUT', '/caution-areas', 'a', {
      areas: [{ ...areas[0], key: { kind: 'postal_range', from: '9071899', to: '9071801' } }],
    });
    expect(backwards.status).toBe(422);
    expect(backwards.body.error.ja).toContain('1行目');
    const bad = await call('PUT', '/caution-areas', 'a', { areas: [{ ...areas[0], labels: ['山奥'] }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toContain('areas.0.labels.0');
    expect((await call('PUT', '/caution-areas', 'staff', { areas })).status).toBe(403);
    expect((await call('DELETE', '/caution-areas', 'staff')).status).toBe(403);

    expect((await call('DELETE', '/caution-areas', 'a')).body).toEqual(shipped.body);
  });
});

describe('check results on the order', () => {
  /** The checks' own events, as intake writes them, straight into the order's stream. */
  const append = async (type: string, data: Record<string, unknown>, actor: string) => {
    const registry = app().container.get(TOKENS.Registry);
    const metadata = {
      tenantId: tenantA.id,
      actor,
      correlationId: randomUUID(),
      causationId: randomUUID(),
      commandId: randomUUID(),
      occurredAt: new Date().toISOString(),
    };
    await app()
      .container.get(TOKENS.EventStore)
      .append({
        streamName: streamName.order(tenantA.orderIds[0]!),
        events: [registry.toNewEvent({ type, data }, metadata)],
        expectedRevision: 'any',
      });
  };

  test('the order page lists each result with its sentence, its box and who accepted it; tenant B sees no order', async () => {
    const orderId = tenantA.orderIds[0]!;
    const finding = { check: 'house_number', destinationIndex: 0, data: { address: '東京都新宿区西新宿' } };
    await append('OrderCheckTripped', { orderId, finding, outcome: 'hold', box: 3 }, 'system');
    await append(
      'OrderCheckTripped',
      {
        orderId,
        finding: { check: 'remarks', destinationIndex: null, data: { remarks: '至急' } },
        outcome: 'warning',
        box: null,
      },
      'system',
    );
    await append('OrderCheckResultsAccepted', { orderId, checks: ['remarks'] }, tenantA.admin.id);
    const order = await call('GET', `/orders/${orderId}`, 'a');
    expect(order.status).toBe(200);
    expect(order.body.checks).toEqual([
      { finding, outcome: 'hold', accepted: false, sentence: expect.any(String), box: 3, acceptedBy: null },
      {
        finding: expect.objectContaining({ check: 'remarks' }),
        outcome: 'warning',
        accepted: true,
        sentence: expect.any(String),
        box: null,
        acceptedBy: { actor: tenantA.admin.id, actorName: expect.any(String), at: expect.any(String) },
      },
    ]);
    expect(order.body.checks[0].sentence).not.toBe('');
    expect((await call('GET', `/orders/${orderId}`, 'b')).status).toBe(404);
  });
});
