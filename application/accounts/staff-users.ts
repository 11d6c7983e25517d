import { staffUserIdFor, streamName, tenantAccessIdFor } from '../../domain/shared/ids';
import type { Decider, DomainEvent } from '../../domain/shared/decider';
import { type CommandRequest, commandRequest } from '../commands/command-pipeline';
import type { StaffRole } from '../../domain/staff-user/events';
import type { Permission } from '../../domain/staff-user/permissions';
import { type ChangeStaffUser, staffUserDecider } from '../../domain/staff-user/staff-user';
import { tenantAccessDecider } from '../../domain/staff-user/tenant-access';

/**
 * The staff-user commands with their stream, built alike for the HTTP routes (run as the signed-in user) and the CLI
 * (run as the operator). `tenantId` is always the tenant the change is recorded in.
 */
export type CommandSpec<Command, Event extends DomainEvent, State> = CommandRequest<Command, Event, State> & {
  readonly decider: Decider<Command, Event, State>;
};

const spec = <C extends { readonly type: string }, Ev extends DomainEvent, S>(
  decider: Decider<C, Ev, S>,
  stream: string,
  command: C,
): CommandSpec<C, Ev, S> => ({ ...commandRequest(decider, stream, command), decider });

export interface NewStaffUser {
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly StaffRole[];
  readonly permissions?: readonly Permission[];
}

export const registerStaffUser = (tenantId: string, user: NewStaffUser) => {
  const staffUserId = staffUserIdFor(tenantId, user.username);
  const { username, displayName, roles, permissions } = user;
  return spec(staffUserDecider, streamName.staffUser(staffUserId), {
    type: 'RegisterStaffUser',
    staffUserId,
    tenantId,
    username,
    displayName,
    roles,
    ...(permissions && { permissions }),
  });
};

export type StaffUserChanges = Pick<ChangeStaffUser, 'displayName' | 'roles' | 'permissions' | 'active'>;

// Field by field, so that nothing else a caller's object carries can reach the command.
export const changeStaffUser = (
  tenantId: string,
  changedBy: string,
  staffUserId: string,
  { displayName, roles, permissions, active }: StaffUserChanges,
) =>
  spec(staffUserDecider, streamName.staffUser(staffUserId), {
    type: 'ChangeStaffUser',
    staffUserId,
    tenantId,
    changedBy,
    ...(displayName !== undefined && { displayName }),
    ...(roles && { roles }),
    ...(permissions && { permissions }),
    ...(active !== undefined && { active }),
  });

/** ID切り替え: recorded under the tenant the user is let into, never the user's own. */
export const grantTenantAccess = (
  tenantId: string,
  grantee: { staffUserId: string; homeTenantId: string },
  permissions: readonly Permission[],
) =>
  spec(tenantAccessDecider, streamName.tenantAccess(tenantAccessIdFor(tenantId, grantee.staffUserId)), {
    type: 'GrantTenantAccess',
    tenantId,
    staffUserId: grantee.staffUserId,
    homeTenantId: grantee.homeTenantId,
    permissions,
  });

export const revokeTenantAccess = (tenantId: string, staffUserId: string) =>
  spec(tenantAccessDecider, streamName.tenantAccess(tenantAccessIdFor(tenantId, staffUserId)), {
    type: 'RevokeTenantAccess',
    tenantId,
    staffUserId,
  });
