/**
 * What an attacker tries first: headers that let a page be framed or sniffed, a proxy's headers forged or ignored,
 * locking an account by guessing its password, a cookie request dressed up as a script's, screens without sign-in.
 * One app behind a TLS proxy (TRUST_PROXY=1), one reached directly, as without TRUST_PROXY.
 */
import { signIn } from '../support/api-client';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const behindProxy = inProcessAppForThisFile({ env: { TRUST_PROXY: '1' } });
const direct = inProcessAppForThisFile();
let proxied: Tenant;
let reachedDirectly: Tenant;

beforeAll(async () => {
  [proxied, reachedDirectly] = await Promise.all([
    seedTenant(behindProxy(), { code: 'takahashi', shops: [], adminPassword: 'owner-pass-1' }),
    seedTenant(direct(), { code: 'takahashi', shops: [], adminPassword: 'owner-pass-1' }),
  ]);
}, 60_000);

const signInFrom = (
  app: () => { url: string },
  address: string,
  password: string,
  headers: Record<string, string> = {},
  username = 'owner',
) =>
  fetch(`${app().url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...headers },
    body: JSON.stringify({ tenant: 'takahashi', username, password }),
  });

describe('security headers', () => {
  test('every answer (API, 404, the admin page) forbids framing and sniffing and sends no Referer', async () => {
    for (const path of ['/api/health', '/api/no-such-thing', '/', '/orders']) {
      const response = await fetch(`${direct().url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect({ path, csp }).toEqual({ path, csp: expect.stringContaining("frame-ancestors 'none'") });
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      // Plain HTTP: HSTS would be ignored by browsers, and the site may never have TLS.
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
  });
});

describe('TRUST_PROXY', () => {
  test('behind a TLS proxy the session cookie is Secure and HSTS is sent; without TRUST_PROXY the header is ignored', async () => {
    const viaProxy = await signInFrom(behindProxy, '198.51.100.1', proxied.admin.password, {
      'x-forwarded-proto': 'https',
    });
    expect(viaProxy.status).toBe(200);
    expect(viaProxy.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    expect(viaProxy.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);

    const forged = await signInFrom(direct, '198.51.100.1', reachedDirectly.admin.password, {
      'x-forwarded-proto': 'https',
    });
    expect(forged.status).toBe(200);
    expect(forged.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
    expect(forged.headers.get('strict-transport-security')).toBeNull();
  });

  test('without TRUST_PROXY a forged X-Forwarded-For does not give a guesser a fresh address', async () => {
    // The staff account, so that the other tests here can still sign in as owner.
    const guess = (address: string, password: string) => signInFrom(direct, address, password, {}, 'staff');
    for (let i = 0; i < 6; i++) expect((await guess(`203.0.113.${i}`, `guess-${i}`)).status).toBe(401);
    expect((await guess('203.0.113.99', reachedDirectly.staff.password)).status).toBe(429);
  });
});

describe('sign-in back-off, per address and account', () => {
  test("guessing owner's password from one address slows that address only; the right password from another gets in", async () => {
    const attacker = '192.0.2.10';
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await signInFrom(behindProxy, attacker, `guess-${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401]);

    const refused = await signInFrom(behindProxy, attacker, proxied.admin.password);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: { code: 'too_many_attempts' } });

    expect((await signInFrom(behindProxy, '192.0.2.20', proxied.admin.password)).status).toBe(200);
    expect((await signInFrom(behindProxy, attacker, proxied.admin.password)).status).toBe(429);
  });

  test('one address guessing many accounts is cut off after 100 failures, with Retry-After', async () => {
    const sprayer = '192.0.2.30';
    const attempt = (username: string) =>
      fetch(`${behindProxy().url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': sprayer },
        body: JSON.stringify({ tenant: 'takahashi', username, password: 'Password1' }),
      });
    for (let i = 0; i < 100; i++) expect((await attempt(`user-${i}`)).status).toBe(401);
    const cut = await attempt('user-100');
    expect(cut.status).toBe(429);
    expect(Number(cut.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('cross-site check', () => {
  test('a cookie request from another site is refused whatever Authorization header it carries', async () => {
    const cookie = await signIn(direct(), 'takahashi', 'owner', reachedDirectly.admin.password);
    for (const authorization of ['Basic b3duZXI6eA==', 'Bearer oms_not-a-token']) {
      const forged = await fetch(`${direct().url}/api/session`, {
        method: 'DELETE',
        headers: { cookie, authorization, origin: 'https://evil.example' },
      });
      expect({ authorization, status: forged.status }).toEqual({ authorization, status: 403 });
    }
    expect((await fetch(`${direct().url}/api/session`, { headers: { cookie } })).status).toBe(200);
  });
});

describe('/api/projections', () => {
  test('needs a sign-in; /api/health stays open for load balancers', async () => {
    expect((await fetch(`${direct().url}/api/projections`)).status).toBe(401);
    expect((await fetch(`${direct().url}/api/projections/accounts`)).status).toBe(401);
    expect((await fetch(`${direct().url}/api/health`)).status).toBe(200);
    const cookie = await signIn(direct(), 'takahashi', 'owner', reachedDirectly.admin.password);
    const signedIn = (path: string) => fetch(`${direct().url}/api${path}`, { headers: { cookie } });
    const list = await signedIn('/projections');
    expect(list.status).toBe(200);
    const count = ((await list.json()) as unknown[]).length;
    expect(list.headers.get('content-range')).toBe(`projections 0-${count - 1}/${count}`);
    expect(await (await signedIn('/projections/accounts')).json()).toMatchObject({ id: 'accounts', name: 'accounts' });
    expect((await signedIn('/projections/nothing')).status).toBe(404);
  });
});
