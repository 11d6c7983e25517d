import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';

const Access = z.object({
  id: z.string(),
  homeTenantCode: z.string(),
  username: z.string(),
  displayName: z.string(),
  permissions: z.array(z.string()),
  grantedAt: z.number(),
});
export type TenantAccessView = Omit<z.infer<typeof Access>, 'grantedAt'> & { grantedAt: string };

const SELECT = sql.fragment`
  SELECT u.id, h.code AS "homeTenantCode", u.username, u.display_name AS "displayName", a.permissions, a.granted_at AS "grantedAt"
  FROM tenant_access a JOIN staff_users u ON u.id = a.staff_user_id JOIN tenants h ON h.id = a.home_tenant_id`;

const toView = (row: z.infer<typeof Access>): TenantAccessView => ({
  ...row,
  grantedAt: new Date(row.grantedAt).toISOString(),
});

/** Agency users (代理店ユーザー) let into one tenant, as that tenant's administrators see them. */
export async function listTenantAccess(db: DatabasePool, tenantId: string): Promise<readonly TenantAccessView[]> {
  const rows = await db.any(sql.type(Access)`${SELECT} WHERE a.tenant_id = ${tenantId} ORDER BY h.code, u.username`);
  return rows.map(toView);
}

export async function findTenantAccess(
  db: DatabasePool,
  tenantId: string,
  staffUserId: string,
): Promise<TenantAccessView | null> {
  const row = await db.maybeOne(
    sql.type(Access)`${SELECT} WHERE a.tenant_id = ${tenantId} AND a.staff_user_id = ${staffUserId}`,
  );
  return row && toView(row);
}
