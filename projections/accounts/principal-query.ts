import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';

const PrincipalRow = z.object({
  tenantId: z.string(),
  tenantCode: z.string(),
  staffUserId: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
});
export type PrincipalRow = z.infer<typeof PrincipalRow>;

const SELECT = sql.fragment`
  SELECT t.id AS "tenantId", t.code AS "tenantCode", u.id AS "staffUserId", u.username, u.display_name AS "displayName", u.roles
  FROM staff_users u JOIN tenants t ON t.id = u.tenant_id`;

export const findPrincipalBySignInName = (db: DatabasePool, tenantCode: string, username: string): Promise<PrincipalRow | null> =>
  db.maybeOne(sql.type(PrincipalRow)`${SELECT} WHERE t.code = ${tenantCode} AND u.username = ${username}`);

export const findPrincipalByApiToken = (db: DatabasePool, tokenHash: string): Promise<PrincipalRow | null> =>
  db.maybeOne(sql.type(PrincipalRow)`${SELECT}
    JOIN api_tokens k ON k.staff_user_id = u.id AND k.tenant_id = t.id
    WHERE k.token_hash = ${tokenHash} AND k.revoked_at IS NULL`);
