import { createPool } from 'slonik';
import { findTenantByCode } from '../../projections/accounts/account-queries';
import { findShopView } from '../../projections/accounts/shop-queries';
import { shopIdFor } from '../../domain/shared/ids';
import { runCli } from '../support/cli';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
let env: Record<string, string>;
beforeAll(async () => {
  database = await createTestDatabase();
  env = { DATABASE_URL: database.connectionString };
  expect(
    (await runCli(['setup', '--tenant', 'takahashi', '--admin', 'owner'], { ...env, OMS_ADMIN_PASSWORD: 'p-①' })).code,
  ).toBe(0);
  expect(
    (
      await runCli(
        ['shop', 'create', '--tenant', 'takahashi', '--code', 'rakuten-main', '--mall', 'rakuten', '--name', '楽天'],
        env,
      )
    ).code,
  ).toBe(0);
}, 60_000);
afterAll(() => database.drop());

const shop = async () => {
  const db = await createPool(database.connectionString);
  try {
    const tenant = await findTenantByCode(db, 'takahashi');
    return await findShopView(db, tenant!.id, shopIdFor(tenant!.id, 'rakuten-main'));
  } finally {
    await db.end();
  }
};
const shopCli = (...args: string[]) =>
  runCli(['shop', args[0]!, '--tenant', 'takahashi', '--code', 'rakuten-main', ...args.slice(1)], env);

describe('oms shop defaults / holidays', () => {
  test('sets the carrier, slip types and lead days, and the 休業日', async () => {
    const defaults = await shopCli(
      'defaults',
      '--carrier',
      'yamato',
      '--slip-type',
      '発払い',
      '--cod-slip-type',
      'コレクト',
      '--lead-days',
      '2',
    );
    expect(defaults.code).toBe(0);
    expect((await shopCli('holidays', '2026-12-30', '2026-12-29')).code).toBe(0);
    expect(await shop()).toMatchObject({
      defaultCarrier: 'yamato',
      defaultSlipType: '発払い',
      codSlipType: 'コレクト',
      shipLeadDays: 2,
      holidays: ['2026-12-29', '2026-12-30'],
    });
  });

  test('an unknown carrier, a carrier without a slip type and a bad day are refused with the reason', async () => {
    expect((await shopCli('defaults', '--carrier', 'kuroneko', '--slip-type', 'x')).stderr).toContain(
      'unknown carrier',
    );
    expect((await shopCli('defaults', '--carrier', 'sagawa')).stderr).toContain('送り状種別');
    const badDay = await shopCli('holidays', '2026-02-30');
    expect(badDay.code).toBe(1);
    expect(badDay.stderr).toContain('2026-02-30');
    expect(await shop()).toMatchObject({ defaultCarrier: 'yamato', holidays: ['2026-12-29', '2026-12-30'] });
  });
});
