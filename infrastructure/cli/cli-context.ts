import type pg from 'pg';
import type { Logger } from 'pino';
import type { DatabasePool } from 'slonik';
import type { CommandHandler } from '../../application/commands/command-handler';
import type { CommandPipeline } from '../../application/commands/command-pipeline';
import type { EventRegistry } from '../../application/events/event-registry';
import type { RunImportDependencies } from '../../application/import/run-import';
import type { Credentials } from '../../application/ports/credentials';
import type { EventStore } from '../../application/ports/event-store';
import type { EventEmitter } from 'node:events';
import type { ProjectionRunner } from '../../projections/runner';
import type { RequestMailsDependencies } from '../../application/mail/request-mails';
import { type MailSending, startMailSending } from '../mail/mail-sending';
import { loadConfig } from '../config';
import { createContainer, TOKENS } from '../container';
import { createLogger } from '../logger';
import { openDatabase } from '../postgres/database';

/** What CLI commands use, resolved once here (the CLI's composition root); no command sees the container. */
export interface CliServices {
  readonly logger: Logger;
  readonly db: DatabasePool;
  readonly pgPool: pg.Pool;
  readonly store: EventStore;
  readonly registry: EventRegistry;
  readonly progress: EventEmitter;
  /** Every command a CLI command sends goes through it; it returns once the read models show the change. */
  readonly pipeline: CommandPipeline;
  /** Only for what is not one command: setting up a tenant, importing many orders at once. */
  readonly commands: CommandHandler;
  readonly credentials: Credentials;
  readonly imports: RunImportDependencies;
  readonly runners: readonly ProjectionRunner[];
  /** Mails asked for through the pipeline (`mail send`). */
  readonly mailRequests: RequestMailsDependencies;
  /**
   * The mail queue for this command's lifetime: always installed (the mail-outbox read model writes its jobs), and with
   * `worker` a worker of the CLI's own that sends while the command waits. Stopped when the command ends.
   */
  startMailSending(options: { readonly worker: boolean }): Promise<void>;
  /** So that what was written outside the pipeline is on the screens when the CLI returns. */
  bringReadModelsUpToDate(): Promise<void>;
}

/** Opens the same database and event store the server uses (joining a running embedded PostgreSQL), runs, closes. */
export async function withCli<T>(work: (cli: CliServices) => Promise<T>): Promise<T> {
  const config = loadConfig({ LOG_LEVEL: 'warn', ...process.env });
  // Warnings only unless LOG_LEVEL asks for more: the CLI's own output is what the operator reads.
  const logger = createLogger(config.logLevel, config.logFormat);
  const database = await openDatabase(config, logger);
  // No runners run in the background here: a command brings the read models up to date before it returns.
  const { container, close } = await createContainer(config, logger, database.connectionString, 'catch-up').catch(
    async (error: unknown) => {
      await database.stop();
      throw error;
    },
  );
  let mail: MailSending | undefined;
  try {
    const runners = container.get(TOKENS.ProjectionRunners);
    return await work({
      logger,
      db: container.get(TOKENS.Db),
      pgPool: container.get(TOKENS.PgPool),
      store: container.get(TOKENS.EventStore),
      registry: container.get(TOKENS.Registry),
      progress: container.get(TOKENS.ProjectionProgress),
      pipeline: container.get(TOKENS.Pipeline),
      commands: container.get(TOKENS.Commands),
      credentials: container.get(TOKENS.Credentials),
      imports: container.get(TOKENS.ImportDependencies),
      runners,
      mailRequests: container.get(TOKENS.MailRequests),
      startMailSending: async (options) => {
        // One mail at a time: each one's record brings every read model up to date in this process (catch-up).
        mail ??= await startMailSending(container, database.connectionString, { ...options, concurrency: 1 });
      },
      bringReadModelsUpToDate: async () => {
        await Promise.all(runners.map((runner) => runner.bringUpToDate()));
      },
    });
  } finally {
    await mail?.stop();
    await close();
    await database.stop();
  }
}
