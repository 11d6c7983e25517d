import { staffUserIdFor, tenantIdFor } from '../../domain/shared/ids';
import { runCli } from '../support/cli';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();

beforeAll(async () => {
  await Promise.all([
    seedTenant(app(), { code: 'takahashi', adminPassword: 'ﾊﾟｽﾜｰﾄﾞ①-a' }),
    seedTenant(app(), { code: 'other-co', adminPassword: 'second-pass' }),
  ]);
});

const api = (path: string, init: RequestInit = {}) =>
  fetch(`${app().url}/api${path}`, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });

async function signIn(tenant: string, password: string, username = 'owner') {
  const response = await api('/session', { method: 'POST', body: JSON.stringify({ tenant, username, password }) });
  return { response, cookie: response.headers.get('set-cookie')?.split(';')[0] };
}

describe('sign-in', () => {
  test('a right password opens a session that says who and which tenant', async () => {
    const { response, cookie } = await signIn('takahashi', 'ﾊﾟｽﾜｰﾄﾞ①-a');
    expect(response.status).toBe(200);
    expect(cookie).toMatch(/^oms\.sid=/);
    expect(response.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    expect(response.headers.get('set-cookie')).toMatch(/SameSite=Lax/i);
    const me = await api('/session', { headers: { cookie: cookie! } });
    expect(await me.json()).toMatchObject({ tenantCode: 'takahashi', username: 'owner', roles: ['admin'] });
  });

  test('each tenant signs in to its own tenant only', async () => {
    const { cookie } = await signIn('other-co', 'second-pass');
    const me = (await api('/session', { headers: { cookie: cookie! } }).then((r) => r.json())) as {
      tenantCode: string;
    };
    expect(me.tenantCode).toBe('other-co');
    expect((await signIn('takahashi', 'second-pass')).response.status).toBe(401);
  });

  test('a wrong password and an unknown tenant get the same answer', async () => {
    const wrong = await signIn('takahashi', 'nope');
    const unknown = await signIn('no-such-tenant', 'nope');
    expect(wrong.response.status).toBe(401);
    expect(unknown.response.status).toBe(401);
    expect(await wrong.response.json()).toEqual(await unknown.response.json());
  });

  test('a malformed body is a 400 naming the field', async () => {
    const response = await api('/session', {
      method: 'POST',
      body: JSON.stringify({ tenant: 'takahashi', username: 'owner', password: 42 }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_input', fields: [{ path: 'password' }] } });
  });

  test('without a session the API says 401', async () => {
    expect((await api('/session')).status).toBe(401);
  });

  test('repeated wrong passwords for one account are slowed down with 429', async () => {
    const statuses: number[] = [];
    // An account no other test signs in to, so the count starts at zero: five free tries, then a growing wait.
    for (let i = 0; i < 7; i++) statuses.push((await signIn('takahashi', `guess-${i}`, 'clerk')).response.status);
    expect(statuses.slice(0, 6)).toEqual(Array(6).fill(401));
    expect(statuses[6]).toBe(429);
    // Another account from the same address is not locked out.
    expect((await signIn('other-co', 'second-pass')).response.status).toBe(200);
  });

  test('a cookie-authenticated change from another site is refused (CSRF)', async () => {
    const { cookie } = await signIn('other-co', 'second-pass');
    const forged = await api('/session', {
      method: 'DELETE',
      headers: { cookie: cookie!, origin: 'https://evil.example' },
    });
    expect(forged.status).toBe(403);
    expect((await api('/session', { headers: { cookie: cookie! } })).status).toBe(200);
  });

  test('signing out ends the session', async () => {
    const { cookie } = await signIn('other-co', 'second-pass');
    expect((await api('/session', { method: 'DELETE', headers: { cookie: cookie!, origin: app().url } })).status).toBe(
      204,
    );
    expect((await api('/session', { headers: { cookie: cookie! } })).status).toBe(401);
  });

  test('an API token made by the CLI works as a Bearer token; a wrong one does not', async () => {
    // The CLI as an operator runs it, on the database the in-process app serves.
    const env = { DATABASE_URL: app().database.connectionString };
    const created = await runCli(['token', 'create', '--tenant', 'takahashi', '--user', 'owner'], env);
    const token = created.stdout.trim();
    expect(token).toMatch(/^oms_/);
    const me = await api('/session', { headers: { authorization: `Bearer ${token}` } });
    expect(await me.json()).toMatchObject({ tenantCode: 'takahashi' });
    expect((await api('/session', { headers: { authorization: 'Bearer oms_wrong' } })).status).toBe(401);
    const unknownUser = await runCli(['token', 'create', '--tenant', 'takahashi', '--user', 'ghost'], env);
    expect(unknownUser.code).toBe(1);
  });
});

describe('staff users resource (tenant-scoped)', () => {
  test("lists only the signed-in tenant's staff, in ra-data-simple-rest's shape", async () => {
    const { cookie } = await signIn('takahashi', 'ﾊﾟｽﾜｰﾄﾞ①-a');
    const response = await api('/staff-users?sort=["username","ASC"]&range=[0,9]', { headers: { cookie: cookie! } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-range')).toBe('staff-users 0-1/2');
    const rows = (await response.json()) as Array<{ id: string; username: string; registeredAt: string }>;
    expect(rows).toEqual([
      expect.objectContaining({ id: staffUserIdFor(tenantIdFor('takahashi'), 'owner'), username: 'owner' }),
      expect.objectContaining({ id: staffUserIdFor(tenantIdFor('takahashi'), 'staff'), username: 'staff' }),
    ]);
    expect(rows[0]!.registeredAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  test("tenant B gets 404 for tenant A's record, the same as for one that does not exist", async () => {
    const { cookie } = await signIn('other-co', 'second-pass');
    const theirs = staffUserIdFor(tenantIdFor('takahashi'), 'owner');
    const mine = staffUserIdFor(tenantIdFor('other-co'), 'owner');
    expect((await api(`/staff-users/${theirs}`, { headers: { cookie: cookie! } })).status).toBe(404);
    expect((await api('/staff-users/not-a-uuid', { headers: { cookie: cookie! } })).status).toBe(404);
    expect((await api(`/staff-users/${mine}`, { headers: { cookie: cookie! } })).status).toBe(200);
  });

  test('a bad list query is a 400 naming the parameter; no sign-in is a 401', async () => {
    const { cookie } = await signIn('other-co', 'second-pass');
    const bad = await api('/staff-users?sort=["password","ASC"]', { headers: { cookie: cookie! } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { code: 'invalid_query', fields: [expect.objectContaining({ path: expect.stringMatching(/^sort/) })] },
    });
    const broken = await api('/staff-users?range=[0,', { headers: { cookie: cookie! } });
    expect(broken.status).toBe(400);
    expect((await api('/staff-users')).status).toBe(401);
  });
});
