/**
 * The real product (createApp on the real container: event store, command handler, projection runners) inside the
 * test's own process, on the test file's own database and an ephemeral port. Starting it costs a container and a
 * listen, not a child process with its own tsx compile, so API and browser tests use it; a few tests keep the whole
 * process (server-process.ts) for what only it does: start, Ctrl-C and the CLI.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Container } from 'inversify';
import { loadConfig } from '../../infrastructure/config';
import { createContainer, TOKENS } from '../../infrastructure/container';
import { watchForAbandonedImports } from '../../infrastructure/import/watch-abandoned-imports';
import { createLogger } from '../../infrastructure/logger';
import { startMailSending } from '../../infrastructure/mail/mail-sending';
import { createTestDatabase, type TestDatabase } from './database';

export interface InProcessApp {
  readonly url: string;
  readonly database: TestDatabase;
  /** The composition root, for seeding through the real command path (see tenant-fixture.ts). */
  readonly container: Container;
  /** Nothing is printed by an in-process app; kept so that the API helpers work with either kind of server. */
  readonly output: () => string;
  /** Waits until every read model has applied every event written so far. */
  readModelsCaughtUp(): Promise<void>;
  /** Stops the app and drops its database (unless keepDatabase). */
  stop(): Promise<void>;
}

export interface InProcessAppOptions {
  /**
   * Runs on the fresh database before the app starts: for what a test needs already in the log when the app comes up
   * (an import left running by a process that stopped, which the app ends at start).
   */
  readonly beforeStart?: (database: TestDatabase) => Promise<void>;
  /** Leave the database when the app stops: it seeded what a server process started next runs on. */
  readonly keepDatabase?: boolean;
  /**
   * Run the policies (the automatic mails) as the server does. Off by default: an automatic mail appends to the order
   * in the background, and a test that reads an order's revision and then writes would race it.
   */
  readonly policies?: boolean;
  /**
   * Runs on the container before the mail worker starts: a test rebinds a seam there (TOKENS.MailTransports to an SMTP
   * server of its own, TOKENS.Clock to a clock it moves).
   */
  readonly beforeMail?: (container: Container) => Promise<void> | void;
  /** false: the queue without a worker, as if no server were sending (the CLI's own worker is then the one). */
  readonly mailWorker?: boolean;
  /** Environment the app's configuration is read from (e.g. `{ TRUST_PROXY: '1' }`); none by default. */
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * Wired as infrastructure/server.ts wires the product, without opening a database: the test's own is already migrated
 * (a copy of globalSetup's template).
 */
export async function startInProcessApp(options: InProcessAppOptions = {}): Promise<InProcessApp> {
  const database = await createTestDatabase();
  try {
    await options.beforeStart?.(database);
  } catch (error) {
    await database.drop();
    throw error;
  }
  const config = {
    ...loadConfig(options.env ?? {}),
    port: 0,
    databaseUrl: database.connectionString,
    stopGraceSeconds: 5,
  };
  const logger = createLogger(process.env.LOG_LEVEL ?? 'silent');
  const { container, close } = await createContainer(config, logger, database.connectionString);
  const runners = [
    ...container.get(TOKENS.ProjectionRunners),
    ...(options.policies ? container.get(TOKENS.PolicyRunners) : []),
  ];
  for (const runner of runners) await runner.begin();
  for (const runner of runners) runner.start();
  const stopWatching = watchForAbandonedImports(
    {
      runners,
      commands: container.get(TOKENS.Commands),
      store: container.get(TOKENS.EventStore),
      locks: container.get(TOKENS.ImportLocks),
      db: container.get(TOKENS.Db),
    },
    logger,
  );
  await options.beforeMail?.(container);
  const mail = await startMailSending(container, database.connectionString, {
    worker: options.mailWorker ?? true,
    waitForReadModels: false,
  });
  const http: Server = (await container.getAsync(TOKENS.HttpApp)).listen(0);
  await new Promise<void>((resolve, reject) => http.once('listening', resolve).once('error', reject));
  return {
    url: `http://localhost:${(http.address() as AddressInfo).port}`,
    database,
    container,
    output: () => '',
    async readModelsCaughtUp() {
      // One at a time: each wait holds a pool connection, and waits side by side could leave the runners none.
      for (const runner of runners) await runner.bringUpToDate();
    },
    async stop() {
      await stopWatching();
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await closed;
      await container.get(TOKENS.ImportsInProgress).allEnded(config.stopGraceSeconds * 1000);
      await container.get(TOKENS.TrackingImportsInProgress).allEnded(config.stopGraceSeconds * 1000);
      await mail.stop();
      await close();
      if (!options.keepDatabase) await database.drop();
    },
  };
}

/** An app started before the file's tests and stopped after them; the getter gives it once started. */
export function inProcessAppForThisFile(options: InProcessAppOptions = {}): () => InProcessApp {
  let app: InProcessApp | undefined;
  beforeAll(async () => {
    app = await startInProcessApp(options);
  }, 60_000);
  afterAll(() => app?.stop());
  return () => {
    if (!app) throw new Error('the app starts in beforeAll');
    return app;
  };
}
