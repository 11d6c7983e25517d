import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';
import type { LabelKeyOwner, LabelKeys } from '../../application/tracking/import-tracking-numbers';

const Owner = z.object({ key: z.string(), orderId: z.string(), destinationIndex: z.number() });

/**
 * The keys the label-data export recorded, read from its events (`LabelDataExported`, data `{ orderId, labels: [{ key,
 * destinationIndex }] }`) in the event store. A later export of the same key wins. The caller checks the tenant on
 * the order itself.
 */
export const labelKeysFromEvents = (db: DatabasePool): LabelKeys => ({
  async find(_tenantId, keys): Promise<readonly LabelKeyOwner[]> {
    if (keys.length === 0) return [];
    const rows = await db.any(sql.type(Owner)`
      SELECT DISTINCT ON (label->>'key') label->>'key' AS key, e.data->>'orderId' AS "orderId",
        (label->>'destinationIndex')::int AS "destinationIndex"
      FROM events e, jsonb_array_elements(e.data->'labels') AS label
      WHERE e.type = 'LabelDataExported' AND label->>'key' = ANY(${sql.array([...keys], 'text')})
      ORDER BY label->>'key', e.created_at DESC, e.seq DESC`);
    return rows;
  },
});
