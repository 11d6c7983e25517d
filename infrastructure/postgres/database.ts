import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { errorCode, errorMessage, StartFailure } from '../start-failure';
import { type RunningPostgres, startEmbeddedPostgres } from './embedded-postgres';
import { migrate } from './migrate';
import { systemClusterDir } from './postgres-account';

/** The product's PostgreSQL: the one in DATABASE_URL, or the embedded one under `.data/` started here. Migrated. */
export async function openDatabase(config: Config, logger: Logger): Promise<RunningPostgres> {
  const clusterDir = path.join(config.dataDir, 'postgres');
  const running: RunningPostgres = config.databaseUrl
    ? { connectionString: await reachable(config.databaseUrl), stop: async () => undefined }
    : await startEmbeddedPostgres({
        dataDir: clusterDir,
        // A folder the operator chose is used as it is; the default one moves when PostgreSQL cannot reach it.
        dataDirForPostgresUser: config.dataDirChosen ? undefined : systemClusterDir(clusterDir),
        port: config.embeddedPostgresPort,
        database: 'oms',
        persistent: true,
        onLog: (line) => logger.debug({ postgres: line.trim() }),
      });
  logger.info(
    {
      database: config.databaseUrl
        ? 'DATABASE_URL'
        : `embedded, data in ${path.dirname(running.dataDir ?? clusterDir)}`,
    },
    'database ready',
  );
  try {
    await migrate(running.connectionString, (message) => logger.debug({ migration: message }));
  } catch (error) {
    await running.stop();
    throw error;
  }
  return running;
}

/** Connects once, so that a wrong DATABASE_URL stops the start with what is wrong rather than a driver's error. */
async function reachable(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    return databaseUrl;
  } catch (error) {
    throw databaseUrlFailure(databaseUrl, error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function databaseUrlFailure(databaseUrl: string, error: unknown): StartFailure {
  const url = new URL(databaseUrl);
  const where = `${url.hostname}:${url.port || 5432}`;
  const target = `the PostgreSQL in DATABASE_URL (${url.username || 'user not set'}@${where}${url.pathname})`;
  const say = (what: string, todo: string) => new StartFailure(what, todo, { cause: error });
  switch (errorCode(error)) {
    case 'ECONNREFUSED':
      return say(
        `Cannot connect to ${target}: nothing is listening at ${where}.`,
        'Start that PostgreSQL, or correct the host and port in DATABASE_URL (unset DATABASE_URL to use the embedded one).',
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return say(
        `Cannot connect to ${target}: the host name ${url.hostname} is not known.`,
        'Correct the host in DATABASE_URL.',
      );
    case '28P01':
    case '28000':
      return say(
        `${capitalised(target)} refused the user name or password: ${errorMessage(error)}.`,
        'Correct the user and password in DATABASE_URL (characters such as @ : / # in a password are written %40 %3A %2F %23).',
      );
    case '3D000':
      return say(
        `${capitalised(target)} has no database ${url.pathname.slice(1)}.`,
        `Create it (createdb ${url.pathname.slice(1)}), or correct the database name in DATABASE_URL.`,
      );
    default:
      return say(
        `Cannot connect to ${target}: ${errorMessage(error)}.`,
        'Check that the PostgreSQL is running and reachable from here and that DATABASE_URL is right (host, port, user, password, database, sslmode).',
      );
  }
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
