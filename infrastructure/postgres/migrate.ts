import path from 'node:path';

const MIGRATIONS_DIR = path.join(__dirname, 'migrations');

/**
 * Brings the schema up to date with node-pg-migrate (SQL files in ./migrations, applied in order under its advisory
 * lock, so several processes starting at once do not race).
 */
export async function migrate(
  connectionString: string,
  log: (message: string) => void = () => undefined,
): Promise<void> {
  const { runner } = await import('node-pg-migrate');
  await runner({
    databaseUrl: connectionString,
    dir: MIGRATIONS_DIR,
    migrationsTable: 'schema_migrations',
    direction: 'up',
    checkOrder: true,
    log,
    verbose: false,
  });
}
