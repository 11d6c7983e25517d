import pg from 'pg';
import type { LogPage, ReadAllOptions } from '../../../application/ports/event-store';
import { PostgreSqlEventStore } from '../../../infrastructure/event-store/postgresql/postgresql-event-store';
import { createTestDatabase, type TestDatabase } from '../../support/database';

// The poll is a minute long, so whatever a test sees within it came from a wake-up after an append in this process.
const POLL_MS = 60_000;

let db: TestDatabase;
let store: PostgreSqlEventStore;
let reads: number;
let lastRead: Promise<LogPage> | undefined;
beforeAll(async () => {
  db = await createTestDatabase();
  store = new PostgreSqlEventStore(db.pool, { pollIntervalMs: POLL_MS });
  const readAll = store.readAll.bind(store);
  store.readAll = (options: ReadAllOptions) => {
    reads++;
    lastRead = readAll(options);
    return lastRead;
  };
});
afterAll(async () => {
  await store.close();
  await db.drop();
});
beforeEach(() => (reads = 0));

const event = (type: string) => ({
  id: crypto.randomUUID(),
  type,
  data: { name: '㈱髙橋商店' },
  metadata: { tenantId: 't-1' },
});
const append = (streamName: string, type: string) =>
  store.append({ streamName, expectedRevision: 'any', events: [event(type)] });
/** Lets a woken subscription start its read: waking resolves a promise, and the read follows within the same turn. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** The next page the subscription yields with events in it, or a failure well before the poll would have read it. */
async function nextEvents(pages: AsyncIterator<LogPage>): Promise<string[]> {
  for (;;) {
    const next = pages.next();
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('no wake-up: the page waited for the poll')), 10_000).unref(),
    );
    const { done, value } = await Promise.race([next, timeout]);
    if (done) throw new Error('the subscription ended');
    if (value.events.length > 0) return value.events.map((e) => e.type);
  }
}

test('a filtered subscription is not woken by appends its filter would leave out, and is by one it lets through', async () => {
  const subscription = store.subscribeToAll({ after: await store.headPosition(), filter: { eventTypes: ['Wanted'] } });
  const pages = subscription[Symbol.asyncIterator]();
  try {
    const wanted = nextEvents(pages);
    await settle();
    const readsWhenWaiting = reads;
    for (let i = 0; i < 5; i++) await append(`other-${crypto.randomUUID()}`, 'Other');
    await settle();
    expect(reads).toBe(readsWhenWaiting);

    await append(`wanted-${crypto.randomUUID()}`, 'Wanted');
    expect(await wanted).toEqual(['Wanted']);
  } finally {
    await subscription.close();
  }
});

test('an append told while the subscriber was busy with a page is read at once, not at the next poll', async () => {
  const stream = `order-${crypto.randomUUID()}`;
  const subscription = store.subscribeToAll({
    after: await store.headPosition(),
    filter: { streamPrefixes: [stream] },
  });
  const pages = subscription[Symbol.asyncIterator]();
  try {
    const first = nextEvents(pages);
    await settle();
    await append(stream, 'First');
    expect(await first).toEqual(['First']);
    // The generator is suspended at its yield: nobody is waiting to be woken.
    await append(stream, 'Second');
    expect(await nextEvents(pages)).toEqual(['Second']);
  } finally {
    await subscription.close();
  }
});

test('an event held back by an older open transaction is read when any later append wakes the subscription', async () => {
  const subscription = store.subscribeToAll({ after: await store.headPosition(), filter: { eventTypes: ['Held'] } });
  const pages = subscription[Symbol.asyncIterator]();
  const slow = await db.pool.connect();
  try {
    await slow.query('BEGIN');
    const request = JSON.stringify([
      { stream: `slow-${crypto.randomUUID()}`, expected: 'any', events: [event('Slow')] },
    ]);
    await slow.query('SELECT * FROM append_to_streams($1::jsonb)', [request]);
    const held = nextEvents(pages);
    await append(`held-${crypto.randomUUID()}`, 'Held');
    await settle();
    // Read, but invisible behind the open transaction; its commit tells this process nothing.
    expect((await lastRead)?.events).toEqual([]);
    await slow.query('COMMIT');
    await append(`other-${crypto.randomUUID()}`, 'Other');
    expect(await held).toEqual(['Held']);
  } finally {
    slow.release();
    await subscription.close();
  }
});

test("an append through another pool (an import's own connections) wakes the store's subscriptions at once", async () => {
  const importPool = new pg.Pool({ connectionString: db.connectionString, max: 1 });
  const importStore = store.throughPool(importPool);
  const stream = `order-${crypto.randomUUID()}`;
  const subscription = store.subscribeToAll({
    after: await store.headPosition(),
    filter: { streamPrefixes: [stream] },
  });
  const pages = subscription[Symbol.asyncIterator]();
  try {
    const imported = nextEvents(pages);
    await settle();
    await importStore.append({ streamName: stream, expectedRevision: 'any', events: [event('Imported')] });
    expect(await imported).toEqual(['Imported']);
  } finally {
    await subscription.close();
    await importPool.end();
  }
});
