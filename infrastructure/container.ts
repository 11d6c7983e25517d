import { EventEmitter } from 'node:events';
import { Container, type ServiceIdentifier } from 'inversify';
import pg from 'pg';
import type { Logger } from 'pino';
import { createPool, type DatabasePool } from 'slonik';
import { CommandHandler } from '../application/commands/command-handler';
import type { EventRegistry } from '../application/events/event-registry';
import { createProductEventRegistry } from '../application/events/product-events';
import { type Clock, systemClock } from '../application/ports/clock';
import type { Credentials } from '../application/ports/credentials';
import type { EventStore } from '../application/ports/event-store';
import { allProjections } from '../projections/all-projections';
import { PositionWaiter } from '../projections/position-waiter';
import { ProjectionRunner } from '../projections/runner';
import { PostgreSqlCredentials } from './accounts/postgresql-credentials';
import type { Config } from './config';
import { EventStoreDbEventStore } from './event-store/eventstoredb/eventstoredb-event-store';
import { PostgreSqlEventStore } from './event-store/postgresql/postgresql-event-store';
import type { ImportLocks } from '../application/import/import-locks';
import { ImportsInProgress } from '../application/import/imports-in-progress';
import { AdvisoryImportLocks } from './import/advisory-import-locks';

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
  /** Process managers (application/policies) that turn events into commands; also among ProjectionRunners. */
  PositionWaiter: Symbol.for('PositionWaiter') as ServiceIdentifier<PositionWaiter>,
  ImportsInProgress: Symbol.for('ImportsInProgress') as ServiceIdentifier<ImportsInProgress>,
  ImportLocks: Symbol.for('ImportLocks') as ServiceIdentifier<ImportLocks>,
} as const;

/**
 * The composition root: every adapter is chosen here and nowhere else. `close` releases what was opened, in reverse.
 */
export async function createContainer(
  config: Config,
  logger: Logger,
  connectionString: string,
): Promise<{ container: Container; close(): Promise<void> }> {
  const container = new Container({ defaultScope: 'Singleton' });
  const pgPool = new pg.Pool({ connectionString, max: 10 });
  // An idle connection dropped by the server (restart, failover) must not bring the process down.
  pgPool.on('error', (error) => logger.warn({ err: error }, 'idle database connection lost'));
  // Every runner (projection or policy) keeps one connection for its advisory lock as long as it runs; requests and
  // the runners' own transactions share the other 10. (Room for two policies; there is one.)
  const db = await createPool(connectionString, { maximumPoolSize: 10 + allProjections.length + 2 });
  const store = openEventStore(config, pgPool);
  logger.info({ eventStore: store.kind }, 'event store ready');

  container.bind(TOKENS.Config).toConstantValue(config);
  container.bind(TOKENS.Logger).toConstantValue(logger);
  container.bind(TOKENS.PgPool).toConstantValue(pgPool);
  container.bind(TOKENS.Db).toConstantValue(db);
  container.bind(TOKENS.EventStore).toConstantValue(store);
  container.bind(TOKENS.Registry).toConstantValue(createProductEventRegistry());
  container.bind(TOKENS.Clock).toConstantValue(systemClock);
  container.bind(TOKENS.ProjectionProgress).toConstantValue(new EventEmitter().setMaxListeners(0));
  container
    .bind(TOKENS.Commands)
    .toDynamicValue(
      (c) => new CommandHandler(c.get(TOKENS.EventStore), c.get(TOKENS.Registry), c.get(TOKENS.Clock), logger),
    );
  container.bind(TOKENS.Credentials).toDynamicValue((c) => new PostgreSqlCredentials(c.get(TOKENS.Db)));
  container.bind(TOKENS.ProjectionRunners).toDynamicValue((c) => {
    const deps = {
      store: c.get(TOKENS.EventStore),
      db: c.get(TOKENS.Db),
      registry: c.get(TOKENS.Registry),
      logger,
      progress: c.get(TOKENS.ProjectionProgress),
    };
    return allProjections.map((projection) => new ProjectionRunner(projection, deps));
  });
  container.bind(TOKENS.ImportsInProgress).toConstantValue(new ImportsInProgress());
  const importLocks = new AdvisoryImportLocks(pgPool);
  container.bind(TOKENS.ImportLocks).toConstantValue(importLocks);
  container
    .bind(TOKENS.PositionWaiter)
    .toDynamicValue((c) => new PositionWaiter(c.get(TOKENS.Db), c.get(TOKENS.ProjectionProgress), allProjections));

  return {
    container,
    async close() {
      await Promise.all(container.get(TOKENS.ProjectionRunners).map((r) => r.stop()));
      await store.close();
      await db.end();
      importLocks.close();
      await pgPool.end();
    },
  };
}

/** EventStoreDB when EVENTSTORE_URL is set, else the PostgreSQL store. */
function openEventStore(config: Config, pgPool: pg.Pool): EventStore {
  return config.eventStoreUrl ? new EventStoreDbEventStore(config.eventStoreUrl) : new PostgreSqlEventStore(pgPool);
}
