import type { DatabasePool } from 'slonik';
import type { EventStore } from '../../application/ports/event-store';
import type { ReadModelWaiter } from '../../application/ports/read-model-waiter';
import type { LabelKeyOwner, LabelKeys } from '../../application/tracking/import-tracking-numbers';
import { streamName } from '../../domain/shared/ids';
import { labelKeyOwners } from '../../projections/label-keys/label-key-queries';

/**
 * The keys the label-data export recorded, from the label-keys projection (one primary-key lookup per key, within the
 * tenant; either event store). An export waits for the projection before it answers, so its keys are found right
 * after it; a key not found may still be an export the projection has not read yet (written by another process, or
 * answered "behind"), so those keys are looked up once more after the projection has reached the head of the log.
 */
export const labelKeysFromProjection = (db: DatabasePool, store: EventStore, waiter: ReadModelWaiter): LabelKeys => ({
  async find(tenantId, keys): Promise<readonly LabelKeyOwner[]> {
    const wanted = [...new Set(keys)];
    const found = await labelKeyOwners(db, tenantId, wanted);
    if (found.length === wanted.length) return found;
    const seen = new Set(found.map((owner) => owner.key));
    const position = await store.headPosition();
    await waiter.waitFor({ position, streamName: streamName.order(''), eventTypes: ['LabelDataExported'] });
    return [
      ...found,
      ...(await labelKeyOwners(
        db,
        tenantId,
        wanted.filter((key) => !seen.has(key)),
      )),
    ];
  },
});
