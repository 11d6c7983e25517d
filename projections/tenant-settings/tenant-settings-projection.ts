import { sql } from 'slonik';
import { STANDARD_ROUTE } from '../../domain/order/route';
import { TENANT_SETTINGS_EVENTS } from '../../domain/tenant-settings/events';
import { defineProjection } from '../projection';

/** 処理ルート and 保留ボックス names per tenant, for the settings screens and for showing names next to orders. */
export const tenantSettingsProjection = defineProjection({
  name: 'tenant-settings',
  events: TENANT_SETTINGS_EVENTS,
  tables: ['processing_routes', 'hold_box_names'],
  async apply(tx, events) {
    for (const { event, metadata } of events) {
      const at = metadata.occurredAt;
      switch (event.type) {
        case 'ProcessingRouteDefined': {
          const { tenantId, routeId, name, statuses } = event.data;
          await tx.query(sql.unsafe`
            INSERT INTO processing_routes (tenant_id, id, name, statuses, defined_at, updated_at)
            VALUES (${tenantId}, ${routeId}, ${name}, ${sql.array(statuses, 'text')}, ${at}, ${at})`);
          break;
        }
        case 'ProcessingRouteRenamed': {
          // The standard route has no row until its first rename.
          const { tenantId, routeId, name } = event.data;
          await tx.query(sql.unsafe`
            INSERT INTO processing_routes (tenant_id, id, name, statuses, defined_at, updated_at)
            VALUES (${tenantId}, ${routeId}, ${name}, ${sql.array(STANDARD_ROUTE.statuses, 'text')}, ${at}, ${at})
            ON CONFLICT (tenant_id, id) DO UPDATE SET name = EXCLUDED.name, updated_at = EXCLUDED.updated_at`);
          break;
        }
        case 'ProcessingRouteStatusesChanged': {
          const { tenantId, routeId, statuses } = event.data;
          await tx.query(sql.unsafe`
            UPDATE processing_routes SET statuses = ${sql.array(statuses, 'text')}, updated_at = ${at} WHERE tenant_id = ${tenantId} AND id = ${routeId}`);
          break;
        }
        case 'ProcessingRouteRetired': {
          const { tenantId, routeId } = event.data;
          await tx.query(
            sql.unsafe`UPDATE processing_routes SET retired_at = ${at}, updated_at = ${at} WHERE tenant_id = ${tenantId} AND id = ${routeId}`,
          );
          break;
        }
        case 'HoldBoxNamed': {
          const { tenantId, box, name } = event.data;
          await tx.query(
            name === ''
              ? sql.unsafe`DELETE FROM hold_box_names WHERE tenant_id = ${tenantId} AND box = ${box}`
              : sql.unsafe`
                  INSERT INTO hold_box_names (tenant_id, box, name, updated_at) VALUES (${tenantId}, ${box}, ${name}, ${at})
                  ON CONFLICT (tenant_id, box) DO UPDATE SET name = EXCLUDED.name, updated_at = EXCLUDED.updated_at`,
          );
          break;
        }
      }
    }
  },
});
