import { type DatabaseTransactionConnection, sql } from 'slonik';
import { z } from 'zod';
import type { EventMetadata } from '../../application/events/event-metadata';
import type { DomainEvent } from '../../domain/shared/decider';
import {
  type StaffRole,
  STAFF_USER_EVENTS,
  type StaffUserEvent,
  type TenantAccessEvent,
} from '../../domain/staff-user/events';
import { type Permission, PERMISSIONS, permissionsOfRoles } from '../../domain/staff-user/permissions';

const STAFF_USER_EVENT_TYPES: ReadonlySet<string> = new Set(Object.keys(STAFF_USER_EVENTS));

export const STAFF_USER_TABLES = ['staff_users', 'tenant_access'] as const;

export const isStaffUserEvent = (event: DomainEvent): event is StaffUserEvent | TenantAccessEvent =>
  STAFF_USER_EVENT_TYPES.has(event.type);

const text = (values: readonly string[]) => sql.array(values, 'text');

/** A row's permissions; a row from before permissions were stored (NULL) has its roles' defaults. */
export const permissionsOfRow = (row: {
  readonly roles: readonly string[];
  readonly permissions: readonly string[] | null;
}): Permission[] => {
  const stored = row.permissions ?? permissionsOfRoles(row.roles as StaffRole[]);
  return PERMISSIONS.filter((p) => stored.includes(p));
};

async function currentPermissions(
  tx: DatabaseTransactionConnection,
  staffUserId: string,
): Promise<readonly Permission[]> {
  return permissionsOfRow(
    await tx.one(sql.type(z.object({ roles: z.array(z.string()), permissions: z.array(z.string()).nullable() }))`
      SELECT roles, permissions FROM staff_users WHERE id = ${staffUserId} FOR UPDATE`),
  );
}

/** Staff users, their permissions and active flag, and the tenants they were let into (ID切り替え). */
export async function applyStaffUserEvent(
  tx: DatabaseTransactionConnection,
  event: StaffUserEvent | TenantAccessEvent,
  metadata: EventMetadata,
): Promise<void> {
  switch (event.type) {
    case 'StaffUserRegistered': {
      const { data } = event;
      await tx.query(sql.unsafe`
        INSERT INTO staff_users (id, tenant_id, username, display_name, roles, permissions, registered_at)
        VALUES (${data.staffUserId}, ${data.tenantId}, ${data.username}, ${data.displayName}, ${text(data.roles)},
                ${text(permissionsOfRoles(data.roles))}, ${metadata.occurredAt})`);
      return;
    }
    case 'StaffUserRenamed':
      await tx.query(
        sql.unsafe`UPDATE staff_users SET display_name = ${event.data.displayName} WHERE id = ${event.data.staffUserId}`,
      );
      return;
    case 'StaffUserRolesChanged':
      await tx.query(sql.unsafe`
        UPDATE staff_users SET roles = ${text(event.data.roles)}, permissions = ${text(event.data.permissions)} WHERE id = ${event.data.staffUserId}`);
      return;
    case 'StaffUserPermissionGranted':
    case 'StaffUserPermissionRevoked': {
      const { staffUserId, permission } = event.data;
      const before = await currentPermissions(tx, staffUserId);
      const after = PERMISSIONS.filter((p) =>
        p === permission ? event.type === 'StaffUserPermissionGranted' : before.includes(p),
      );
      await tx.query(sql.unsafe`UPDATE staff_users SET permissions = ${text(after)} WHERE id = ${staffUserId}`);
      return;
    }
    case 'StaffUserDeactivated':
    case 'StaffUserReactivated':
      await tx.query(
        sql.unsafe`UPDATE staff_users SET active = ${event.type === 'StaffUserReactivated'} WHERE id = ${event.data.staffUserId}`,
      );
      return;
    case 'TenantAccessGranted': {
      const { data } = event;
      await tx.query(sql.unsafe`
        INSERT INTO tenant_access (tenant_id, staff_user_id, home_tenant_id, permissions, granted_at)
        VALUES (${data.tenantId}, ${data.staffUserId}, ${data.homeTenantId}, ${text(data.permissions)}, ${metadata.occurredAt})
        ON CONFLICT (tenant_id, staff_user_id) DO UPDATE SET permissions = EXCLUDED.permissions`);
      return;
    }
    case 'TenantAccessRevoked':
      await tx.query(
        sql.unsafe`DELETE FROM tenant_access WHERE tenant_id = ${event.data.tenantId} AND staff_user_id = ${event.data.staffUserId}`,
      );
      return;
  }
}
