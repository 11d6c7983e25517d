import * as E from 'fp-ts/Either';
import {
  changeStaffUser,
  type CommandSpec,
  grantTenantAccess,
  registerStaffUser,
  revokeTenantAccess,
} from '../../../application/accounts/staff-users';
import { setUpTenant } from '../../../application/accounts/set-up-tenant';
import type { Credentials } from '../../../application/ports/credentials';
import type { DomainEvent } from '../../../domain/shared/decider';
import { tenantIdFor } from '../../../domain/shared/ids';
import { accountsProjection } from '../../../projections/accounts/accounts-projection';
import { findPrincipal, switchableTenants } from '../../../projections/accounts/principal-query';
import { findStaffUserView } from '../../../projections/accounts/staff-user-queries';
import { listTenantAccess } from '../../../projections/accounts/tenant-access-queries';
import { ProjectionRunner } from '../../../projections/runner';
import { context, openWriteSide, type WriteSide } from '../../support/write-side';

const noCredentials: Credentials = { setPassword: async () => undefined, verifyPassword: async () => false };

let side: WriteSide;
beforeAll(async () => {
  side = await openWriteSide();
});
afterAll(() => side.close());

const run = async <C, Ev extends DomainEvent, S>(tenantId: string, spec: CommandSpec<C, Ev, S>) =>
  expect(
    E.isRight(
      await side.commands.handle(spec.decider, spec.streamName, spec.command, context({ tenantId, actor: 'admin-1' }), {
        commandName: spec.commandName,
      }),
    ),
  ).toBe(true);

describe('accounts projection: staff users, permissions, agency access', () => {
  test('rows follow every change, and a rebuild from zero gives the same rows', async () => {
    const shop = tenantIdFor('takahashi');
    const agency = tenantIdFor('agency-co');
    for (const code of ['takahashi', 'agency-co'])
      await setUpTenant(side.commands, noCredentials, {
        code,
        name: `${code}㈱`,
        adminUsername: 'owner',
        adminPassword: 'x',
      });
    const clerk = registerStaffUser(shop, {
      username: 'clerk',
      displayName: '髙橋 ﾊﾅｺ',
      roles: ['staff'],
      permissions: ['orders.process', 'history.view'],
    });
    await run(shop, clerk);
    await run(
      shop,
      changeStaffUser(shop, 'admin-1', clerk.command.staffUserId, { displayName: '髙橋 花子①', active: false }),
    );
    const agent = registerStaffUser(agency, { username: 'yamada', displayName: '山田 ～ 代理店', roles: ['staff'] });
    await run(agency, agent);
    await run(
      shop,
      grantTenantAccess(shop, { staffUserId: agent.command.staffUserId, homeTenantId: agency }, ['orders.process']),
    );
    await run(
      shop,
      grantTenantAccess(shop, { staffUserId: agent.command.staffUserId, homeTenantId: agency }, [
        'orders.process',
        'orders.cancel',
      ]),
    );

    const runner = new ProjectionRunner(accountsProjection, side.runnerDependencies, {
      batchSize: 3,
      standbyRetryMs: 30,
    });
    const snapshot = async () => ({
      clerk: await findStaffUserView(side.db, shop, clerk.command.staffUserId),
      access: await listTenantAccess(side.db, shop),
      agentHere: await findPrincipal(side.db, agent.command.staffUserId, shop),
      clerkSignedIn: await findPrincipal(side.db, clerk.command.staffUserId, shop),
    });
    await runner.bringUpToDate();
    const before = await snapshot();
    expect(before.clerk).toMatchObject({
      displayName: '髙橋 花子①',
      permissions: ['orders.process', 'history.view'],
      active: false,
    });
    expect(before.access).toEqual([
      expect.objectContaining({
        homeTenantCode: 'agency-co',
        username: 'yamada',
        permissions: ['orders.process', 'orders.cancel'],
      }),
    ]);
    expect(before.agentHere).toMatchObject({
      tenantCode: 'takahashi',
      homeTenantCode: 'agency-co',
      roles: [],
      permissions: ['orders.process', 'orders.cancel'],
    });
    expect(before.clerkSignedIn).toBeNull();

    await runner.rebuild();
    expect(await snapshot()).toEqual(before);

    await run(shop, revokeTenantAccess(shop, agent.command.staffUserId));
    await runner.bringUpToDate();
    expect(await findPrincipal(side.db, agent.command.staffUserId, shop)).toBeNull();
    expect(await switchableTenants(side.db, agent.command.staffUserId)).toEqual([
      { code: 'agency-co', name: 'agency-co㈱', home: true },
    ]);
  });
});
