/**
 * Event store and projection throughput, ours beside Emmett's PostgreSQL store (@event-driven-io/emmett-postgresql)
 * on the same PostgreSQL in the same run, each in a database of its own.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { dumbo, rawSql } from '@event-driven-io/dumbo';
import { getPostgreSQLEventStore, readMessagesBatch } from '@event-driven-io/emmett-postgresql';
import pg from 'pg';
import pino from 'pino';
import { createPool } from 'slonik';
import { createProductEventRegistry } from '../../application/events/product-events';
import { type GlobalPosition, type NewEvent } from '../../application/ports/event-store';
import { PostgreSqlEventStore } from '../../infrastructure/event-store/postgresql/postgresql-event-store';
import { operationHistoryProjection } from '../../projections/operation-history/operation-history-projection';
import { ProjectionRunner } from '../../projections/runner';
import { openBenchServer } from './bench-database';
import { figure, inParallel, ratePerSecond } from './report';

const SEQUENTIAL = 2_000;
const CONCURRENT = 8_000;
const CONCURRENCY = 16;
const BATCHES = 300;
const STREAMS_PER_BATCH = 200;
const EVENTS_PER_STREAM = 5;

const registry = createProductEventRegistry();
/** A realistic spread: a database serves a few dozen contracting companies, not one per event. */
const TENANTS = Array.from({ length: 30 }, () => randomUUID());

/** A real product event (it has to decode in the projection), built before timing starts. */
const productEvent = (i: number): NewEvent =>
  registry.toNewEvent(
    {
      type: 'TenantRegistered',
      data: {
        tenantId: randomUUID(),
        code: `shop-${i}`,
        name: `株式会社髙橋商店 第${i}号店`,
        retentionPlan: '13months',
      },
    },
    {
      tenantId: TENANTS[i % TENANTS.length]!,
      actor: 'bench',
      correlationId: randomUUID(),
      causationId: randomUUID(),
      commandId: randomUUID(),
      occurredAt: new Date().toISOString(),
    },
  );

const events = (count: number) => Array.from({ length: count }, (_, i) => productEvent(i));

export async function eventStoreBenchmark(): Promise<void> {
  const server = await openBenchServer();
  try {
    const ours = await oursFigures(await server.freshDatabase(true));
    const emmett = await emmettFigures(await server.freshDatabase(false));
    figure('ratio.append_vs_emmett', ours.appendConcurrent / emmett.appendConcurrent, 'x');
    figure('ratio.read_vs_emmett', ours.readAll / emmett.readAll, 'x');
  } finally {
    await server.stop();
  }
}

async function oursFigures(connectionString: string) {
  const pool = new pg.Pool({ connectionString, max: CONCURRENCY + 2 });
  const store = new PostgreSqlEventStore(pool);
  const db = await createPool(connectionString, { maximumPoolSize: 4 });
  try {
    const sequential = events(SEQUENTIAL);
    const appendSeq = await ratePerSecond(SEQUENTIAL, async () => {
      for (const event of sequential)
        await store.append({ streamName: `order-${randomUUID()}`, expectedRevision: 'no_stream', events: [event] });
    });
    figure('eventstore.append_seq_per_s', appendSeq, 'appends/s');

    const concurrent = events(CONCURRENT);
    const appendConcurrent = await ratePerSecond(CONCURRENT, () =>
      inParallel(CONCURRENT, CONCURRENCY, (i) =>
        store.append({ streamName: `order-${randomUUID()}`, expectedRevision: 'no_stream', events: [concurrent[i]!] }),
      ),
    );
    figure('eventstore.append_concurrent_per_s', appendConcurrent, 'appends/s');

    const batchEvents = events(STREAMS_PER_BATCH * EVENTS_PER_STREAM);
    const batchTotal = BATCHES * STREAMS_PER_BATCH * EVENTS_PER_STREAM;
    const appendBatch = await ratePerSecond(batchTotal, async () => {
      for (let b = 0; b < BATCHES; b++) {
        await store.appendMany(
          Array.from({ length: STREAMS_PER_BATCH }, (_, s) => ({
            streamName: `order-${randomUUID()}`,
            expectedRevision: 'no_stream' as const,
            events: batchEvents
              .slice(s * EVENTS_PER_STREAM, (s + 1) * EVENTS_PER_STREAM)
              .map((e) => ({ ...e, id: randomUUID() })),
          })),
        );
      }
    });
    figure('eventstore.append_batch_events_per_s', appendBatch, 'events/s');

    const total = SEQUENTIAL + CONCURRENT + batchTotal;
    // Reads are measured on a settled table, as autovacuum leaves it, not while it is still analysing the bulk insert.
    await pool.query('VACUUM ANALYZE');
    let read = 0;
    const readAll = await ratePerSecond(total, async () => {
      let after: GlobalPosition | undefined;
      // Until all are read: a transaction elsewhere (autovacuum) can hold the visibility horizon back for a moment.
      while (read < total) {
        const page = await store.readAll({ after, maxCount: 5000 });
        read += page.events.length;
        after = page.checkpoint;
      }
    });
    figure('eventstore.read_all_events_per_s', readAll, 'events/s');

    const runner = new ProjectionRunner(
      operationHistoryProjection,
      { store, db, registry, logger: pino({ level: 'silent' }), progress: new EventEmitter() },
      { batchSize: 5000, standbyRetryMs: 1000 },
    );
    let applied = 0;
    const rebuild = await ratePerSecond(total, async () => {
      applied = await runner.rebuild();
    });
    if (applied !== total) throw new Error(`rebuild applied ${applied} events, expected ${total}`);
    figure('projection.rebuild_events_per_s', rebuild, 'events/s');
    return { appendConcurrent, readAll };
  } finally {
    await store.close();
    await db.end();
    await pool.end();
  }
}

async function emmettFigures(connectionString: string) {
  const store = getPostgreSQLEventStore(connectionString);
  const executor = dumbo({ connectionString });
  try {
    await store.schema.migrate();
    const concurrent = events(CONCURRENT).map((e) => ({ type: e.type, data: e.data, metadata: e.metadata }));
    const appendConcurrent = await ratePerSecond(CONCURRENT, () =>
      inParallel(CONCURRENT, CONCURRENCY, (i) =>
        store.appendToStream(`order-${randomUUID()}`, [concurrent[i]!], {
          expectedStreamVersion: 'STREAM_DOES_NOT_EXIST',
        }),
      ),
    );
    figure('emmett.append_concurrent_per_s', appendConcurrent, 'appends/s');
    await executor.execute.command(rawSql('VACUUM ANALYZE'));

    let read = 0;
    const readAll = await ratePerSecond(CONCURRENT, async () => {
      let after = -1n;
      while (read < CONCURRENT) {
        const batch = await readMessagesBatch(executor.execute, { after, batchSize: 5000 });
        read += batch.messages.length;
        after = batch.currentGlobalPosition;
      }
    });
    figure('emmett.read_all_events_per_s', readAll, 'events/s');
    return { appendConcurrent, readAll };
  } finally {
    await store.close();
    await executor.close();
  }
}
