/**
 * The behaviour every EventStore adapter must have. Each target file calls `describeEventStoreConformance` with a
 * way to open its store; the target's name is in every test title so the output says plainly what ran.
 *
 * Tests never assume an empty store (a real EventStoreDB has system streams and earlier runs): every test writes to
 * streams under its own random prefix and reads the global log through a prefix filter.
 */
import { randomUUID } from 'node:crypto';
import {
  comparePositions,
  type EventStore,
  type GlobalPosition,
  type LogPage,
  type NewEvent,
  type RecordedEvent,
  StreamDeletedError,
  StreamNotFoundError,
  WrongExpectedRevisionError,
} from '../../../application/ports/event-store';

export const newEvent = (
  type: string,
  data: Record<string, unknown> = {},
  metadata: Record<string, unknown> = {},
): NewEvent => ({
  id: randomUUID(),
  type,
  data,
  metadata,
});

const prefix = (): string => `t${randomUUID().replace(/-/g, '').slice(0, 12)}-`;

async function collect(store: EventStore, streamPrefix: string, maxCount = 1000): Promise<LogPage['events']> {
  const events: LogPage['events'][number][] = [];
  let after: GlobalPosition | undefined;
  for (;;) {
    const page = await store.readAll({ after, maxCount, filter: { streamPrefixes: [streamPrefix] } });
    events.push(...page.events);
    after = page.checkpoint;
    if (page.isEnd) return events;
  }
}

export function describeEventStoreConformance(target: string, open: () => Promise<EventStore>): void {
  describe(`event store conformance [${target}]`, () => {
    let store: EventStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });

    describe('append and expected revision', () => {
      test('no_stream creates a stream once; a second no_stream is a typed conflict with the actual revision', async () => {
        const s = `${prefix()}order-1`;
        const result = await store.append({
          streamName: s,
          expectedRevision: 'no_stream',
          events: [newEvent('A'), newEvent('B')],
        });
        expect(result.nextRevision).toBe(1n);
        const error = await store
          .append({ streamName: s, expectedRevision: 'no_stream', events: [newEvent('C')] })
          .catch((e) => e);
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error.streamName).toBe(s);
        expect(error.actual).toBe(1n);
      });

      test('an exact revision appends; a stale one is refused and writes nothing', async () => {
        const s = `${prefix()}order-1`;
        await store.append({ streamName: s, expectedRevision: 'no_stream', events: [newEvent('A')] });
        const ok = await store.append({ streamName: s, expectedRevision: 0n, events: [newEvent('B')] });
        expect(ok.nextRevision).toBe(1n);
        await expect(
          store.append({ streamName: s, expectedRevision: 0n, events: [newEvent('C')] }),
        ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        expect((await store.readStream(s)).map((e) => e.type)).toEqual(['A', 'B']);
      });

      test('stream_exists refuses a missing stream; any appends either way', async () => {
        const s = `${prefix()}order-1`;
        const error = await store
          .append({ streamName: s, expectedRevision: 'stream_exists', events: [newEvent('A')] })
          .catch((e) => e);
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error.actual).toBeUndefined();
        expect(
          (await store.append({ streamName: s, expectedRevision: 'any', events: [newEvent('A')] })).nextRevision,
        ).toBe(0n);
        expect(
          (await store.append({ streamName: s, expectedRevision: 'any', events: [newEvent('B')] })).nextRevision,
        ).toBe(1n);
        expect(
          (await store.append({ streamName: s, expectedRevision: 'stream_exists', events: [newEvent('C')] }))
            .nextRevision,
        ).toBe(2n);
      });

      test('data, metadata and ids survive the round trip, Japanese text included', async () => {
        const s = `${prefix()}customer-1`;
        const event = newEvent(
          'CustomerRegistered',
          { name: '髙橋 ㈱テスト①', kana: 'ﾀｶﾊｼ', note: '～波ダッシュ～', nested: { amount: 1980, lines: [1, 2] } },
          { tenantId: 'tenant-a', actor: 'user-1', commandId: randomUUID() },
        );
        await store.append({ streamName: s, expectedRevision: 'no_stream', events: [event] });
        const [read] = await store.readStream(s);
        expect(read).toMatchObject({
          id: event.id,
          streamName: s,
          revision: 0n,
          type: 'CustomerRegistered',
          data: event.data,
          metadata: event.metadata,
        });
        expect(read!.createdAt).toBeInstanceOf(Date);
      });

      test('appendMany writes each stream on its own: a conflict in one leaves the others written', async () => {
        const p = prefix();
        await store.append({ streamName: `${p}order-2`, expectedRevision: 'no_stream', events: [newEvent('A')] });
        const results = await store.appendMany([
          { streamName: `${p}order-1`, expectedRevision: 'no_stream', events: [newEvent('A'), newEvent('B')] },
          { streamName: `${p}order-2`, expectedRevision: 'no_stream', events: [newEvent('X')] },
          { streamName: `${p}order-3`, expectedRevision: 'any', events: [newEvent('C')] },
        ]);
        expect(results[0]).toMatchObject({ nextRevision: 1n });
        expect(results[1]).toBeInstanceOf(WrongExpectedRevisionError);
        expect(results[2]).toMatchObject({ nextRevision: 0n });
        expect((await store.readStream(`${p}order-2`)).map((e) => e.type)).toEqual(['A']);
        expect((await collect(store, p)).map((e) => e.type).sort()).toEqual(['A', 'A', 'B', 'C']);
      });

      test('appendMany at exact revisions: each stream moves on or answers why not, in one batch', async () => {
        const p = prefix();
        for (const [name, count] of [
          ['one', 1],
          ['two', 2],
          ['stale', 2],
          ['gone', 1],
        ] as const)
          await store.append({
            streamName: `${p}${name}`,
            expectedRevision: 'no_stream',
            events: Array.from({ length: count }, (_, i) => newEvent(`${name}${i}`)),
          });
        await store.tombstoneStream(`${p}gone`);
        const results = await store.appendMany([
          { streamName: `${p}two`, expectedRevision: 1n, events: [newEvent('two2'), newEvent('two3')] },
          { streamName: `${p}stale`, expectedRevision: 0n, events: [newEvent('late')] },
          { streamName: `${p}missing`, expectedRevision: 0n, events: [newEvent('never')] },
          { streamName: `${p}gone`, expectedRevision: 0n, events: [newEvent('after')] },
          { streamName: `${p}one`, expectedRevision: 0n, events: [newEvent('one1')] },
        ]);
        expect(results[0]).toMatchObject({ nextRevision: 3n });
        expect(results[1]).toMatchObject({ name: 'WrongExpectedRevisionError', actual: 1n });
        expect(results[2]).toMatchObject({ name: 'WrongExpectedRevisionError', actual: undefined });
        expect(results[3]).toBeInstanceOf(StreamDeletedError);
        expect(results[4]).toMatchObject({ nextRevision: 1n });
        const [two, one] = [results[0], results[4]] as { position: GlobalPosition }[];
        expect(comparePositions(one!.position, two!.position)).not.toBe(0);
        expect((await store.readStream(`${p}two`)).map((e) => [e.type, e.revision])).toEqual([
          ['two0', 0n],
          ['two1', 1n],
          ['two2', 2n],
          ['two3', 3n],
        ]);
        expect((await store.readStream(`${p}stale`)).map((e) => e.type)).toEqual(['stale0', 'stale1']);
        const all = (await collect(store, p)).map((e) => e.type);
        expect(all.filter((t) => ['one1', 'two2', 'two3'].includes(t)).sort()).toEqual(['one1', 'two2', 'two3']);
        expect(all).not.toContain('late');
      });
    });

    describe('reading a stream', () => {
      test('forwards, backwards, from a revision, with a count', async () => {
        const s = `${prefix()}order-1`;
        await store.append({
          streamName: s,
          expectedRevision: 'no_stream',
          events: ['A', 'B', 'C', 'D'].map((t) => newEvent(t)),
        });
        expect((await store.readStream(s)).map((e) => e.type)).toEqual(['A', 'B', 'C', 'D']);
        expect((await store.readStream(s, { direction: 'backwards' })).map((e) => e.type)).toEqual([
          'D',
          'C',
          'B',
          'A',
        ]);
        expect((await store.readStream(s, { direction: 'backwards', maxCount: 1 })).map((e) => e.revision)).toEqual([
          3n,
        ]);
        expect((await store.readStream(s, { fromRevision: 2n })).map((e) => e.type)).toEqual(['C', 'D']);
        expect((await store.readStream(s, { fromRevision: 1n, maxCount: 2 })).map((e) => e.type)).toEqual(['B', 'C']);
        expect((await store.readStream(s, { direction: 'backwards', fromRevision: 1n })).map((e) => e.type)).toEqual([
          'B',
          'A',
        ]);
      });

      test('a stream that was never written is not found', async () => {
        await expect(store.readStream(`${prefix()}nothing`)).rejects.toBeInstanceOf(StreamNotFoundError);
      });

      test('several streams at once: never written and soft-deleted read as empty, tombstoned as its error', async () => {
        const [a, b, deleted, tombstoned, never] = ['order-a', 'order-b', 'order-d', 'order-t', 'order-n'].map(
          (n) => `${prefix()}${n}`,
        ) as [string, string, string, string, string];
        await store.append({ streamName: a, expectedRevision: 'no_stream', events: [newEvent('A1'), newEvent('A2')] });
        await store.append({ streamName: b, expectedRevision: 'no_stream', events: [newEvent('B1')] });
        await store.append({ streamName: deleted, expectedRevision: 'no_stream', events: [newEvent('D1')] });
        await store.deleteStream(deleted);
        await store.append({ streamName: tombstoned, expectedRevision: 'no_stream', events: [newEvent('T1')] });
        await store.tombstoneStream(tombstoned);
        const read = await store.readStreams([a, b, deleted, tombstoned, never]);
        const types = (name: string) => {
          const events = read.get(name);
          return Array.isArray(events) ? events.map((e) => e.type) : events;
        };
        expect([types(a), types(b), types(deleted), types(never)]).toEqual([['A1', 'A2'], ['B1'], [], []]);
        expect(types(tombstoned)).toBeInstanceOf(StreamDeletedError);
        expect((read.get(a) as RecordedEvent[]).map((e) => e.revision)).toEqual([0n, 1n]);
      });
    });

    describe('the global log', () => {
      test('readAll returns events in append order; paging by checkpoint neither skips nor repeats', async () => {
        const p = prefix();
        for (let i = 0; i < 7; i++) {
          await store.append({
            streamName: `${p}order-${i % 3}`,
            expectedRevision: 'any',
            events: [newEvent('E', { i })],
          });
        }
        const all = await collect(store, p, 2);
        expect(all.map((e) => e.data.i)).toEqual([0, 1, 2, 3, 4, 5, 6]);
        for (let i = 1; i < all.length; i++)
          expect(comparePositions(all[i - 1]!.position, all[i]!.position)).toBeLessThan(0);
      });

      test('filters by stream prefix and by event type', async () => {
        const p = prefix();
        // The event type is unique to this test too, so that a long-lived store's earlier runs do not fill the page.
        const held = `${p}OrderHeld`;
        await store.append({
          streamName: `${p}order-1`,
          expectedRevision: 'any',
          events: [newEvent('OrderImported'), newEvent(held)],
        });
        await store.append({
          streamName: `${p}payment-1`,
          expectedRevision: 'any',
          events: [newEvent('PaymentReceived')],
        });
        const orders = await store.readAll({ maxCount: 100, filter: { streamPrefixes: [`${p}order-`] } });
        expect(orders.events.map((e) => e.type)).toEqual(['OrderImported', held]);
        const byType = await store.readAll({ maxCount: 1000, filter: { eventTypes: [held] } });
        expect(byType.events.map((e) => e.streamName)).toEqual([`${p}order-1`]);
      });

      test('a read without data gives the same events, types, metadata and positions', async () => {
        const p = prefix();
        await store.append({
          streamName: `${p}order-1`,
          expectedRevision: 'any',
          events: [newEvent('A', { big: '髙'.repeat(500) }), newEvent('B')],
        });
        const header = (e: RecordedEvent) => ({
          id: e.id,
          type: e.type,
          metadata: e.metadata,
          streamName: e.streamName,
          revision: e.revision,
          position: e.position,
        });
        const filter = { streamPrefixes: [`${p}order-`] };
        const full = await store.readAll({ maxCount: 10, filter });
        const bare = await store.readAll({ maxCount: 10, filter, withoutData: true });
        expect(bare.events.map(header)).toEqual(full.events.map(header));
        expect(bare.checkpoint).toEqual(full.checkpoint);
        expect(full.events.map(header)).toHaveLength(2);
      });

      test('the head position is at or past the last append', async () => {
        const result = await store.append({
          streamName: `${prefix()}order-1`,
          expectedRevision: 'any',
          events: [newEvent('A')],
        });
        expect(comparePositions(await store.headPosition(), result.position)).toBeGreaterThanOrEqual(0);
      });

      test('a subscription catches up, then delivers live events, filtered, and resumes from its checkpoint', async () => {
        const p = prefix();
        await store.append({
          streamName: `${p}order-1`,
          expectedRevision: 'any',
          events: [newEvent('Old1'), newEvent('Old2')],
        });
        await store.append({ streamName: `${p}other-1`, expectedRevision: 'any', events: [newEvent('Ignored')] });
        const subscription = store.subscribeToAll({ filter: { streamPrefixes: [`${p}order-`] }, maxBatchSize: 1 });
        const seen: string[] = [];
        let checkpoint: GlobalPosition | undefined;
        let wroteLive = false;
        for await (const page of subscription) {
          seen.push(...page.events.map((e) => e.type));
          checkpoint = page.checkpoint;
          if (seen.length === 2 && !wroteLive) {
            wroteLive = true;
            await store.append({ streamName: `${p}other-1`, expectedRevision: 'any', events: [newEvent('Ignored')] });
            await store.append({ streamName: `${p}order-2`, expectedRevision: 'any', events: [newEvent('Live1')] });
          }
          if (seen.length >= 3) break;
        }
        await subscription.close();
        expect(seen).toEqual(['Old1', 'Old2', 'Live1']);

        await store.append({ streamName: `${p}order-1`, expectedRevision: 'any', events: [newEvent('AfterRestart')] });
        const resumed = store.subscribeToAll({ after: checkpoint, filter: { streamPrefixes: [`${p}order-`] } });
        const again: string[] = [];
        for await (const page of resumed) {
          again.push(...page.events.map((e) => e.type));
          if (again.length >= 1) break;
        }
        await resumed.close();
        expect(again).toEqual(['AfterRestart']);
      });

      test('many concurrent writers and a live subscriber: every event delivered once, none skipped', async () => {
        const p = prefix();
        const writers = 16;
        const perWriter = 25;
        const expected = writers * perWriter;
        const subscription = store.subscribeToAll({ filter: { streamPrefixes: [p] }, maxBatchSize: 50 });
        const delivered = new Map<string, number>();
        let last: GlobalPosition | undefined;
        let ordered = true;
        const reading = (async () => {
          for await (const page of subscription) {
            for (const e of page.events) {
              if (last && comparePositions(last, e.position) >= 0) ordered = false;
              last = e.position;
              delivered.set(e.id, (delivered.get(e.id) ?? 0) + 1);
            }
            if (delivered.size >= expected) break;
          }
        })();
        const written: string[] = [];
        await Promise.all(
          Array.from({ length: writers }, async (_, w) => {
            for (let i = 0; i < perWriter; i++) {
              const event = newEvent('Written', { w, i });
              written.push(event.id);
              await store.append({ streamName: `${p}order-${w}-${i % 5}`, expectedRevision: 'any', events: [event] });
            }
          }),
        );
        await reading;
        await subscription.close();
        expect(ordered).toBe(true);
        expect(delivered.size).toBe(expected);
        expect([...delivered.values()].every((n) => n === 1)).toBe(true);
        expect(new Set(written)).toEqual(new Set(delivered.keys()));
      });
    });

    describe('deletion', () => {
      test('soft delete hides the stream; appending again continues its revisions', async () => {
        const s = `${prefix()}order-1`;
        await store.append({ streamName: s, expectedRevision: 'no_stream', events: [newEvent('A'), newEvent('B')] });
        await store.deleteStream(s, 1n);
        await expect(store.readStream(s)).rejects.toBeInstanceOf(StreamNotFoundError);
        const again = await store.append({ streamName: s, expectedRevision: 'any', events: [newEvent('C')] });
        expect(again.nextRevision).toBe(2n);
        expect((await store.readStream(s)).map((e) => [e.type, e.revision])).toEqual([['C', 2n]]);
      });

      test('soft delete with a stale revision is refused', async () => {
        const s = `${prefix()}order-1`;
        await store.append({ streamName: s, expectedRevision: 'no_stream', events: [newEvent('A'), newEvent('B')] });
        await expect(store.deleteStream(s, 0n)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        expect(await store.readStream(s)).toHaveLength(2);
      });

      test('a tombstoned stream can be neither read nor written', async () => {
        const s = `${prefix()}order-1`;
        await store.append({ streamName: s, expectedRevision: 'no_stream', events: [newEvent('A')] });
        await store.tombstoneStream(s, 'any');
        await expect(store.readStream(s)).rejects.toBeInstanceOf(StreamDeletedError);
        await expect(
          store.append({ streamName: s, expectedRevision: 'any', events: [newEvent('B')] }),
        ).rejects.toBeInstanceOf(StreamDeletedError);
      });
    });

    describe('stream metadata', () => {
      test('is read back as written, custom keys included', async () => {
        const s = `${prefix()}order-1`;
        await store.setStreamMetadata(s, {
          maxAge: 86400,
          maxCount: 50,
          truncateBefore: 3n,
          custom: { retention: '13ヶ月' },
        });
        expect(await store.getStreamMetadata(s)).toEqual({
          maxAge: 86400,
          maxCount: 50,
          truncateBefore: 3n,
          custom: { retention: '13ヶ月' },
        });
        expect(await store.getStreamMetadata(`${prefix()}order-none`)).toEqual({});
      });

      test('maxCount keeps only the newest events readable', async () => {
        const s = `${prefix()}order-1`;
        await store.append({
          streamName: s,
          expectedRevision: 'no_stream',
          events: ['A', 'B', 'C', 'D'].map((t) => newEvent(t)),
        });
        await store.setStreamMetadata(s, { maxCount: 2 });
        expect((await store.readStream(s)).map((e) => e.type)).toEqual(['C', 'D']);
        expect((await store.readStream(s, { direction: 'backwards' })).map((e) => e.type)).toEqual(['D', 'C']);
      });

      test('truncateBefore hides earlier revisions', async () => {
        const s = `${prefix()}order-1`;
        await store.append({
          streamName: s,
          expectedRevision: 'no_stream',
          events: ['A', 'B', 'C'].map((t) => newEvent(t)),
        });
        await store.setStreamMetadata(s, { truncateBefore: 1n });
        expect((await store.readStream(s)).map((e) => e.type)).toEqual(['B', 'C']);
      });

      test('maxAge hides events older than the age', async () => {
        const s = `${prefix()}order-1`;
        await store.append({ streamName: s, expectedRevision: 'no_stream', events: [newEvent('Old')] });
        await new Promise((resolve) => setTimeout(resolve, 2100));
        await store.append({ streamName: s, expectedRevision: 0n, events: [newEvent('New')] });
        await store.setStreamMetadata(s, { maxAge: 1 });
        expect((await store.readStream(s)).map((e) => e.type)).toEqual(['New']);
      });
    });
  });
}
