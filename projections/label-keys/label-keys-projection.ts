import { sql } from 'slonik';
import type { DecodedEvent } from '../../application/events/event-registry';
import { LabelDataExported } from '../../domain/order/events';
import { defineProjection } from '../projection';

export interface LabelKeyRow {
  readonly tenantId: string;
  readonly key: string;
  readonly orderId: string;
  readonly destinationIndex: number;
  readonly exportedAt: string;
}

/**
 * The owner of each お客様管理番号 a batch of exports leaves, folded without a database: a later export of the same key
 * (a re-export after an edit) wins. Keys are per tenant: the same text in two tenants is two keys.
 */
export function labelKeyRows(events: readonly DecodedEvent<LabelDataExported>[]): LabelKeyRow[] {
  const last = new Map<string, LabelKeyRow>();
  for (const { event, metadata } of events) {
    const { tenantId, orderId, labels } = event.data;
    for (const { key, destinationIndex } of labels)
      last.set(`${tenantId}/${key}`, { tenantId, key, orderId, destinationIndex, exportedAt: metadata.occurredAt });
  }
  return [...last.values()];
}

/**
 * お客様管理番号 → order and destination, for 伝票番号取込. Read from the log like every read model, so it works on
 * either event store; one multi-row statement per batch, so an export of 10,000 labels is one round trip.
 */
export const labelKeysProjection = defineProjection({
  name: 'label-keys',
  events: { LabelDataExported },
  tables: ['label_keys'],
  async apply(tx, events) {
    const rows = labelKeyRows(events);
    if (rows.length === 0) return;
    await tx.query(sql.unsafe`
      INSERT INTO label_keys (tenant_id, key, order_id, destination_index, exported_at)
      SELECT * FROM ${sql.unnest(
        rows.map((r) => [r.tenantId, r.key, r.orderId, r.destinationIndex, r.exportedAt]),
        ['uuid', 'text', 'text', 'int4', 'timestamptz'],
      )}
      ON CONFLICT (tenant_id, key) DO UPDATE SET order_id = EXCLUDED.order_id,
        destination_index = EXCLUDED.destination_index, exported_at = EXCLUDED.exported_at`);
  },
});
