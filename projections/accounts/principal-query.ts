import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';
import type { StaffRole } from '../../domain/staff-user/events';
import { type Permission, permissionsOfRoles } from '../../domain/staff-user/permissions';

const PrincipalRow = z.object({
  tenantId: z.string(),
  tenantCode: z.string(),
  staffUserId: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
});
export type PrincipalRow = z.infer<typeof PrincipalRow> & { readonly permissions: readonly Permission[] };

const withPermissions = (row: z.infer<typeof PrincipalRow> | null): PrincipalRow | null =>
  row && { ...row, permissions: permissionsOfRoles(row.roles as StaffRole[]) };

const SELECT = sql.fragment`
  SELECT t.id AS "tenantId", t.code AS "tenantCode", u.id AS "staffUserId", u.username, u.display_name AS "displayName", u.roles
  FROM staff_users u JOIN tenants t ON t.id = u.tenant_id`;

export const findPrincipalBySignInName = async (db: DatabasePool, tenantCode: string, username: string): Promise<PrincipalRow | null> =>
  withPermissions(await db.maybeOne(sql.type(PrincipalRow)`${SELECT} WHERE t.code = ${tenantCode} AND u.username = ${username}`));

export const findPrincipalByApiToken = async (db: DatabasePool, tokenHash: string): Promise<PrincipalRow | null> =>
  withPermissions(
    await db.maybeOne(sql.type(PrincipalRow)`${SELECT}
      JOIN api_tokens k ON k.staff_user_id = u.id AND k.tenant_id = t.id
      WHERE k.token_hash = ${tokenHash} AND k.revoked_at IS NULL`),
  );
