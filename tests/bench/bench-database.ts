import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {
  createDatabaseIfMissing,
  type RunningPostgres,
  startEmbeddedPostgres,
} from '../../infrastructure/postgres/embedded-postgres';
import { migrate } from '../../infrastructure/postgres/migrate';
import { freePort } from '../support/free-port';
import { postgresCpuSeconds } from './postgres-cpu';

const dataDirOf = (dataDirName: string) => path.join(__dirname, '../../.data', dataDirName);

const startServer = async (
  dataDirName: string,
  persistent: boolean,
  settings: Readonly<Record<string, string>> = {},
): Promise<RunningPostgres> =>
  process.env.DATABASE_URL
    ? { connectionString: process.env.DATABASE_URL, stop: async () => undefined }
    : startEmbeddedPostgres({
        dataDir: dataDirOf(dataDirName),
        port: await freePort(),
        database: 'postgres',
        persistent,
        dataDirForPostgresUser: path.join(os.tmpdir(), `oms-${dataDirName}`),
        settings,
      });

const withDatabase = (server: RunningPostgres, name: string) => {
  const url = new URL(server.connectionString);
  url.pathname = `/${name}`;
  return url.toString();
};

/** A PostgreSQL for benchmarks (embedded unless DATABASE_URL is set) that hands out fresh databases. */
export async function openBenchServer(): Promise<{
  freshDatabase(migrated: boolean): Promise<string>;
  cpuSeconds(): Promise<number | undefined>;
  stop(): Promise<void>;
}> {
  const dataDirName = `bench-postgres-${process.pid}`;
  const server = await startServer(dataDirName, false);
  const created: string[] = [];
  return {
    async freshDatabase(migrated) {
      const name = `oms_bench_${randomBytes(4).toString('hex')}`;
      await createDatabaseIfMissing(server.connectionString, name);
      created.push(name);
      if (migrated) await migrate(withDatabase(server, name));
      return withDatabase(server, name);
    },
    /** The embedded server's CPU seconds so far (see postgresCpuSeconds); undefined for a server of one's own. */
    cpuSeconds: () => postgresCpuSeconds(process.env.DATABASE_URL ? undefined : dataDirOf(dataDirName)),
    async stop() {
      const client = new pg.Client({ connectionString: server.connectionString });
      await client.connect();
      for (const name of created) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
      await server.stop();
    },
  };
}

/**
 * A migrated database that outlives the run (under .data/bench-postgres-kept, or on DATABASE_URL), for benchmarks whose
 * fill takes longer than their measurement: the benchmark checks what it finds there and refills when it is not right.
 * `settings` are given to the embedded server; a server of your own (DATABASE_URL) is used as it is configured.
 */
export async function openKeptBenchDatabase(
  name: string,
  settings: Readonly<Record<string, string>> = {},
): Promise<{ connectionString: string; stop(): Promise<void> }> {
  const server = await startServer('bench-postgres-kept', true, settings);
  await createDatabaseIfMissing(server.connectionString, name);
  const connectionString = withDatabase(server, name);
  await migrate(connectionString);
  return { connectionString, stop: () => server.stop() };
}
