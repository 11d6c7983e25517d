import path from 'node:path';
import { errorMessage, StartFailure } from '../start-failure';

const MIGRATIONS_DIR = path.join(__dirname, 'migrations');

/**
 * Brings the schema up to date with node-pg-migrate (SQL files in ./migrations, applied in order under its advisory
 * lock, so several processes starting at once do not race). A migration that fails stops the start, saying which.
 */
export async function migrate(
  connectionString: string,
  log: (message: string) => void = () => undefined,
): Promise<void> {
  const { runner } = await import('node-pg-migrate');
  let current: string | undefined;
  try {
    await runner({
      databaseUrl: connectionString,
      dir: MIGRATIONS_DIR,
      migrationsTable: 'schema_migrations',
      direction: 'up',
      checkOrder: true,
      log: (message) => {
        current = /MIGRATION (\S+) \(UP\)/.exec(message)?.[1] ?? current;
        log(message);
      },
      verbose: false,
    });
  } catch (error) {
    throw new StartFailure(
      `Bringing the database schema up to date failed${current ? ` in migration ${current}` : ''}: ${errorMessage(error)}.`,
      (current
        ? `Nothing of ${current} was kept (migrations run in a transaction): the data is as before. `
        : 'No migration was applied: the data is as before. ') +
        "If DATABASE_URL points at a database that another application uses, point it at one of this system's own; " +
        `otherwise report this message (the migrations are in ${MIGRATIONS_DIR}).`,
      { cause: error },
    );
  }
}
