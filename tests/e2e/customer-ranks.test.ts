/**
 * 顧客ランク through the real app: the table is saved whole and read back sorted, 400 naming the field, 422 for a
 * repeated name, settings.manage to change it, tenant isolation; and at intake a rule 「顧客ランク ゴールド → タグ」 tags
 * the order of a buyer whose purchases (this one included) reach ゴールド, and not another buyer's.
 */
import type { AutomationRule } from '../../domain/automation/rule';
import { apiCaller, signIn } from '../support/api-client';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { phoneOrderBody, phoneOrderer } from '../support/phone-order';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
const cookies = { a: '', b: '', staff: '' };
let tenantA: Tenant;
let tenantB: Tenant;
const call = (method: string, path: string, who: keyof typeof cookies, body?: unknown) =>
  apiCaller(app())(method, path, cookies[who], body);

const RANKS = [
  { name: 'ブロンズ', minPurchases: 2 },
  { name: 'ゴールド', minPurchases: 3 },
];

beforeAll(async () => {
  [tenantA, tenantB] = await Promise.all([
    seedTenant(app(), { code: 'rank-takahashi' }),
    seedTenant(app(), { code: 'rank-other' }),
  ]);
  cookies.a = await signIn(app(), tenantA.code, tenantA.admin.username, tenantA.admin.password);
  cookies.b = await signIn(app(), tenantB.code, tenantB.admin.username, tenantB.admin.password);
  cookies.staff = await signIn(app(), tenantA.code, tenantA.staff.username, tenantA.staff.password);
}, 60_000);

describe('customer ranks API', () => {
  test('no ranks at first; the table is saved whole, highest threshold first; tenant B does not see it', async () => {
    expect((await call('GET', '/customer-ranks', 'a')).body).toEqual({ id: 'customer-ranks', ranks: [] });
    const saved = await call('PUT', '/customer-ranks', 'a', { ranks: RANKS });
    expect(saved.status).toBe(200);
    const sorted = [RANKS[1], RANKS[0]];
    expect(saved.body).toEqual({ id: 'customer-ranks', ranks: sorted });
    expect((await call('GET', '/customer-ranks', 'a')).body.ranks).toEqual(sorted);
    expect((await call('GET', '/customer-ranks', 'b')).body.ranks).toEqual([]);
  });

  test('a bad name or count is a 400 naming the field; a repeated name a 422; staff cannot change the table', async () => {
    const bad = await call('PUT', '/customer-ranks', 'b', {
      ranks: [
        { name: '髙'.repeat(21), minPurchases: 5 },
        { name: 'シルバー', minPurchases: 0 },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
      'ranks.0.name',
      'ranks.1.minPurchases',
    ]);
    const repeated = await call('PUT', '/customer-ranks', 'b', {
      ranks: [
        { name: 'ゴールド', minPurchases: 5 },
        { name: 'ゴールド', minPurchases: 9 },
      ],
    });
    expect(repeated.status).toBe(422);
    expect(repeated.body.error.code).toBe('customer_rank.name_repeated');
    expect((await call('PUT', '/customer-ranks', 'staff', { ranks: [] })).status).toBe(403);
    expect((await call('GET', '/customer-ranks', 'staff')).status).toBe(200);
    expect((await call('GET', '/customer-ranks', 'b')).body.ranks).toEqual([]);
  });
});

const goldTag: AutomationRule = {
  id: 'gold-tag',
  name: 'ゴールド会員',
  enabled: true,
  stop: false,
  conditions: { match: 'all', groups: [{ match: 'all', conditions: [{ field: 'rank', ranks: ['ゴールド'] }] }] },
  actions: [{ kind: 'tag', tag: 'ゴールド会員' }],
};

describe('the rank at intake', () => {
  test('a rule on 顧客ランク tags the order whose purchase count reaches the rank, not the others', async () => {
    const { id: _id, ...rule } = goldTag;
    expect((await call('PUT', '/automation-rules/gold-tag', 'a', { rule })).status).toBe(200);
    const shopId = tenantA.shops[0]!.id;
    const enter = async (orderer: typeof phoneOrderer) => {
      const entered = await call('POST', '/orders', 'a', phoneOrderBody(shopId, { orderer }));
      expect(entered.status).toBe(201);
      // The next order counts this one as a purchase once the customer register has it.
      await app().readModelsCaughtUp();
      const { body } = await call('GET', `/orders/${entered.body.id}`, 'a');
      return body.shopData.tags as string[];
    };
    const other = { ...phoneOrderer, name: '山﨑 一郎', phone: '06-9876-5432', email: 'ichiro@example.jp' };

    // 髙橋 花子's first and second orders are below ゴールド (3); the third reaches it.
    expect(await enter(phoneOrderer)).not.toContain('ゴールド会員');
    expect(await enter(phoneOrderer)).not.toContain('ゴールド会員');
    expect(await enter(other)).not.toContain('ゴールド会員');
    expect(await enter(phoneOrderer)).toContain('ゴールド会員');
    expect(await enter(other)).not.toContain('ゴールド会員');
  });
});
