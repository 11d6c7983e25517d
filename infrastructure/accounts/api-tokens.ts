import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { type DatabasePool, sql } from 'slonik';

/** Tokens are long random strings, so a fast hash is enough to keep them useless if the table leaks. */
export const hashApiToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export async function createApiToken(db: DatabasePool, tenantId: string, staffUserId: string): Promise<string> {
  const token = `oms_${randomBytes(32).toString('base64url')}`;
  await db.query(sql.unsafe`
    INSERT INTO api_tokens (id, tenant_id, staff_user_id, token_hash) VALUES (${randomUUID()}, ${tenantId}, ${staffUserId}, ${hashApiToken(token)})`);
  return token;
}
