import type pg from 'pg';
import type { ImportLock, ImportLocks } from '../../application/import/import-locks';

/**
 * PostgreSQL session advisory locks, one connection held per running import: the server drops the lock with the
 * connection, so a process that dies lets go of its imports by itself.
 */
export class AdvisoryImportLocks implements ImportLocks {
  constructor(private readonly pool: pg.Pool) {}

  async take(importId: string): Promise<ImportLock | undefined> {
    const client = await this.pool.connect();
    const key = `import:${importId}`;
    try {
      const { rows } = await client.query<{ taken: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS taken', [key]);
      if (!rows[0]?.taken) {
        client.release();
        return undefined;
      }
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
    return {
      async release() {
        try {
          await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]);
          client.release();
        } catch (error) {
          // A connection that failed to unlock is closed, which unlocks it.
          client.release(error as Error);
        }
      },
    };
  }
}
