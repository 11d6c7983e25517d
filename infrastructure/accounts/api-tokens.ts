import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';
import { isUuid } from '../../domain/shared/ids';

/**
 * API tokens are a plain table, not events: like passwords they are secrets to be replaced and revoked, and a token
 * is checked on every request it authenticates (`findPrincipalByApiToken`), so a revocation counts from the next one.
 */

/** Tokens are long random strings, so a fast hash is enough to keep them useless if the table leaks. */
export const hashApiToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export async function createApiToken(db: DatabasePool, tenantId: string, staffUserId: string): Promise<string> {
  const token = `oms_${randomBytes(32).toString('base64url')}`;
  await db.query(sql.unsafe`
    INSERT INTO api_tokens (id, tenant_id, staff_user_id, token_hash) VALUES (${randomUUID()}, ${tenantId}, ${staffUserId}, ${hashApiToken(token)})`);
  return token;
}

const Row = z.object({
  id: z.string(),
  staffUserId: z.string(),
  username: z.string().nullable(),
  displayName: z.string().nullable(),
  createdAt: z.number(),
  revokedAt: z.number().nullable(),
});

/** What is shown of a token: never the token or its hash. Times in ISO 8601. */
export type ApiTokenRow = Omit<z.infer<typeof Row>, 'createdAt' | 'revokedAt'> & {
  readonly createdAt: string;
  readonly revokedAt: string | null;
};

// slonik hands timestamps over as epoch milliseconds.
const toView = (row: z.infer<typeof Row>): ApiTokenRow => ({
  ...row,
  createdAt: new Date(row.createdAt).toISOString(),
  revokedAt: row.revokedAt === null ? null : new Date(row.revokedAt).toISOString(),
});

const selectTokens = sql.fragment`
  SELECT k.id, k.staff_user_id AS "staffUserId", u.username, u.display_name AS "displayName",
         k.created_at AS "createdAt", k.revoked_at AS "revokedAt"
  FROM api_tokens k LEFT JOIN staff_users u ON u.id = k.staff_user_id`;

/** A tenant's tokens, the newest first, revoked ones included (they say when). */
export const listApiTokens = async (db: DatabasePool, tenantId: string): Promise<readonly ApiTokenRow[]> =>
  (await db.any(sql.type(Row)`${selectTokens} WHERE k.tenant_id = ${tenantId} ORDER BY k.created_at DESC, k.id`)).map(
    toView,
  );

/** Which token to revoke: its id (from the list), or the token itself (what a script holds). */
export type TokenToRevoke = { readonly id: string } | { readonly token: string };

/**
 * Revokes one of the tenant's tokens (again is harmless) and returns it as it now is; null when the tenant has no such
 * token, whether it does not exist or is another tenant's.
 */
export async function revokeApiToken(
  db: DatabasePool,
  tenantId: string,
  which: TokenToRevoke,
): Promise<ApiTokenRow | null> {
  if ('id' in which && !isUuid(which.id)) return null;
  const match =
    'id' in which ? sql.fragment`id = ${which.id}` : sql.fragment`token_hash = ${hashApiToken(which.token)}`;
  const revoked = await db.maybeOneFirst(sql.type(z.object({ id: z.string() }))`
    UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now())
    WHERE tenant_id = ${tenantId} AND ${match} RETURNING id`);
  return revoked ? toView(await db.one(sql.type(Row)`${selectTokens} WHERE k.id = ${revoked}`)) : null;
}
