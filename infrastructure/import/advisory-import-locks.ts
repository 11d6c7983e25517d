import type pg from 'pg';
import type { ImportLock, ImportLocks } from '../../application/import/import-locks';

/**
 * PostgreSQL session advisory locks, one connection held per running import: the server drops the lock with the
 * connection, so a process that dies lets go of its imports by itself.
 */
export class AdvisoryImportLocks implements ImportLocks {
  private readonly held = new Set<pg.PoolClient>();

  constructor(private readonly pool: pg.Pool) {}

  async take(importId: string): Promise<ImportLock | undefined> {
    const client = await this.pool.connect();
    const key = `import:${importId}`;
    try {
      const { rows } = await client.query<{ taken: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS taken', [
        key,
      ]);
      if (!rows[0]?.taken) {
        client.release();
        return undefined;
      }
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
    this.held.add(client);
    return {
      release: async () => {
        if (!this.held.delete(client)) return; // dropped by close()
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

  /**
   * Drops the connections of imports still running, and with them their locks: a process that stops past its grace
   * leaves them as a crash would, for the next start to record as failed, instead of waiting on them for ever.
   */
  close(): void {
    for (const client of this.held) client.release(new Error('the process is stopping'));
    this.held.clear();
  }
}
