import { hash, verify } from '@node-rs/argon2';
import { type DatabasePool, sql } from 'slonik';
import type { Credentials } from '../../application/ports/credentials';

/** Argon2id (memory-hard), hashes kept in the `credentials` table. */
export class PostgreSqlCredentials implements Credentials {
  constructor(private readonly db: DatabasePool) {}

  async setPassword(staffUserId: string, password: string): Promise<void> {
    const passwordHash = await hash(password);
    await this.db.query(sql.unsafe`
      INSERT INTO credentials (staff_user_id, password_hash) VALUES (${staffUserId}, ${passwordHash})
      ON CONFLICT (staff_user_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, updated_at = now()`);
  }

  async verifyPassword(staffUserId: string, password: string): Promise<boolean> {
    const stored = await this.db.maybeOneFirst(
      sql.unsafe`SELECT password_hash FROM credentials WHERE staff_user_id = ${staffUserId}`,
    );
    return typeof stored === 'string' && (await verify(stored, password));
  }
}
