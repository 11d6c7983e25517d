import * as t from 'io-ts';
import { Permission } from './permissions';

export const StaffRole = t.keyof({ admin: null, staff: null });
export type StaffRole = t.TypeOf<typeof StaffRole>;

export const StaffUserRegistered = t.strict({
  type: t.literal('StaffUserRegistered'),
  data: t.strict({
    staffUserId: t.string,
    tenantId: t.string,
    username: t.string,
    displayName: t.string,
    roles: t.array(StaffRole),
  }),
});
export type StaffUserRegistered = t.TypeOf<typeof StaffUserRegistered>;

export const StaffUserRenamed = t.strict({
  type: t.literal('StaffUserRenamed'),
  data: t.strict({ staffUserId: t.string, displayName: t.string }),
});
export type StaffUserRenamed = t.TypeOf<typeof StaffUserRenamed>;

/** New roles reset the user's permissions to those roles' defaults; the event states the resulting set. */
export const StaffUserRolesChanged = t.strict({
  type: t.literal('StaffUserRolesChanged'),
  data: t.strict({ staffUserId: t.string, roles: t.array(StaffRole), permissions: t.array(Permission) }),
});
export type StaffUserRolesChanged = t.TypeOf<typeof StaffUserRolesChanged>;

export const StaffUserPermissionGranted = t.strict({
  type: t.literal('StaffUserPermissionGranted'),
  data: t.strict({ staffUserId: t.string, permission: Permission }),
});
export type StaffUserPermissionGranted = t.TypeOf<typeof StaffUserPermissionGranted>;

export const StaffUserPermissionRevoked = t.strict({
  type: t.literal('StaffUserPermissionRevoked'),
  data: t.strict({ staffUserId: t.string, permission: Permission }),
});
export type StaffUserPermissionRevoked = t.TypeOf<typeof StaffUserPermissionRevoked>;

export const StaffUserDeactivated = t.strict({
  type: t.literal('StaffUserDeactivated'),
  data: t.strict({ staffUserId: t.string }),
});
export type StaffUserDeactivated = t.TypeOf<typeof StaffUserDeactivated>;

export const StaffUserReactivated = t.strict({
  type: t.literal('StaffUserReactivated'),
  data: t.strict({ staffUserId: t.string }),
});
export type StaffUserReactivated = t.TypeOf<typeof StaffUserReactivated>;

/**
 * ID切り替え: a staff user of another tenant (an agency, 代理店) may act in this tenant with these permissions. Written
 * to the target tenant's own stream of grants, under the target tenant, so that its administrator sees it in its history.
 */
export const TenantAccessGranted = t.strict({
  type: t.literal('TenantAccessGranted'),
  data: t.strict({
    tenantId: t.string,
    staffUserId: t.string,
    homeTenantId: t.string,
    permissions: t.array(Permission),
  }),
});
export type TenantAccessGranted = t.TypeOf<typeof TenantAccessGranted>;

export const TenantAccessRevoked = t.strict({
  type: t.literal('TenantAccessRevoked'),
  data: t.strict({ tenantId: t.string, staffUserId: t.string }),
});
export type TenantAccessRevoked = t.TypeOf<typeof TenantAccessRevoked>;

export type StaffUserEvent =
  | StaffUserRegistered
  | StaffUserRenamed
  | StaffUserRolesChanged
  | StaffUserPermissionGranted
  | StaffUserPermissionRevoked
  | StaffUserDeactivated
  | StaffUserReactivated;
export type TenantAccessEvent = TenantAccessGranted | TenantAccessRevoked;

export const STAFF_USER_EVENTS = {
  StaffUserRegistered,
  StaffUserRenamed,
  StaffUserRolesChanged,
  StaffUserPermissionGranted,
  StaffUserPermissionRevoked,
  StaffUserDeactivated,
  StaffUserReactivated,
  TenantAccessGranted,
  TenantAccessRevoked,
} as const;
