import { createPool, type DatabasePool } from 'slonik';
import { tenantIdFor } from '../../domain/shared/ids';
import { PostgreSqlCredentials } from '../../infrastructure/accounts/postgresql-credentials';
import { findPrincipalBySignInName, switchableTenants } from '../../projections/accounts/principal-query';
import { listTenantAccess } from '../../projections/accounts/tenant-access-queries';
import { runCli } from '../support/cli';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
let db: DatabasePool;
let env: Record<string, string>;
beforeAll(async () => {
  database = await createTestDatabase();
  env = { DATABASE_URL: database.connectionString };
  for (const tenant of ['takahashi', 'agency-co']) {
    expect(
      (await runCli(['setup', '--tenant', tenant, '--admin', 'owner'], { ...env, OMS_ADMIN_PASSWORD: 'owner-pass' }))
        .code,
    ).toBe(0);
  }
  db = await createPool(database.connectionString);
}, 120_000);
afterAll(async () => {
  await db.end();
  await database.drop();
});

describe('oms user', () => {
  test("user create with a generated password prints it once; the user signs in with it and has the role's permissions", async () => {
    const run = await runCli(
      ['user', 'create', '--tenant', 'takahashi', '--username', 'clerk.1', '--name', '髙橋 ﾊﾅｺ①', '--role', 'staff'],
      env,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const password = /password \(shown once\): (\S+)/.exec(run.stdout)?.[1];
    const principal = await findPrincipalBySignInName(db, 'takahashi', 'clerk.1');
    expect(principal).toMatchObject({
      displayName: '髙橋 ﾊﾅｺ①',
      roles: ['staff'],
      permissions: ['orders.process', 'orders.cancel', 'orders.enter', 'bulletin.post'],
    });
    expect(await new PostgreSqlCredentials(db).verifyPassword(principal!.staffUserId, password!)).toBe(true);
  });

  test('--password-stdin reads the password and never prints it', async () => {
    const run = await runCli(
      [
        'user',
        'create',
        '--tenant',
        'agency-co',
        '--username',
        'yamada',
        '--name',
        '山田 代理店',
        '--role',
        'staff',
        '--password-stdin',
      ],
      env,
      'ﾊﾟｽﾜｰﾄﾞ～secret\n',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('secret');
    expect(run.stdout).not.toContain('shown once');
    const principal = await findPrincipalBySignInName(db, 'agency-co', 'yamada');
    expect(await new PostgreSqlCredentials(db).verifyPassword(principal!.staffUserId, 'ﾊﾟｽﾜｰﾄﾞ～secret')).toBe(true);
  });

  test('user create refuses an unknown role, a taken username, an unknown tenant and a short password, with the reason', async () => {
    const role = await runCli(
      ['user', 'create', '--tenant', 'takahashi', '--username', 'x1', '--name', 'x', '--role', 'boss'],
      env,
    );
    expect(role.code).toBe(1);
    expect(role.stderr).toContain('unknown role boss');
    const taken = await runCli(
      ['user', 'create', '--tenant', 'takahashi', '--username', 'clerk.1', '--name', 'x', '--role', 'staff'],
      env,
    );
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('登録済み');
    const tenant = await runCli(
      ['user', 'create', '--tenant', 'nowhere', '--username', 'x1', '--name', 'x', '--role', 'staff'],
      env,
    );
    expect(tenant.stderr).toContain('テナントが見つかりません');
    const short = await runCli(
      [
        'user',
        'create',
        '--tenant',
        'takahashi',
        '--username',
        'x2',
        '--name',
        'x',
        '--role',
        'staff',
        '--password-stdin',
      ],
      env,
      'short',
    );
    expect(short.stderr).toContain('8文字以上');
    expect(await findPrincipalBySignInName(db, 'takahashi', 'x2')).toBeNull();
  });

  test('user grant-tenant lets an agency user into another tenant with the given permissions; revoke-tenant takes it away', async () => {
    const granted = await runCli(
      [
        'user',
        'grant-tenant',
        '--tenant',
        'takahashi',
        '--user-tenant',
        'agency-co',
        '--username',
        'yamada',
        '--permissions',
        'orders.process,history.view',
      ],
      env,
    );
    expect(granted.stderr).toBe('');
    expect(granted.code).toBe(0);
    const yamada = (await findPrincipalBySignInName(db, 'agency-co', 'yamada'))!;
    expect(await switchableTenants(db, yamada.staffUserId)).toEqual([
      { code: 'agency-co', name: 'agency-co', home: true },
      { code: 'takahashi', name: 'takahashi', home: false },
    ]);
    const access = await listTenantAccess(db, tenantIdFor('takahashi'));
    expect(access).toEqual([
      expect.objectContaining({
        homeTenantCode: 'agency-co',
        username: 'yamada',
        permissions: ['orders.process', 'history.view'],
      }),
    ]);

    const unknownPermission = await runCli(
      [
        'user',
        'grant-tenant',
        '--tenant',
        'takahashi',
        '--user-tenant',
        'agency-co',
        '--username',
        'yamada',
        '--permissions',
        'orders.fly',
      ],
      env,
    );
    expect(unknownPermission.stderr).toContain('unknown permission orders.fly');
    const own = await runCli(
      ['user', 'grant-tenant', '--tenant', 'agency-co', '--user-tenant', 'agency-co', '--username', 'yamada'],
      env,
    );
    expect(own.stderr).toContain('自分のテナント');

    expect(
      (
        await runCli(
          ['user', 'revoke-tenant', '--tenant', 'takahashi', '--user-tenant', 'agency-co', '--username', 'yamada'],
          env,
        )
      ).code,
    ).toBe(0);
    expect(await switchableTenants(db, yamada.staffUserId)).toHaveLength(1);
    const again = await runCli(
      ['user', 'revoke-tenant', '--tenant', 'takahashi', '--user-tenant', 'agency-co', '--username', 'yamada'],
      env,
    );
    expect(again.stderr).toContain('切り替えの許可がありません');
  });
});
