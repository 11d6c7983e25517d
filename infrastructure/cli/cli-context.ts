import type { Container } from 'inversify';
import { loadConfig } from '../config';
import { createContainer, TOKENS } from '../container';
import { createLogger } from '../logger';
import { openDatabase } from '../postgres/database';

/** Opens the same database and event store the server uses (joining a running embedded PostgreSQL), runs, closes. */
export async function withCli<T>(work: (container: Container) => Promise<T>): Promise<T> {
  const config = loadConfig({ LOG_LEVEL: 'warn', ...process.env });
  // Warnings only unless LOG_LEVEL asks for more: the CLI's own output is what the operator reads.
  const logger = createLogger(config.logLevel, config.logFormat);
  const database = await openDatabase(config, logger);
  const { container, close } = await createContainer(config, logger, database.connectionString).catch(
    async (error: unknown) => {
      await database.stop();
      throw error;
    },
  );
  try {
    return await work(container);
  } finally {
    await close();
    await database.stop();
  }
}

/** So that what a command just wrote is on the screens when the CLI returns, with or without a server running. */
export async function bringReadModelsUpToDate(container: Container): Promise<void> {
  await Promise.all(container.get(TOKENS.ProjectionRunners).map((runner) => runner.bringUpToDate()));
}
