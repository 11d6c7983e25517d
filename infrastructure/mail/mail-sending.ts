import type { Container } from 'inversify';
import type PgBoss from 'pg-boss';
import { TOKENS } from '../container';
import { StartFailure } from '../start-failure';
import { startQueue } from './mail-queue';
import { type MailWorkerDependencies, startMailWorker } from './mail-worker';

export interface MailSending {
  readonly boss: PgBoss;
  stop(): Promise<void>;
}

const mailWorkerDependencies = (container: Container, waitForReadModels = true): MailWorkerDependencies => ({
  db: container.get(TOKENS.Db),
  store: container.get(TOKENS.EventStore),
  registry: container.get(TOKENS.Registry),
  pipeline: container.get(TOKENS.Pipeline),
  preparation: container.get(TOKENS.MailPreparation),
  transports: container.get(TOKENS.MailTransports),
  clock: container.get(TOKENS.Clock),
  log: container.get(TOKENS.Logger),
  waitForReadModels,
});

/**
 * The mail queue (pg-boss, in the product's database) and its worker, started with the server: a server that cannot
 * start them does not start, since mails asked for would otherwise wait without anyone saying so.
 */
export async function startMailSending(
  container: Container,
  connectionString: string,
  {
    worker = true,
    concurrency = 4,
    waitForReadModels = true,
  }: {
    readonly worker?: boolean;
    readonly concurrency?: number;
    /** false where projection runners follow the log by themselves (the server): see MailWorkerDependencies. */
    readonly waitForReadModels?: boolean;
  } = {},
): Promise<MailSending> {
  let boss: PgBoss;
  try {
    boss = await startQueue(connectionString, container.get(TOKENS.Logger));
  } catch (error) {
    throw new StartFailure(
      `The mail queue (pg-boss) could not start in the database: ${error instanceof Error ? error.message : String(error)}`,
      'The database user needs the right to create the schema "pgboss" (CREATE on the database), or create it for them.',
      { cause: error },
    );
  }
  try {
    if (worker) await startMailWorker(boss, mailWorkerDependencies(container, waitForReadModels), concurrency);
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw error;
  }
  return {
    boss,
    // Mails being sent are given a few seconds; one cut short is sent again by the next start (its job expires).
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 5_000 }),
  };
}
