import { createPool, sql } from 'slonik';
import { PostgreSqlCredentials } from '../../infrastructure/accounts/postgresql-credentials';
import { findStaffUser, findTenantByCode } from '../../projections/accounts/account-queries';
import { runCli } from '../support/cli';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
let env: Record<string, string>;
beforeAll(async () => {
  database = await createTestDatabase();
  env = { DATABASE_URL: database.connectionString };
});
afterAll(() => database.drop());

describe('oms CLI', () => {
  test('setup creates the tenant and its administrator, printing a generated password once', async () => {
    const run = await runCli(['setup', '--tenant', 'takahashi', '--admin', 'owner', '--name', '髙橋商店㈱'], {
      ...env,
      OMS_ADMIN_PASSWORD: '',
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const password = /password \(shown once\): (\S+)/.exec(run.stdout)?.[1];
    expect(password).toBeDefined();

    const db = await createPool(database.connectionString);
    try {
      const tenant = await findTenantByCode(db, 'takahashi');
      expect(tenant).toMatchObject({ name: '髙橋商店㈱' });
      const admin = await findStaffUser(db, tenant!.id, 'owner');
      expect(admin).toMatchObject({ roles: ['admin'] });
      const credentials = new PostgreSqlCredentials(db);
      expect(await credentials.verifyPassword(admin!.id, password!)).toBe(true);
      expect(await credentials.verifyPassword(admin!.id, 'wrong')).toBe(false);
      const stored = await db.oneFirst(
        sql.unsafe`SELECT password_hash FROM credentials WHERE staff_user_id = ${admin!.id}`,
      );
      expect(String(stored)).toMatch(/^\$argon2id\$/);
    } finally {
      await db.end();
    }
  });

  test('setup takes the password from OMS_ADMIN_PASSWORD and never prints it', async () => {
    const run = await runCli(['setup', '--tenant', 'envpass', '--admin', 'boss'], {
      ...env,
      OMS_ADMIN_PASSWORD: 'パスワード①secret',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('パスワード①secret');
    expect(run.stdout).not.toContain('shown once');
  });

  test('setup refuses a malformed tenant code with the reason, writing nothing', async () => {
    const run = await runCli(['setup', '--tenant', 'ＢＡＤ code', '--admin', 'x1'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('テナントコード');
  });

  test('projections status lists every projection with its lag; rebuild replays one', async () => {
    const status = await runCli(['projections', 'status'], env);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/accounts/);
    expect(status.stdout).toMatch(/operation-history/);

    const rebuild = await runCli(['projections', 'rebuild', 'accounts'], env);
    expect(rebuild.stdout).toMatch(/accounts: 4 events/);
    const unknown = await runCli(['projections', 'rebuild', 'nothing'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no projection named nothing');
  });

  test('shop create registers a shop on a mall; a second with the same code is refused', async () => {
    const created = await runCli(
      [
        'shop',
        'create',
        '--tenant',
        'takahashi',
        '--code',
        'rakuten-2',
        '--mall',
        'rakuten',
        '--name',
        '楽天市場 2号店',
      ],
      env,
    );
    expect(created.code).toBe(0);
    const again = await runCli(
      ['shop', 'create', '--tenant', 'takahashi', '--code', 'rakuten-2', '--mall', 'rakuten', '--name', 'x'],
      env,
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('登録済み');
    const badMall = await runCli(
      ['shop', 'create', '--tenant', 'takahashi', '--code', 'x2', '--mall', 'ebay', '--name', 'x'],
      env,
    );
    expect(badMall.stderr).toContain('unknown mall ebay');
  });

  test('demo-data fills a tenant with orders through the command path; the same seed again adds nothing', async () => {
    const run = await runCli(['demo-data', '--tenant', 'envpass', '--orders', '30'], env);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('30 demo orders for envpass across 4 shops');
    const db = await createPool(database.connectionString);
    try {
      const countOrders = () =>
        db.oneFirst(sql.unsafe`SELECT count(*)::int FROM streams WHERE stream_name LIKE 'order-%' AND revision >= 0`);
      expect(await countOrders()).toBe(30);
      const malls = await db.anyFirst(
        sql.unsafe`SELECT DISTINCT mall FROM shops WHERE tenant_id = (SELECT id FROM tenants WHERE code = 'envpass') ORDER BY mall`,
      );
      expect(malls).toEqual(['amazon', 'makeshop', 'rakuten', 'yahoo']);
      // The demo's card route and hold-box names are tenant settings, so the admin's filters and dialogs offer them.
      const tenant = sql.fragment`(SELECT id FROM tenants WHERE code = 'envpass')`;
      expect(
        await db.anyFirst(sql.unsafe`SELECT name FROM processing_routes WHERE tenant_id = ${tenant} AND id = 'card'`),
      ).toEqual(['クレジット決済']);
      expect(await db.oneFirst(sql.unsafe`SELECT count(*)::int FROM hold_box_names WHERE tenant_id = ${tenant}`)).toBe(
        5,
      );
      await runCli(['demo-data', '--tenant', 'envpass', '--orders', '30'], env);
      expect(await countOrders()).toBe(30);
    } finally {
      await db.end();
    }
  });
});
