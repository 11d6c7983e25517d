import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';

const Tenant = z.object({ id: z.string(), code: z.string(), name: z.string() });
const StaffUser = z.object({
  id: z.string(),
  tenant_id: z.string(),
  username: z.string(),
  display_name: z.string(),
  roles: z.array(z.string()),
});
export type TenantRow = z.infer<typeof Tenant>;
export type StaffUserRow = z.infer<typeof StaffUser>;

export const findTenantByCode = (db: DatabasePool, code: string): Promise<TenantRow | null> =>
  db.maybeOne(sql.type(Tenant)`SELECT id, code, name FROM tenants WHERE code = ${code}`);

export const findStaffUser = (db: DatabasePool, tenantId: string, username: string): Promise<StaffUserRow | null> =>
  db.maybeOne(sql.type(StaffUser)`
    SELECT id, tenant_id, username, display_name, roles FROM staff_users WHERE tenant_id = ${tenantId} AND username = ${username}`);
