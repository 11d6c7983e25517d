/** `oms orders add-item`: a leaflet added to several orders by number beside the in-process app, one refused. */
import { apiCaller, signIn } from '../support/api-client';
import { runCli } from '../support/cli';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
let tenant: Tenant;
let cookie: string;
const env = () => ({ DATABASE_URL: app().database.connectionString });
const addItem = (...args: string[]) => runCli(['orders', 'add-item', '--tenant', 'takahashi', ...args], env());
const numberOf = (i: number) => `123456-20261130-000000${i}`;
const get = async (id: string) => (await apiCaller(app())('GET', `/orders/${id}`, cookie)).body;

beforeAll(async () => {
  tenant = await seedTenant(app(), {
    code: 'takahashi',
    orders: 4,
    shops: [{ code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' }],
  });
  cookie = await signIn(app(), tenant.code, tenant.admin.username, tenant.admin.password);
}, 60_000);

describe('oms orders add-item', () => {
  test('adds the line to each order and prints one result per order; a cancelled order is refused, exit 1', async () => {
    const cancelled = tenant.orderIds[2]!;
    const cancel = await apiCaller(app())('POST', `/orders/${cancelled}/commands/cancel`, cookie, { reason: '重複' });
    expect(cancel.status).toBe(200);

    const result = await addItem(
      '--orders',
      [0, 1, 2].map(numberOf).join(','),
      '--sku',
      'LEAF-01',
      '--name',
      'チラシ①～冬～',
      '--price',
      '0',
      '--quantity',
      '1',
      '--tax-rate',
      '8',
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${numberOf(0)}: 追加しました`);
    expect(result.stdout).toContain(`${numberOf(1)}: 追加しました`);
    expect(result.stderr).toContain(`${numberOf(2)}: キャンセル済みの受注は編集できません`);
    expect(result.stdout).toContain('成功 2件 / 失敗 1件');

    const leaflet = { sku: 'LEAF-01', name: 'チラシ①～冬～', options: '', unitPrice: 0, quantity: 1, taxRate: 8 };
    for (const id of tenant.orderIds.slice(0, 2)) {
      const page = await get(id);
      expect(page.mallData.destinations[0].lines.at(-1)).toEqual(leaflet);
      expect(page.mallOriginal.destinations[0].lines).toHaveLength(2);
    }
    expect((await get(cancelled)).mallData.destinations[0].lines).toHaveLength(2);
    expect((await get(tenant.orderIds[3]!)).mallData.destinations[0].lines).toHaveLength(2);
  }, 240_000);

  test('--json; a bad quantity or an unknown order number refuses before any order is touched', async () => {
    const json = await addItem(
      '--orders',
      numberOf(3),
      '--sku',
      'S',
      '--name',
      'ﾉﾍﾞﾙﾃｨ',
      '--price',
      '110',
      '--quantity',
      '2',
      '--json',
    );
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      succeeded: 1,
      failed: 0,
      results: [{ orderNumber: numberOf(3), ok: true, message: '追加しました / added' }],
    });
    expect((await get(tenant.orderIds[3]!)).mallData.amounts.goods).toBe(4360 + 220);

    const revision = (await get(tenant.orderIds[3]!)).revision;
    const zero = await addItem('--orders', numberOf(3), '--sku', 'S', '--name', 'x', '--price', '1', '--quantity', '0');
    expect(zero.code).not.toBe(0);
    expect(zero.stderr).toContain('--quantity');
    const unknown = await addItem('--orders', '999', '--sku', 'S', '--name', 'x', '--price', '1', '--quantity', '1');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('受注番号が見つかりません');
    expect((await get(tenant.orderIds[3]!)).revision).toBe(revision);
  }, 240_000);
});
