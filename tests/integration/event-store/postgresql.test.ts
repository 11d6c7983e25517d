import type { LogPage } from '../../../application/ports/event-store';
import { readLogPage } from '../../../infrastructure/event-store/postgresql/log-reader';
import { PostgreSqlEventStore } from '../../../infrastructure/event-store/postgresql/postgresql-event-store';
import { RecentEvents } from '../../../infrastructure/event-store/postgresql/recent-events';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { describeEventStoreConformance } from './conformance';

let database: TestDatabase;
afterAll(() => database?.drop());

describeEventStoreConformance('PostgreSQL adapter', async () => {
  database = await createTestDatabase();
  return new PostgreSqlEventStore(database.pool, { pollIntervalMs: 20 });
});

// What a process reads of events another process appended: every body comes from the table.
describeEventStoreConformance('PostgreSQL adapter, keeping no appended bodies', async () => {
  database = database ?? (await createTestDatabase());
  return new PostgreSqlEventStore(database.pool, { pollIntervalMs: 20, recentEvents: 0 });
});

describe('PostgreSQL adapter: bodies of its own appends are read from memory', () => {
  let db: TestDatabase;
  beforeAll(async () => (db = await createTestDatabase()));
  afterAll(() => db.drop());

  const event = (n: number) => ({
    id: crypto.randomUUID(),
    type: 'Noted',
    data: { n, text: `髙橋 ① ${n}` },
    metadata: { tenantId: 't-1' },
  });
  const stream = () => `note-${crypto.randomUUID()}`;
  const bodies = (page: LogPage) => page.events.map((e) => [e.type, e.data, e.metadata]);

  test('a page reads the same whether the bodies came from memory, were dropped from it, or were never there', async () => {
    const small = new PostgreSqlEventStore(db.pool, { pollIntervalMs: 20, recentEvents: 2 });
    const name = stream();
    // Three transactions: the first one's body is dropped when the third arrives; the last holds 2 of its 3 events.
    await small.append({ streamName: name, expectedRevision: 'any', events: [event(1)] });
    await small.append({ streamName: name, expectedRevision: 'any', events: [event(2)] });
    await small.append({ streamName: name, expectedRevision: 'any', events: [event(3), event(4), event(5)] });
    const filter = { streamPrefixes: [name] };
    const fresh = new PostgreSqlEventStore(db.pool, { pollIntervalMs: 20 });
    const expected = [1, 2, 3, 4, 5].map((n) => ['Noted', { n, text: `髙橋 ① ${n}` }, { tenantId: 't-1' }]);
    expect(bodies(await small.readAll({ maxCount: 10, filter }))).toEqual(expected);
    expect(bodies(await fresh.readAll({ maxCount: 10, filter }))).toEqual(expected);
  });

  test('an event body shared from memory is frozen, so that no reader can change what the others read', async () => {
    const store = new PostgreSqlEventStore(db.pool, { pollIntervalMs: 20 });
    const name = stream();
    await store.append({
      streamName: name,
      expectedRevision: 'any',
      events: [{ ...event(1), data: { lines: [{ sku: 'A-1' }] } }],
    });
    const [read] = (await store.readAll({ maxCount: 1, filter: { streamPrefixes: [name] } })).events;
    expect(() => {
      (read!.data.lines as { sku: string }[])[0]!.sku = 'B-2';
    }).toThrow(TypeError);
  });

  test('a body dropped between the page query and the fill is read from the table', async () => {
    const store = new PostgreSqlEventStore(db.pool, { pollIntervalMs: 20 });
    const name = stream();
    const result = await store.append({ streamName: name, expectedRevision: 'any', events: [event(7)] });
    // The transaction counts as held, but its body is gone by the time the page is filled.
    const forgetful = new RecentEvents();
    forgetful.remember(result.position.commit, []);
    const page = await readLogPage(db.pool, { maxCount: 10, filter: { streamPrefixes: [name] } }, forgetful);
    expect(bodies(page)).toEqual([['Noted', { n: 7, text: '髙橋 ① 7' }, { tenantId: 't-1' }]]);
  });
});

describe('PostgreSQL adapter: a slow writer is never skipped', () => {
  test('an event committed after a later one became visible is still delivered, and first', async () => {
    const db = await createTestDatabase();
    const store = new PostgreSqlEventStore(db.pool, { pollIntervalMs: 20 });
    try {
      const slow = await db.pool.connect();
      await slow.query('BEGIN');
      const request = (stream: string, type: string) =>
        JSON.stringify([
          { stream, expected: 'any', events: [{ id: crypto.randomUUID(), type, data: {}, metadata: {} }] },
        ]);
      await slow.query('SELECT * FROM append_to_streams($1::jsonb)', [request('order-slow', 'Slow')]);
      await store.append({
        streamName: 'order-fast',
        expectedRevision: 'any',
        events: [{ id: crypto.randomUUID(), type: 'Fast', data: {}, metadata: {} }],
      });

      const whileSlowIsOpen = await store.readAll({ maxCount: 10 });
      expect(whileSlowIsOpen.events).toEqual([]);

      await slow.query('COMMIT');
      slow.release();
      const afterCommit = await store.readAll({ after: whileSlowIsOpen.checkpoint, maxCount: 10 });
      expect(afterCommit.events.map((e) => e.type)).toEqual(['Slow', 'Fast']);
    } finally {
      await store.close();
      await db.drop();
    }
  });
});
