/** `oms orders bundle-candidates|bundle|unbundle`: 同梱 from a script beside the in-process app. */
import { apiCaller, signIn } from '../support/api-client';
import { runCli } from '../support/cli';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
let tenant: Tenant;
let cookie: string;
const env = () => ({ DATABASE_URL: app().database.connectionString });
const orders = (...args: string[]) => runCli(['orders', ...args, '--tenant', 'bundle-cli'], env());
const numberOf = (i: number) => `123456-20261130-000000${i}`;
const bundleOf = async (i: number) =>
  (await apiCaller(app())('GET', `/orders/${tenant.orderIds[i]}`, cookie)).body.bundle;

beforeAll(async () => {
  // Three orders of one buyer to one recipient: one group of candidates.
  tenant = await seedTenant(app(), { code: 'bundle-cli', orders: 3 });
  cookie = await signIn(app(), tenant.code, tenant.admin.username, tenant.admin.password);
  await app().readModelsCaughtUp();
}, 60_000);

describe('oms orders bundle', () => {
  test('lists the candidates, merges two by number, and splits them again', async () => {
    const listed = await orders('bundle-candidates', '--json');
    expect(listed.code).toBe(0);
    const groups = JSON.parse(listed.stdout) as { orders: { orderNumber: string }[] }[];
    expect(groups.map((g) => g.orders.map((o) => o.orderNumber).sort())).toEqual([[0, 1, 2].map(numberOf)]);

    const merged = await orders('bundle', '--orders', `${numberOf(0)},${numberOf(1)}`);
    expect({ code: merged.code, stderr: merged.stderr }).toEqual({ code: 0, stderr: '' });
    expect(merged.stdout).toContain(`同梱しました / bundled: `);
    const bundle = await bundleOf(0);
    expect(bundle.orders.map((o: { id: string }) => o.id).sort()).toEqual(tenant.orderIds.slice(0, 2).sort());
    expect((await bundleOf(1)).bundleId).toBe(bundle.bundleId);

    const split = await orders('unbundle', '--order', numberOf(1), '--json');
    expect(split.code).toBe(0);
    expect(JSON.parse(split.stdout)).toMatchObject({ ok: true, bundleId: bundle.bundleId });
    expect(await bundleOf(0)).toBeNull();
  }, 240_000);

  test('a refused merge or an unknown number exits 1 with the reason, and merges nothing', async () => {
    const cancel = await apiCaller(app())('POST', `/orders/${tenant.orderIds[2]}/commands/cancel`, cookie, {
      reason: '重複',
    });
    expect(cancel.status).toBe(200);
    const refused = await orders('bundle', '--orders', `${numberOf(0)},${numberOf(2)}`);
    expect(refused.code).toBe(1);
    expect(refused.stderr).not.toBe('');
    expect(await bundleOf(0)).toBeNull();

    const unknown = await orders('unbundle', '--order', '999-nothing');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('受注番号が見つかりません / no such order: 999-nothing');
  }, 240_000);
});
