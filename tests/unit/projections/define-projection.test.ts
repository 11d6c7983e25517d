import type { DecodedEvent } from '../../../application/events/event-registry';
import { BULLETIN_EVENTS } from '../../../domain/bulletin/events';
import { defineProjection } from '../../../projections/projection';
import { recordedFor } from '../../support/decoded-events';
import { imported } from '../../support/order-fixtures';

describe('defineProjection', () => {
  const recorded = recordedFor('00000000-0000-4000-8000-000000000001');
  const seen: string[][] = [];
  const projection = defineProjection({
    name: 'test',
    events: BULLETIN_EVENTS,
    tables: [],
    async apply(_tx, events) {
      // Typed by the codecs: postId is there without a cast.
      seen.push(events.map(({ event }) => event.data.postId));
    },
  });

  test('reads the types it names from the log', () => {
    expect(projection.filter?.eventTypes).toEqual(Object.keys(BULLETIN_EVENTS));
  });

  test('hands apply only the events it names, whatever the filter let through', async () => {
    const events: DecodedEvent[] = [
      recorded({ type: 'BulletinPostPinned', data: { postId: 'p-1' } }, { revision: 1n }),
      recorded(imported, { revision: 0n }),
      recorded({ type: 'BulletinPostDeleted', data: { postId: 'p-2' } }, { revision: 2n }),
    ];
    await projection.apply(undefined as never, events);
    expect(seen).toEqual([['p-1', 'p-2']]);
  });
});
