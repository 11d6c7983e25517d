import { PostgreSqlEventStore } from '../../../infrastructure/event-store/postgresql/postgresql-event-store';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { describeEventStoreConformance } from './conformance';

let database: TestDatabase;
afterAll(() => database?.drop());

describeEventStoreConformance('PostgreSQL adapter', async () => {
  database = await createTestDatabase();
  return new PostgreSqlEventStore(database.pool, { pollIntervalMs: 20 });
});

describe('PostgreSQL adapter: a slow writer is never skipped', () => {
  test('an event committed after a later one became visible is still delivered, and first', async () => {
    const db = await createTestDatabase();
    const store = new PostgreSqlEventStore(db.pool, { pollIntervalMs: 20 });
    try {
      const slow = await db.pool.connect();
      await slow.query('BEGIN');
      const request = (stream: string, type: string) =>
        JSON.stringify([{ stream, expected: 'any', events: [{ id: crypto.randomUUID(), type, data: {}, metadata: {} }] }]);
      await slow.query('SELECT * FROM append_to_streams($1::jsonb)', [request('order-slow', 'Slow')]);
      await store.append({ streamName: 'order-fast', expectedRevision: 'any', events: [{ id: crypto.randomUUID(), type: 'Fast', data: {}, metadata: {} }] });

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
