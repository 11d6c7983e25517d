/** 運送会社アカウント through the real app and the CLI: codes per carrier, the permission, tenant isolation. */
import { apiCaller, signIn } from '../support/api-client';
import { runCli } from '../support/cli';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
const cookies = { a: '', b: '', staff: '' };
const call = (method: string, path: string, who: keyof typeof cookies, body?: unknown) =>
  apiCaller(app())(method, path, cookies[who], body);
const env = () => ({ DATABASE_URL: app().database.connectionString });

beforeAll(async () => {
  const [a, b] = await Promise.all([
    seedTenant(app(), { code: 'takahashi', shops: [] }),
    seedTenant(app(), { code: 'other-co', shops: [] }),
  ]);
  cookies.a = await signIn(app(), a.code, a.admin.username, a.admin.password);
  cookies.b = await signIn(app(), b.code, b.admin.username, b.admin.password);
  cookies.staff = await signIn(app(), a.code, a.staff.username, a.staff.password);
}, 60_000);

describe('carrier accounts', () => {
  test('the CLI sets Yamato codes; the API reads them; the other tenant sees none', async () => {
    const set = await runCli(
      [
        'carrier',
        'account',
        '--tenant',
        'takahashi',
        '--carrier',
        'yamato',
        '--customer-code',
        '012345678901',
        '--class-code',
        '001',
        '--freight-code',
        '01',
        '--json',
      ],
      env(),
    );
    expect(set).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(set.stdout)).toEqual({
      carrier: 'yamato',
      customerCode: '012345678901',
      classCode: '001',
      freightCode: '01',
      shipperCode: '',
    });
    await app().readModelsCaughtUp();
    expect((await call('GET', '/carrier-accounts/yamato', 'a')).body).toMatchObject({
      customerCode: '012345678901',
      classCode: '001',
      freightCode: '01',
    });
    expect((await call('GET', '/carrier-accounts/yamato', 'b')).body).toMatchObject({
      customerCode: '',
      freightCode: '',
    });
  }, 60_000);

  test('PUT changes the codes given and keeps the others; a wrong code is 422 with the reason', async () => {
    const put = await call('PUT', '/carrier-accounts/sagawa', 'a', { customerCode: '123456789012' });
    expect(put).toMatchObject({ status: 200, body: { carrier: 'sagawa', customerCode: '123456789012' } });
    const refused = await call('PUT', '/carrier-accounts/sagawa', 'a', { customerCode: '１２３' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('carrier_account.invalid_code');
    const list = await call('GET', '/carrier-accounts', 'a');
    expect(list.body.find((row: { id: string }) => row.id === 'sagawa')).toMatchObject({
      customerCode: '123456789012',
    });
    expect((await call('GET', '/carrier-accounts/sagawa', 'b')).body.customerCode).toBe('');
  });

  test('changing needs settings.manage; an unknown carrier is 404', async () => {
    expect((await call('PUT', '/carrier-accounts/japanpost', 'staff', { customerCode: '1' })).status).toBe(403);
    expect((await call('GET', '/carrier-accounts/kuroneko', 'a')).status).toBe(404);
  });

  test('the CLI refuses a code the carrier has no column for, in both languages', async () => {
    const refused = await runCli(
      ['carrier', 'account', '--tenant', 'takahashi', '--carrier', 'sagawa', '--freight-code', '01'],
      env(),
    );
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('運賃管理番号');
  }, 60_000);
});
