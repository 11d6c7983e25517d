import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';
import type { Permission } from '../../domain/staff-user/permissions';
import { permissionsOfRow } from './staff-user-rows';

const Row = z.object({
  tenantId: z.string(),
  tenantCode: z.string(),
  tenantName: z.string(),
  homeTenantId: z.string(),
  homeTenantCode: z.string(),
  staffUserId: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  permissions: z.array(z.string()).nullable(),
  grantedPermissions: z.array(z.string()).nullable(),
});

/**
 * Who acts, in which tenant, allowed to do what: read on every request, so a change of permissions or a deactivation
 * counts from the next request on. In a tenant the user was let into (ID切り替え) the grant's permissions count, and the
 * user has no role there.
 */
export interface PrincipalRow {
  readonly tenantId: string;
  readonly tenantCode: string;
  readonly tenantName: string;
  readonly homeTenantId: string;
  readonly homeTenantCode: string;
  readonly staffUserId: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly string[];
  readonly permissions: readonly Permission[];
}

const toPrincipal = (row: z.infer<typeof Row> | null): PrincipalRow | null => {
  if (!row) return null;
  const { permissions, grantedPermissions, ...rest } = row;
  const atHome = row.tenantId === row.homeTenantId;
  const roles = atHome ? row.roles : [];
  return {
    ...rest,
    roles,
    permissions: permissionsOfRow({ roles, permissions: atHome ? permissions : grantedPermissions }),
  };
};

/** An active user acting in `tenantId`: their own tenant, or one that granted them access. */
export const findPrincipal = async (
  db: DatabasePool,
  staffUserId: string,
  tenantId: string,
): Promise<PrincipalRow | null> =>
  toPrincipal(
    await db.maybeOne(sql.type(Row)`
      SELECT t.id AS "tenantId", t.code AS "tenantCode", t.name AS "tenantName", h.id AS "homeTenantId", h.code AS "homeTenantCode",
             u.id AS "staffUserId", u.username, u.display_name AS "displayName", u.roles, u.permissions, a.permissions AS "grantedPermissions"
      FROM staff_users u
      JOIN tenants h ON h.id = u.tenant_id
      JOIN tenants t ON t.id = ${tenantId}
      LEFT JOIN tenant_access a ON a.tenant_id = t.id AND a.staff_user_id = u.id
      WHERE u.id = ${staffUserId} AND u.active AND (t.id = u.tenant_id OR a.staff_user_id IS NOT NULL)`),
  );

/** The user a sign-in names, in their own tenant; null when unknown or deactivated. */
export async function findPrincipalBySignInName(
  db: DatabasePool,
  tenantCode: string,
  username: string,
): Promise<PrincipalRow | null> {
  const user = await db.maybeOne(sql.type(z.object({ staffUserId: z.string(), tenantId: z.string() }))`
    SELECT u.id AS "staffUserId", t.id AS "tenantId" FROM staff_users u JOIN tenants t ON t.id = u.tenant_id WHERE t.code = ${tenantCode} AND u.username = ${username}`);
  return user && findPrincipal(db, user.staffUserId, user.tenantId);
}

/** A token acts as its user in the tenant it was made for, while the user is active and the token not revoked. */
export async function findPrincipalByApiToken(db: DatabasePool, tokenHash: string): Promise<PrincipalRow | null> {
  const token = await db.maybeOne(sql.type(z.object({ staffUserId: z.string(), tenantId: z.string() }))`
    SELECT staff_user_id AS "staffUserId", tenant_id AS "tenantId" FROM api_tokens WHERE token_hash = ${tokenHash} AND revoked_at IS NULL`);
  return token && findPrincipal(db, token.staffUserId, token.tenantId);
}

const SwitchableTenant = z.object({ code: z.string(), name: z.string(), home: z.boolean() });
export type SwitchableTenant = z.infer<typeof SwitchableTenant>;

/** The tenants a user may act in: their own first, then those that let them in (ID切り替え). */
export const switchableTenants = (db: DatabasePool, staffUserId: string): Promise<readonly SwitchableTenant[]> =>
  db.any(sql.type(SwitchableTenant)`
    SELECT t.code, t.name, true AS home FROM staff_users u JOIN tenants t ON t.id = u.tenant_id WHERE u.id = ${staffUserId}
    UNION ALL
    (SELECT t.code, t.name, false AS home FROM tenant_access a JOIN tenants t ON t.id = a.tenant_id WHERE a.staff_user_id = ${staffUserId} ORDER BY t.code)`);
