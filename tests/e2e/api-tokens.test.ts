/**
 * API tokens listed and revoked from the CLI and over the API (the admin's screen), per tenant, never showing the token:
 * a revoked token is refused on its very next request.
 */
import { apiCaller, signIn } from '../support/api-client';
import { runCli } from '../support/cli';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';
import { createApiToken } from '../../infrastructure/accounts/api-tokens';
import { TOKENS } from '../../infrastructure/container';

const app = inProcessAppForThisFile();
let env: Record<string, string>;
let tenantA: Tenant;
let tenantB: Tenant;
const cookies = { ownerA: '', staffA: '', ownerB: '' };

beforeAll(async () => {
  env = { DATABASE_URL: app().database.connectionString };
  [tenantA, tenantB] = await Promise.all([
    seedTenant(app(), { code: 'takahashi', shops: [] }),
    seedTenant(app(), { code: 'other-co', shops: [] }),
  ]);
  cookies.ownerA = await signIn(app(), 'takahashi', 'owner', tenantA.admin.password);
  cookies.staffA = await signIn(app(), 'takahashi', 'staff', tenantA.staff.password);
  cookies.ownerB = await signIn(app(), 'other-co', 'owner', tenantB.admin.password);
}, 60_000);

const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(app())(...args);
const origin = () => ({ origin: app().url });
/** Made as `token create` makes them (the CLI's own test is in sign-in.test.ts), without a CLI start each. */
const createToken = (tenant: Tenant, person: 'admin' | 'staff' = 'admin') =>
  createApiToken(app().container.get(TOKENS.Db), tenant.id, tenant[person].id);
/** What the token is let do: 200 while it lives, 401 once revoked. */
const statusWith = async (token: string) => (await call('GET', '/session', undefined, undefined, bearer(token))).status;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('API tokens', () => {
  let first: string;
  let second: string;
  let theirs: string;

  beforeAll(async () => {
    first = await createToken(tenantA);
    second = await createToken(tenantA, 'staff');
    theirs = await createToken(tenantB);
  });

  test("GET /api/api-tokens lists the tenant's own tokens with their users, never the token", async () => {
    const listed = await call('GET', '/api-tokens', cookies.ownerA);
    expect(listed.status).toBe(200);
    expect(listed.range).toBe('api-tokens 0-1/2');
    expect(listed.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ username: 'owner', revokedAt: null, createdAt: expect.stringMatching(/^\d{4}-/) }),
        expect.objectContaining({ username: 'staff', revokedAt: null }),
      ]),
    );
    const text = JSON.stringify(listed.body);
    for (const token of [first, second]) expect(text).not.toContain(token.slice(4));
    expect(Object.keys(listed.body[0]).sort()).toEqual(
      ['createdAt', 'displayName', 'id', 'revokedAt', 'staffUserId', 'username'].sort(),
    );
    const other = await call('GET', '/api-tokens', cookies.ownerB);
    expect(other.body).toHaveLength(1);
  });

  test('administrators only; signed out 401', async () => {
    expect((await call('GET', '/api-tokens', undefined)).status).toBe(401);
    expect((await call('GET', '/api-tokens', cookies.staffA)).status).toBe(403);
    const id = (await call('GET', '/api-tokens', cookies.ownerA)).body[0].id as string;
    expect((await call('DELETE', `/api-tokens/${id}`, cookies.staffA, undefined, origin())).status).toBe(403);
  });

  test("tenant B can neither see nor revoke tenant A's token; 404 as for one that does not exist", async () => {
    const idsOfA = ((await call('GET', '/api-tokens', cookies.ownerA)).body as Array<{ id: string }>).map((t) => t.id);
    const listedForB = (await call('GET', '/api-tokens', cookies.ownerB)).body as Array<{ id: string }>;
    expect(listedForB.map((t) => t.id)).not.toEqual(expect.arrayContaining([idsOfA[0]]));
    for (const id of idsOfA)
      expect((await call('DELETE', `/api-tokens/${id}`, cookies.ownerB, undefined, origin())).status).toBe(404);
    expect((await call('DELETE', '/api-tokens/not-a-uuid', cookies.ownerB, undefined, origin())).status).toBe(404);
    const cli = await runCli(['token', 'revoke', '--tenant', 'other-co', '--id', idsOfA[0]!], env);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/no such token/);
    expect(await statusWith(first)).toBe(200);
    expect(await statusWith(second)).toBe(200);
  }, 120_000);

  test('DELETE /api/api-tokens/:id revokes at once and answers the token as it now is', async () => {
    const listed = (await call('GET', '/api-tokens', cookies.ownerA)).body as Array<{ id: string; username: string }>;
    const staffToken = listed.find((t) => t.username === 'staff')!;
    const revoked = await call('DELETE', `/api-tokens/${staffToken.id}`, cookies.ownerA, undefined, origin());
    expect(revoked).toMatchObject({ status: 200, body: { id: staffToken.id, revokedAt: expect.any(String) } });
    expect(await statusWith(second)).toBe(401);
    expect(await statusWith(first)).toBe(200);
  });

  test('the CLI lists tokens (text and --json) and revokes by id or by the token itself', async () => {
    const listed = await runCli(['token', 'list', '--tenant', 'takahashi'], env);
    expect(listed.code).toBe(0);
    const lines = listed.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\towner\t.*\tactive$/),
        expect.stringMatching(/\tstaff\t.*\trevoked /),
      ]),
    );
    expect(listed.stdout).not.toContain(first.slice(4));
    const json = JSON.parse((await runCli(['token', 'list', '--tenant', 'takahashi', '--json'], env)).stdout);
    expect(json).toHaveLength(2);

    const neither = await runCli(['token', 'revoke', '--tenant', 'takahashi'], env);
    expect(neither.code).toBe(1);
    const byToken = await runCli(['token', 'revoke', '--tenant', 'takahashi', '--token', first], env);
    expect(byToken).toMatchObject({ code: 0, stdout: expect.stringContaining('revoked') });
    expect(await statusWith(first)).toBe(401);

    const id = (await call('GET', '/api-tokens', cookies.ownerB)).body[0].id as string;
    expect((await runCli(['token', 'revoke', '--tenant', 'other-co', '--id', id], env)).code).toBe(0);
    expect(await statusWith(theirs)).toBe(401);
  }, 180_000);

  test('a token used from a script may change things from anywhere; with a cookie it is held to the cross-site check', async () => {
    const token = await createToken(tenantA);
    const fromScript = await call('DELETE', '/session', undefined, undefined, {
      ...bearer(token),
      origin: 'https://elsewhere.example',
    });
    expect(fromScript.status).toBe(204);
    const withCookie = await call('DELETE', '/session', cookies.ownerA, undefined, {
      ...bearer(token),
      origin: 'https://evil.example',
    });
    expect(withCookie.status).toBe(403);
  });
});
