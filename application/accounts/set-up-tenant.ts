import { randomUUID } from 'node:crypto';
import * as E from 'fp-ts/Either';
import { staffUserIdFor, streamName, tenantIdFor } from '../../domain/shared/ids';
import { staffUserDecider } from '../../domain/staff-user/staff-user';
import { tenantDecider } from '../../domain/tenant/tenant';
import type { RetentionPlan } from '../../domain/tenant/events';
import type { CommandFailure, CommandHandler } from '../commands/command-handler';
import type { Credentials } from '../ports/credentials';
import type { GlobalPosition } from '../ports/event-store';

export interface SetUpTenant {
  readonly code: string;
  readonly name: string;
  readonly adminUsername: string;
  readonly adminPassword: string;
  readonly retentionPlan?: RetentionPlan;
}

export interface TenantSetUp {
  readonly tenantId: string;
  readonly adminUserId: string;
  readonly position: GlobalPosition | undefined;
}

/**
 * A new contracting company with its first administrator: what `oms setup` does on a fresh installation. Safe to run
 * again with the same code and username (both ids are derived from them); a different admin on an existing tenant
 * is added, not refused.
 */
export async function setUpTenant(
  commands: CommandHandler,
  credentials: Credentials,
  request: SetUpTenant,
): Promise<E.Either<CommandFailure, TenantSetUp>> {
  const tenantId = tenantIdFor(request.code);
  const correlationId = randomUUID();
  const context = { tenantId, actor: 'system', correlationId };
  const tenant = await commands.handle(
    tenantDecider,
    streamName.tenant(tenantId),
    {
      type: 'RegisterTenant',
      tenantId,
      code: request.code,
      name: request.name,
      retentionPlan: request.retentionPlan ?? '13months',
    },
    { ...context, commandId: `setup:tenant:${tenantId}` },
    { commandName: 'RegisterTenant' },
  );
  if (E.isLeft(tenant) && !(tenant.left.kind === 'rejected' && tenant.left.error.code === 'tenant.already_registered'))
    return tenant;

  const adminUserId = staffUserIdFor(tenantId, request.adminUsername);
  const admin = await commands.handle(
    staffUserDecider,
    streamName.staffUser(adminUserId),
    {
      type: 'RegisterStaffUser',
      staffUserId: adminUserId,
      tenantId,
      username: request.adminUsername,
      displayName: request.adminUsername,
      roles: ['admin'],
    },
    { ...context, commandId: `setup:admin:${adminUserId}` },
    { commandName: 'RegisterStaffUser' },
  );
  if (E.isLeft(admin) && !(admin.left.kind === 'rejected' && admin.left.error.code === 'staff_user.already_registered'))
    return admin;

  await credentials.setPassword(adminUserId, request.adminPassword);
  return E.right({ tenantId, adminUserId, position: E.isRight(admin) ? admin.right.position : undefined });
}
