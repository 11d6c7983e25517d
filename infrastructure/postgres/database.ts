import path from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { type RunningPostgres, startEmbeddedPostgres } from './embedded-postgres';
import { migrate } from './migrate';

/** The product's PostgreSQL: the one in DATABASE_URL, or the embedded one under `.data/` started here. Migrated. */
export async function openDatabase(config: Config, logger: Logger): Promise<RunningPostgres> {
  const running: RunningPostgres = config.databaseUrl
    ? { connectionString: config.databaseUrl, stop: async () => undefined }
    : await startEmbeddedPostgres({
        dataDir: path.join(config.dataDir, 'postgres'),
        port: config.embeddedPostgresPort,
        database: 'oms',
        persistent: true,
        onLog: (line) => logger.debug({ postgres: line.trim() }),
      });
  logger.info(
    { database: config.databaseUrl ? 'DATABASE_URL' : `embedded, data in ${config.dataDir}` },
    'database ready',
  );
  await migrate(running.connectionString, (message) => logger.debug({ migration: message }));
  return running;
}
