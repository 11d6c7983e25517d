import { sql } from 'slonik';
import type { DecodedEvent } from '../../application/events/event-registry';
import { CUSTOM_LABEL_LAYOUT_EVENTS } from '../../application/labels/custom-label-layout-events';
import type { CustomLabelLayoutEvent } from '../../domain/custom-label-layout/events';
import { defineProjection } from '../projection';

type Layout = Readonly<Record<string, unknown>>;

/** What a batch leaves of one layout: the whole row (defined in the batch), a new layout only, or nothing. */
export type CustomLabelLayoutChange =
  | {
      readonly kind: 'row';
      readonly id: string;
      readonly tenantId: string;
      readonly name: string;
      readonly layout: Layout;
      readonly definedAt: string;
      readonly updatedAt: string;
    }
  | { readonly kind: 'layout'; readonly id: string; readonly layout: Layout; readonly updatedAt: string }
  | { readonly kind: 'removed'; readonly id: string };

/** The last state of each layout a batch touches, folded without a database. */
export function customLabelLayoutChanges(
  events: readonly DecodedEvent<CustomLabelLayoutEvent>[],
): CustomLabelLayoutChange[] {
  const last = new Map<string, CustomLabelLayoutChange>();
  for (const { event, metadata } of events) {
    const id = event.data.layoutId;
    const at = metadata.occurredAt;
    const before = last.get(id);
    switch (event.type) {
      case 'CustomLabelLayoutDefined': {
        const { tenantId, name, layout } = event.data;
        last.set(id, { kind: 'row', id, tenantId, name, layout, definedAt: at, updatedAt: at });
        break;
      }
      case 'CustomLabelLayoutChanged':
        last.set(
          id,
          before?.kind === 'row'
            ? { ...before, layout: event.data.layout, updatedAt: at }
            : { kind: 'layout', id, layout: event.data.layout, updatedAt: at },
        );
        break;
      case 'CustomLabelLayoutRemoved':
        last.set(id, { kind: 'removed', id });
        break;
    }
  }
  return [...last.values()];
}

/** カスタム送り状: one row per live saved layout, for the settings screen and the label export. */
export const customLabelLayoutsProjection = defineProjection({
  name: 'custom-label-layouts',
  events: CUSTOM_LABEL_LAYOUT_EVENTS,
  tables: ['custom_label_layouts'],
  async apply(tx, events) {
    for (const change of customLabelLayoutChanges(events)) {
      switch (change.kind) {
        case 'row':
          await tx.query(sql.unsafe`
            INSERT INTO custom_label_layouts (id, tenant_id, name, layout, defined_at, updated_at)
            VALUES (${change.id}, ${change.tenantId}, ${change.name}, ${sql.jsonb(change.layout as never)},
                    ${change.definedAt}, ${change.updatedAt})
            ON CONFLICT (id) DO UPDATE SET layout = EXCLUDED.layout, defined_at = EXCLUDED.defined_at,
                                           updated_at = EXCLUDED.updated_at`);
          break;
        case 'layout':
          await tx.query(sql.unsafe`
            UPDATE custom_label_layouts SET layout = ${sql.jsonb(change.layout as never)}, updated_at = ${change.updatedAt}
            WHERE id = ${change.id}`);
          break;
        case 'removed':
          await tx.query(sql.unsafe`DELETE FROM custom_label_layouts WHERE id = ${change.id}`);
          break;
      }
    }
  },
});
