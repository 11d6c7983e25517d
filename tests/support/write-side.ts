/** The write and read side wired on one test database, as the container wires them, without HTTP. */
import { EventEmitter } from 'node:events';
import pino from 'pino';
import { createPool, type DatabasePool } from 'slonik';
import { CommandHandler } from '../../application/commands/command-handler';
import type { CommandRequest } from '../../application/commands/command-pipeline';
import type { DomainEvent } from '../../domain/shared/decider';
import { createProductEventRegistry } from '../../application/events/product-events';
import type { Clock } from '../../application/ports/clock';
import { PostgreSqlEventStore } from '../../infrastructure/event-store/postgresql/postgresql-event-store';
import type { RunnerDependencies } from '../../projections/runner';
import { createTestDatabase, type TestDatabase } from './database';

export interface WriteSide {
  readonly database: TestDatabase;
  readonly db: DatabasePool;
  readonly store: PostgreSqlEventStore;
  readonly commands: CommandHandler;
  readonly runnerDependencies: RunnerDependencies;
  close(): Promise<void>;
}

export const fixedClock = (iso = '2026-11-30T09:00:00.000Z'): Clock => ({ now: () => new Date(iso) });

export async function openWriteSide(clock: Clock = fixedClock()): Promise<WriteSide> {
  const database = await createTestDatabase();
  const db = await createPool(database.connectionString, { maximumPoolSize: 5 });
  const store = new PostgreSqlEventStore(database.pool, { pollIntervalMs: 20 });
  const registry = createProductEventRegistry();
  return {
    database,
    db,
    store,
    commands: new CommandHandler(store, registry, clock),
    runnerDependencies: { store, db, registry, logger: pino({ level: 'silent' }), progress: new EventEmitter() },
    async close() {
      await store.close();
      await db.end();
      await database.drop();
    },
  };
}

/** A write side opened before the test file's tests and closed after them; the getter gives it once opened. */
export function writeSideForThisFile(): () => WriteSide {
  let side: WriteSide | undefined;
  beforeAll(async () => {
    side = await openWriteSide();
  });
  afterAll(() => side?.close());
  return () => {
    if (!side) throw new Error('the write side opens in beforeAll');
    return side;
  };
}

export const context = (
  overrides: Partial<{ tenantId: string; actor: string; commandId: string; correlationId: string }> = {},
) => ({
  tenantId: overrides.tenantId ?? '00000000-0000-4000-8000-000000000001',
  actor: overrides.actor ?? 'user-1',
  commandId: overrides.commandId ?? crypto.randomUUID(),
  correlationId: overrides.correlationId ?? crypto.randomUUID(),
});

/** A request of the command pipeline handled straight by the handler: the write side has no read models to wait for. */
export const handleRequest = <Command, Event extends DomainEvent, State>(
  commands: CommandHandler,
  request: CommandRequest<Command, Event, State>,
  overrides: Parameters<typeof context>[0] = {},
) => {
  const ctx = context(overrides);
  const decider = typeof request.decider === 'function' ? request.decider(ctx.tenantId) : request.decider;
  return commands.handle(decider, request.streamName, request.command, ctx, { commandName: request.commandName });
};
