/**
 * Staff users, their permissions and agency access (ID切り替え) over HTTP, against the real server: every change counts
 * from the next request on, because the principal is read per request.
 */
import { staffUserIdFor, tenantIdFor } from '../../domain/shared/ids';
import { runCli } from '../support/cli';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant } from '../support/tenant-fixture';
import { eventually } from '../support/eventually';
import { signIn } from '../support/api-client';

const app = inProcessAppForThisFile();
/** For the CLI, run as an operator would on the database the in-process app serves. */
let env: Record<string, string>;
let owner: string;
let otherOwner: string;
let ordersA: readonly string[] = [];
let ordersB: readonly string[] = [];
const clerkId = staffUserIdFor(tenantIdFor('takahashi'), 'clerk');
const ownerId = staffUserIdFor(tenantIdFor('takahashi'), 'owner');

type Json = Record<string, unknown>;

const request = (
  path: string,
  cookie: string | undefined,
  method = 'GET',
  body?: unknown,
  headers: Record<string, string> = {},
) =>
  fetch(`${app().url}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(cookie && { cookie }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

beforeAll(async () => {
  env = { DATABASE_URL: app().database.connectionString };
  const [a, b] = await Promise.all([
    seedTenant(app(), { code: 'takahashi', orders: 2, adminPassword: 'takahashi-pass' }),
    seedTenant(app(), { code: 'other-co', orders: 1, adminPassword: 'other-co-pass' }),
    seedTenant(app(), {
      code: 'agency-co',
      adminPassword: 'agency-co-pass',
      staffMembers: [
        { username: 'yamada', displayName: '山田 ﾀﾛｳ（代理店）', password: 'agency-pass', roles: ['staff'] },
      ],
    }),
  ]);
  ordersA = a.orderIds;
  ordersB = b.orderIds;
  owner = await signIn(app(), 'takahashi', 'owner', 'takahashi-pass');
  otherOwner = await signIn(app(), 'other-co', 'owner', 'other-co-pass');
}, 60_000);

describe('staff users', () => {
  let clerk: string;

  test('an administrator creates a staff user without orders.cancel; the user signs in and may advance but not cancel', async () => {
    const created = await request('/staff-users', owner, 'POST', {
      username: 'clerk',
      displayName: '髙橋 ﾊﾅｺ①',
      roles: ['staff'],
      permissions: ['orders.process', 'orders.enter', 'bulletin.post'],
      password: 'ﾊﾟｽﾜｰﾄﾞ～clerk',
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({
      id: clerkId,
      displayName: '髙橋 ﾊﾅｺ①',
      roles: ['staff'],
      permissions: ['orders.process', 'orders.enter', 'bulletin.post'],
      active: true,
    });

    clerk = await signIn(app(), 'takahashi', 'clerk', 'ﾊﾟｽﾜｰﾄﾞ～clerk');
    expect(await (await request('/session', clerk)).json()).toMatchObject({
      username: 'clerk',
      permissions: ['orders.process', 'orders.enter', 'bulletin.post'],
    });
    const cancel = await request(`/orders/${ordersA[0]}/commands/cancel`, clerk, 'POST', { reason: '重複注文' });
    expect(cancel.status).toBe(403);
    expect(await cancel.json()).toMatchObject({ error: { code: 'forbidden', permission: 'orders.cancel' } });
    expect((await request(`/orders/${ordersA[0]}/commands/advance`, clerk, 'POST', {})).status).toBe(200);
  });

  test('a permission given takes effect on the next request of the same session, and so does one taken away', async () => {
    const given = await request(`/staff-users/${clerkId}`, owner, 'PUT', {
      permissions: ['orders.process', 'orders.cancel', 'orders.enter', 'bulletin.post'],
    });
    expect(given.status).toBe(200);
    expect(await given.json()).toMatchObject({
      permissions: ['orders.process', 'orders.cancel', 'orders.enter', 'bulletin.post'],
    });
    expect(
      (await request(`/orders/${ordersA[1]}/commands/cancel`, clerk, 'POST', { reason: 'お客様都合～' })).status,
    ).toBe(200);

    expect((await request(`/staff-users/${clerkId}`, owner, 'PUT', { permissions: ['orders.enter'] })).status).toBe(
      200,
    );
    expect((await request(`/orders/${ordersA[0]}/commands/advance`, clerk, 'POST', {})).status).toBe(403);
  });

  test('the edit screen sends the whole record back: name and roles change, the rest is ignored', async () => {
    const current = (await (await request(`/staff-users/${clerkId}`, owner)).json()) as Json;
    const saved = await request(`/staff-users/${clerkId}`, owner, 'PUT', {
      ...current,
      displayName: '髙橋 花子',
      roles: ['staff'],
      username: 'renamed',
      tenantId: 'x',
    });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({
      username: 'clerk',
      displayName: '髙橋 花子',
      permissions: ['orders.enter'],
    });
    const roles = await request(`/staff-users/${clerkId}`, owner, 'PUT', { roles: ['staff'] });
    expect(await roles.json()).toMatchObject({ permissions: ['orders.enter'] });
  });

  test('a deactivated user is signed out at once, their tokens stop working, and they cannot sign in until reactivated', async () => {
    const token = (await runCli(['token', 'create', '--tenant', 'takahashi', '--user', 'clerk'], env)).stdout.trim();
    expect((await request('/session', undefined, 'GET', undefined, { authorization: `Bearer ${token}` })).status).toBe(
      200,
    );

    const off = await request(`/staff-users/${clerkId}`, owner, 'PUT', { active: false });
    expect(await off.json()).toMatchObject({ active: false });
    expect((await request('/session', clerk)).status).toBe(401);
    expect((await request('/session', undefined, 'GET', undefined, { authorization: `Bearer ${token}` })).status).toBe(
      401,
    );
    expect(
      (
        await request('/session', undefined, 'POST', {
          tenant: 'takahashi',
          username: 'clerk',
          password: 'ﾊﾟｽﾜｰﾄﾞ～clerk',
        })
      ).status,
    ).toBe(401);

    expect((await request(`/staff-users/${clerkId}`, owner, 'PUT', { active: true })).status).toBe(200);
    clerk = await signIn(app(), 'takahashi', 'clerk', 'ﾊﾟｽﾜｰﾄﾞ～clerk');
    expect((await request('/session', undefined, 'GET', undefined, { authorization: `Bearer ${token}` })).status).toBe(
      200,
    );
  });

  test("passwords: an administrator sets anyone's, a user their own giving the current one, nobody else's", async () => {
    expect(
      (await request(`/staff-users/${clerkId}/password`, owner, 'POST', { password: '新しいパスワード①' })).status,
    ).toBe(204);
    clerk = await signIn(app(), 'takahashi', 'clerk', '新しいパスワード①');
    const own = (body: Json) => request(`/staff-users/${clerkId}/password`, clerk, 'POST', body);
    // One's own password: only with the current one, which a session left open does not give away.
    const withoutCurrent = await own({ password: 'clerk-own-2026' });
    expect(withoutCurrent.status).toBe(400);
    expect(await withoutCurrent.json()).toMatchObject({ error: { fields: [{ path: 'currentPassword' }] } });
    const wrongCurrent = await own({ currentPassword: 'not-mine-1', password: 'clerk-own-2026' });
    expect(wrongCurrent.status).toBe(400);
    expect(await wrongCurrent.json()).toMatchObject({
      error: {
        code: 'wrong_current_password',
        ja: '現在のパスワードが違います',
        fields: [{ path: 'currentPassword' }],
      },
    });
    expect((await own({ currentPassword: '新しいパスワード①', password: 'clerk-own-2026' })).status).toBe(204);
    clerk = await signIn(app(), 'takahashi', 'clerk', 'clerk-own-2026');
    const others = await request(`/staff-users/${ownerId}/password`, clerk, 'POST', { password: 'taken-over!' });
    expect(others.status).toBe(403);
    const short = await own({ currentPassword: 'clerk-own-2026', password: 'short' });
    expect(short.status).toBe(400);
    expect(await short.json()).toMatchObject({ error: { fields: [expect.objectContaining({ path: 'password' })] } });
  });

  test('400 names each bad field', async () => {
    const response = await request('/staff-users', owner, 'POST', {
      username: 'ｓａｔｏ',
      displayName: '　',
      roles: [],
      permissions: ['orders.fly'],
      password: 'short',
    });
    expect(response.status).toBe(400);
    const paths = ((await response.json()) as { error: { fields: Array<{ path: string }> } }).error.fields.map(
      (f) => f.path,
    );
    expect(paths).toEqual(expect.arrayContaining(['username', 'displayName', 'roles', 'password', 'permissions.0']));
    const put = await request(`/staff-users/${clerkId}`, owner, 'PUT', { roles: ['boss'], active: 'no' });
    expect(put.status).toBe(400);
    expect(
      ((await put.json()) as { error: { fields: Array<{ path: string }> } }).error.fields.map((f) => f.path),
    ).toEqual(expect.arrayContaining(['roles.0', 'active']));
  });

  test('401 signed out, 403 without users.manage, 409 for a taken username, 422 for locking oneself out', async () => {
    const newUser = { username: 'second', displayName: '二人目', roles: ['staff'], password: 'password-2' };
    expect((await request('/staff-users', undefined, 'POST', newUser)).status).toBe(401);
    expect((await request(`/staff-users/${clerkId}`, undefined, 'PUT', { active: false })).status).toBe(401);
    expect(
      (await request(`/staff-users/${clerkId}/password`, undefined, 'POST', { password: 'password-3' })).status,
    ).toBe(401);
    expect((await request('/staff-users', clerk, 'POST', newUser)).status).toBe(403);
    expect((await request(`/staff-users/${ownerId}`, clerk, 'PUT', { active: false })).status).toBe(403);

    expect((await request('/staff-users', owner, 'POST', newUser)).status).toBe(201);
    const again = await request('/staff-users', owner, 'POST', { ...newUser, username: 'SECOND' });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: 'staff_user.already_registered' } });

    const self = await request(`/staff-users/${ownerId}`, owner, 'PUT', { active: false });
    expect(self.status).toBe(422);
    expect(await self.json()).toMatchObject({ error: { code: 'staff_user.self_lockout' } });
  });

  test("404 for an unknown user; tenant B gets 404 for tenant A's user, reading and changing alike", async () => {
    const missing = staffUserIdFor(tenantIdFor('takahashi'), 'nobody');
    expect((await request(`/staff-users/${missing}`, owner, 'PUT', { active: false })).status).toBe(404);
    expect((await request('/staff-users/not-a-uuid', owner, 'PUT', { active: false })).status).toBe(404);
    expect((await request(`/staff-users/${clerkId}`, otherOwner)).status).toBe(404);
    expect((await request(`/staff-users/${clerkId}`, otherOwner, 'PUT', { active: false })).status).toBe(404);
    expect(
      (await request(`/staff-users/${clerkId}/password`, otherOwner, 'POST', { password: 'hijacked-1' })).status,
    ).toBe(404);
    expect(await (await request(`/staff-users/${clerkId}`, owner)).json()).toMatchObject({ active: true });
  });
});

describe('agency users (ID切り替え)', () => {
  let agent: string;
  const agentId = staffUserIdFor(tenantIdFor('agency-co'), 'yamada');

  test("a tenant's administrator lets an agency user in with chosen permissions", async () => {
    const granted = await request('/tenant-access', owner, 'POST', {
      tenantCode: 'agency-co',
      username: 'yamada',
      permissions: ['orders.process'],
    });
    expect(granted.status).toBe(200);
    expect(await granted.json()).toMatchObject({
      id: agentId,
      homeTenantCode: 'agency-co',
      displayName: '山田 ﾀﾛｳ（代理店）',
      permissions: ['orders.process'],
    });
    const list = (await (await request('/tenant-access', owner)).json()) as Json[];
    expect(list).toEqual([expect.objectContaining({ id: agentId })]);
    expect(await (await request('/tenant-access', otherOwner)).json()).toEqual([]);
  });

  test('the agency user lists the tenants they may act in and switches; an ungranted tenant is 404', async () => {
    agent = await signIn(app(), 'agency-co', 'yamada', 'agency-pass');
    expect(await (await request('/session/tenants', agent)).json()).toEqual([
      { code: 'agency-co', name: 'agency-co', home: true, current: true },
      { code: 'takahashi', name: 'takahashi', home: false, current: false },
    ]);
    expect((await request('/session/switch-tenant', agent, 'POST', { tenantCode: 'other-co' })).status).toBe(404);
    expect((await request('/session/switch-tenant', agent, 'POST', { tenantCode: 'no-such' })).status).toBe(404);
    const bad = await request('/session/switch-tenant', agent, 'POST', { tenant: 'takahashi' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { fields: [expect.objectContaining({ path: 'tenantCode' })] } });
    expect((await request('/session/switch-tenant', undefined, 'POST', { tenantCode: 'takahashi' })).status).toBe(401);

    const switched = await request('/session/switch-tenant', agent, 'POST', { tenantCode: 'takahashi' });
    expect(switched.status).toBe(200);
    expect(await switched.json()).toMatchObject({
      tenantCode: 'takahashi',
      homeTenantCode: 'agency-co',
      staffUserId: agentId,
      roles: [],
      permissions: ['orders.process'],
    });
  });

  test("in the tenant switched to, the agency user sees that tenant's orders only and acts with the granted permissions", async () => {
    const rows = await eventually(
      async () => (await (await request('/orders?range=[0,9]', agent)).json()) as Array<{ id: string }>,
      (list) => list.length === 2,
    );
    expect(rows.map((r) => r.id).sort()).toEqual([...ordersA].sort());
    expect((await request(`/orders/${ordersB[0]}`, agent)).status).toBe(404);
    expect(
      (await request(`/orders/${ordersA[0]}/commands/add-tag`, agent, 'POST', { tag: '代理店確認済' })).status,
    ).toBe(200);
    expect((await request(`/orders/${ordersA[0]}/commands/cancel`, agent, 'POST', { reason: 'x' })).status).toBe(403);
    expect(
      (
        await request('/staff-users', agent, 'POST', {
          username: 'x9',
          displayName: 'x',
          roles: ['admin'],
          password: 'password-9',
        })
      ).status,
    ).toBe(403);
  });

  test('the order timeline and the operation history name the real person', async () => {
    const timeline = (await (await request(`/orders/${ordersA[0]}/timeline`, owner)).json()) as Array<{
      type: string;
      actor: string;
      actorName: string;
    }>;
    expect(timeline.find((e) => e.type === 'OrderTagAdded')).toMatchObject({
      actor: agentId,
      actorName: '山田 ﾀﾛｳ（代理店）',
    });
    const history = await eventually(
      async () =>
        (await (await request('/operation-history?range=[0,99]', owner)).json()) as Array<{
          eventType: string;
          actor: string;
          actorName: string;
        }>,
      (rows) => rows.some((r) => r.eventType === 'OrderTagAdded'),
    );
    expect(history.find((r) => r.eventType === 'OrderTagAdded')).toMatchObject({
      actor: agentId,
      actorName: '山田 ﾀﾛｳ（代理店）',
    });
    expect(history.find((r) => r.eventType === 'TenantAccessGranted')).toMatchObject({ actor: ownerId });
  });

  test('switching back home; access taken away ends a session acting in that tenant at once', async () => {
    expect(
      await (await request('/session/switch-tenant', agent, 'POST', { tenantCode: 'agency-co' })).json(),
    ).toMatchObject({ tenantCode: 'agency-co', roles: ['staff'] });
    expect((await request('/session/switch-tenant', agent, 'POST', { tenantCode: 'takahashi' })).status).toBe(200);
    const removed = await request(`/tenant-access/${agentId}`, owner, 'DELETE');
    expect(await removed.json()).toMatchObject({ id: agentId, homeTenantCode: 'agency-co' });
    expect((await request('/orders', agent)).status).toBe(401);
    agent = await signIn(app(), 'agency-co', 'yamada', 'agency-pass');
    expect((await request('/session/switch-tenant', agent, 'POST', { tenantCode: 'takahashi' })).status).toBe(404);
  });

  test('grants: 400 with the field path, 401, 403 without users.manage, 404 for an unknown user or no grant, own tenant refused', async () => {
    const bad = await request('/tenant-access', owner, 'POST', {
      tenantCode: 'agency-co',
      username: 'yamada',
      permissions: ['orders.fly'],
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { fields: [expect.objectContaining({ path: 'permissions.0' })] } });
    expect(
      (
        await request('/tenant-access', undefined, 'POST', {
          tenantCode: 'agency-co',
          username: 'yamada',
          permissions: [],
        })
      ).status,
    ).toBe(401);
    expect((await request('/tenant-access', undefined)).status).toBe(401);
    const clerk = await signIn(app(), 'takahashi', 'second', 'password-2');
    expect(
      (await request('/tenant-access', clerk, 'POST', { tenantCode: 'agency-co', username: 'yamada', permissions: [] }))
        .status,
    ).toBe(403);
    expect((await request(`/tenant-access/${agentId}`, clerk, 'DELETE')).status).toBe(403);
    expect(
      (await request('/tenant-access', owner, 'POST', { tenantCode: 'agency-co', username: 'ghost', permissions: [] }))
        .status,
    ).toBe(404);
    expect((await request(`/tenant-access/${agentId}`, owner, 'DELETE')).status).toBe(404);
    expect((await request('/tenant-access/not-a-uuid', owner, 'DELETE')).status).toBe(404);
    const own = await request('/tenant-access', owner, 'POST', {
      tenantCode: 'takahashi',
      username: 'second',
      permissions: [],
    });
    expect(own.status).toBe(422);
    // Tenant B cannot take away what tenant A granted.
    expect(
      (await request('/tenant-access', owner, 'POST', { tenantCode: 'agency-co', username: 'yamada', permissions: [] }))
        .status,
    ).toBe(200);
    expect((await request(`/tenant-access/${agentId}`, otherOwner, 'DELETE')).status).toBe(404);
    expect(await (await request('/tenant-access', owner)).json()).toHaveLength(1);
  });
});
