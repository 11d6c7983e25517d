import { Container, type ServiceIdentifier } from 'inversify';
import pg from 'pg';
import type { Express } from 'express';
import type { Logger } from 'pino';
import { createPool, type DatabasePool } from 'slonik';
import type { CommandHandler } from '../application/commands/command-handler';
import type { CommandPipeline } from '../application/commands/command-pipeline';
import type { References } from '../application/commands/references';
import type { RunImportDependencies } from '../application/import/run-import';
import type { ReadModelWaiter } from '../application/ports/read-model-waiter';
import type { EventRegistry } from '../application/events/event-registry';
import type { Clock } from '../application/ports/clock';
import type { Credentials } from '../application/ports/credentials';
import type { EventStore } from '../application/ports/event-store';
import { allProjections } from '../projections/all-projections';
import type { EventEmitter } from 'node:events';
import type { PositionWaiter } from '../projections/position-waiter';
import type { ProjectionRunner } from '../projections/runner';
import type { Config } from './config';
import { EventStoreDbEventStore } from './event-store/eventstoredb/eventstoredb-event-store';
import { PostgreSqlEventStore } from './event-store/postgresql/postgresql-event-store';
import type { ImportLocks } from '../application/import/import-locks';
import type { ImportsInProgress } from '../application/import/imports-in-progress';
import type { MailTemplates, MailTransports, ShopMailSettingsReader } from '../application/mail/ports';
import type { AutomationSettings } from '../application/automation/ports';
import type { IntakePlannerDependencies } from '../application/automation/intake-planner';
import type { MailFacts, MailPreparation, MyPageLinks } from '../application/mail/prepare-mail';
import type { BuyerEnquiries } from '../application/my-page/buyer-enquiries';
import type { RequestMailsDependencies } from '../application/mail/request-mails';
import type { TrackingImportCounts } from '../application/tracking/import-tracking-numbers';
import type { ShopTransports } from './mail/shop-transports';
import { AdvisoryImportLocks } from './import/advisory-import-locks';
import { accountsModule } from './modules/accounts-module';
import { automationModule } from './modules/automation-module';
import { commandsModule } from './modules/commands-module';
import { coreModule } from './modules/core-module';
import { eventStoreModule } from './modules/event-store-module';
import { httpModule } from './modules/http-module';
import { UploadFolder } from './http/imports/upload-folder';
import { StaffRequests } from './http/staff-requests';
import { type SessionStore, openSessionStore } from './http/auth/sessions';
import { importModule } from './modules/import-module';
import { intakeModule } from './modules/intake-module';
import { mailModule } from './modules/mail-module';
import { myPageModule } from './modules/my-page-module';
import { policiesModule } from './modules/policies-module';
import { projectionsModule } from './modules/projections-module';

export const TOKENS = {
  Config: Symbol.for('Config') as ServiceIdentifier<Config>,
  Logger: Symbol.for('Logger') as ServiceIdentifier<Logger>,
  PgPool: Symbol.for('PgPool') as ServiceIdentifier<pg.Pool>,
  Db: Symbol.for('Db') as ServiceIdentifier<DatabasePool>,
  EventStore: Symbol.for('EventStore') as ServiceIdentifier<EventStore>,
  Registry: Symbol.for('EventRegistry') as ServiceIdentifier<EventRegistry>,
  Clock: Symbol.for('Clock') as ServiceIdentifier<Clock>,
  Commands: Symbol.for('CommandHandler') as ServiceIdentifier<CommandHandler>,
  Credentials: Symbol.for('Credentials') as ServiceIdentifier<Credentials>,
  ProjectionProgress: Symbol.for('ProjectionProgress') as ServiceIdentifier<EventEmitter>,
  ProjectionRunners: Symbol.for('ProjectionRunners') as ServiceIdentifier<readonly ProjectionRunner[]>,
  /**
   * Process managers (application/policies) that turn events into commands, run like projections but apart from them:
   * the read-model waiters never wait for (or run) a policy. Started by the server, not by the CLI.
   */
  PolicyRunners: Symbol.for('PolicyRunners') as ServiceIdentifier<readonly ProjectionRunner[]>,
  PositionWaiter: Symbol.for('PositionWaiter') as ServiceIdentifier<PositionWaiter>,
  ImportsInProgress: Symbol.for('ImportsInProgress') as ServiceIdentifier<ImportsInProgress>,
  TrackingImportsInProgress: Symbol.for('TrackingImportsInProgress') as ServiceIdentifier<
    ImportsInProgress<TrackingImportCounts>
  >,
  ImportLocks: Symbol.for('ImportLocks') as ServiceIdentifier<ImportLocks>,
  UploadFolder: Symbol.for('UploadFolder') as ServiceIdentifier<UploadFolder>,
  StaffRequests: Symbol.for('StaffRequests') as ServiceIdentifier<StaffRequests>,
  SessionStore: Symbol.for('SessionStore') as ServiceIdentifier<SessionStore>,
  HttpApp: Symbol.for('HttpApp') as ServiceIdentifier<Express>,
  ReadModelWaiter: Symbol.for('ReadModelWaiter') as ServiceIdentifier<ReadModelWaiter>,
  References: Symbol.for('References') as ServiceIdentifier<References>,
  Pipeline: Symbol.for('CommandPipeline') as ServiceIdentifier<CommandPipeline>,
  ImportDependencies: Symbol.for('ImportDependencies') as ServiceIdentifier<RunImportDependencies>,
  MailTemplates: Symbol.for('MailTemplates') as ServiceIdentifier<MailTemplates>,
  ShopMailSettings: Symbol.for('ShopMailSettings') as ServiceIdentifier<ShopMailSettingsReader>,
  MailTransports: Symbol.for('MailTransports') as ServiceIdentifier<MailTransports>,
  /** Rules, caution areas and check settings, as intake automation and the dry run read them. */
  AutomationSettings: Symbol.for('AutomationSettings') as ServiceIdentifier<AutomationSettings>,
  /** Everything intake automation reads (settings, look-ups, KEN_ALL), for the import, staff entry and the dry run. */
  IntakePlanning: Symbol.for('IntakePlanning') as ServiceIdentifier<IntakePlannerDependencies>,
  /** The same object as MailTransports, with the close the container calls for its cached SMTP connections. */
  ShopTransports: Symbol.for('ShopTransports') as ServiceIdentifier<ShopTransports>,
  MailFacts: Symbol.for('MailFacts') as ServiceIdentifier<MailFacts>,
  MyPageLinks: Symbol.for('MyPageLinks') as ServiceIdentifier<MyPageLinks>,
  MailPreparation: Symbol.for('MailPreparation') as ServiceIdentifier<MailPreparation>,
  /** The マイページ's view of 問い合わせ: the buyer sends and reads their order's threads. */
  BuyerEnquiries: Symbol.for('BuyerEnquiries') as ServiceIdentifier<BuyerEnquiries>,
  MailRequests: Symbol.for('MailRequests') as ServiceIdentifier<RequestMailsDependencies>,
} as const;

/**
 * How read-your-writes is kept: `live` in the server, whose runners run in the background (wait for them); `catch-up`
 * in the CLI, which runs none (bring the read models up to date before a command returns).
 */
export type ReadModelsMode = 'live' | 'catch-up';

/**
 * The composition root: every adapter is chosen here and nowhere else, bound in one container module per capability
 * (infrastructure/modules). Services are resolved only by the roots that use this (server, CLI, tests).
 * `close` releases what was opened, in reverse.
 */
export async function createContainer(
  config: Config,
  logger: Logger,
  connectionString: string,
  readModels: ReadModelsMode = 'live',
): Promise<{ container: Container; close(): Promise<void> }> {
  const container = new Container({ defaultScope: 'Singleton' });
  const pgPool = openPgPool(connectionString, config.databaseConnections, logger);
  // Every runner (projection or policy) keeps one connection for its advisory lock as long as it runs; requests and
  // the runners' own transactions share the others. (Room for two policies; there is one.)
  const db = await createPool(connectionString, {
    maximumPoolSize: config.databaseConnections + allProjections.length + 2,
  });
  const store = openEventStore(config, pgPool);
  logger.info({ eventStore: store.kind }, 'event store ready');
  const importLocks = new AdvisoryImportLocks(pgPool);
  const uploads = new UploadFolder(config.uploadDir, logger);
  // Imports read and append on connections of their own (named, for pg_stat_activity): however large the file, staff
  // keep the request connections and most of PostgreSQL's time.
  const importPool = openPgPool(connectionString, config.importConnections, logger, 'oms-import');
  const sessionStore = openSessionStore(pgPool, logger);
  // The buyers' sessions (マイページ) on a store object of their own: express-session sets its cookie options on the
  // store it is given, so two middlewares sharing one would give staff cookies the buyers' path.
  const buyerSessionStore = openSessionStore(pgPool, logger, { prunes: false });
  const importStore = store instanceof PostgreSqlEventStore ? store.throughPool(importPool) : store;

  await container.load(
    coreModule({ config, logger, pgPool, db }),
    eventStoreModule(store),
    projectionsModule(readModels),
    commandsModule,
    accountsModule,
    importModule({
      locks: importLocks,
      uploads,
      store: importStore,
      concurrency: config.importConnections,
      staffRequests: new StaffRequests(),
    }),
    mailModule,
    automationModule,
    myPageModule,
    policiesModule,
    intakeModule,
    httpModule(sessionStore, buyerSessionStore),
  );

  return {
    container,
    async close() {
      await Promise.all(container.get(TOKENS.PolicyRunners).map((r) => r.stop()));
      await Promise.all(container.get(TOKENS.ProjectionRunners).map((r) => r.stop()));
      container.get(TOKENS.ShopTransports).close();
      await store.close();
      await db.end();
      importLocks.close();
      await uploads.close();
      await sessionStore.close();
      await buyerSessionStore.close();
      await importPool.end();
      await pgPool.end();
    },
  };
}

function openPgPool(connectionString: string, max: number, logger: Logger, applicationName?: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, ...(applicationName && { application_name: applicationName }) });
  // An idle connection dropped by the server (restart, failover) must not bring the process down. While the pool is
  // ending, a connection still saying goodbye when the embedded server stops is expected, not news.
  pool.on('error', (error) => {
    if (!pool.ending) logger.warn({ err: error }, 'idle database connection lost');
  });
  return pool;
}

/** EventStoreDB when EVENTSTORE_URL is set, else the PostgreSQL store. */
function openEventStore(config: Config, pgPool: pg.Pool): EventStore {
  return config.eventStoreUrl ? new EventStoreDbEventStore(config.eventStoreUrl) : new PostgreSqlEventStore(pgPool);
}
