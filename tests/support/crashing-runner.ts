/**
 * Run as a child process by the crash test: applies one batch of the crash-probe projection and, half way through it,
 * says so and waits to be killed.
 */
import { EventEmitter } from 'node:events';
import pg from 'pg';
import pino from 'pino';
import { createPool } from 'slonik';
import { createProductEventRegistry } from '../../application/events/product-events';
import { PostgreSqlEventStore } from '../../infrastructure/event-store/postgresql/postgresql-event-store';
import { ProjectionRunner } from '../../projections/runner';
import { crashProbeProjection } from './crash-probe-projection';

async function main(connectionString: string): Promise<void> {
  const db = await createPool(connectionString);
  const store = new PostgreSqlEventStore(new pg.Pool({ connectionString }));
  const projection = crashProbeProjection({
    pauseAfterFirstWrite: async () => {
      process.stdout.write('mid-batch\n');
      await new Promise(() => undefined);
    },
  });
  const deps = {
    store,
    db,
    registry: createProductEventRegistry(),
    logger: pino({ level: 'silent' }),
    progress: new EventEmitter(),
  };
  await new ProjectionRunner(projection, deps, { batchSize: 50, standbyRetryMs: 50 }).catchUp();
}

void main(process.argv[2]!);
