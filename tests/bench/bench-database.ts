import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { createDatabaseIfMissing, type RunningPostgres, startEmbeddedPostgres } from '../../infrastructure/postgres/embedded-postgres';
import { migrate } from '../../infrastructure/postgres/migrate';
import { freePort } from '../support/free-port';

/** A PostgreSQL for benchmarks (embedded unless DATABASE_URL is set) that hands out fresh databases. */
export async function openBenchServer(): Promise<{ freshDatabase(migrated: boolean): Promise<string>; stop(): Promise<void> }> {
  const server: RunningPostgres = process.env.DATABASE_URL
    ? { connectionString: process.env.DATABASE_URL, stop: async () => undefined }
    : await startEmbeddedPostgres({
        dataDir: path.join(__dirname, '../../.data', `bench-postgres-${process.pid}`),
        port: await freePort(),
        database: 'postgres',
        persistent: false,
      });
  const created: string[] = [];
  const withDatabase = (name: string) => {
    const url = new URL(server.connectionString);
    url.pathname = `/${name}`;
    return url.toString();
  };
  return {
    async freshDatabase(migrated) {
      const name = `oms_bench_${randomBytes(4).toString('hex')}`;
      await createDatabaseIfMissing(server.connectionString, name);
      created.push(name);
      if (migrated) await migrate(withDatabase(name));
      return withDatabase(name);
    },
    async stop() {
      const client = new pg.Client({ connectionString: server.connectionString });
      await client.connect();
      for (const name of created) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
      await server.stop();
    },
  };
}
