import { sql } from 'slonik';
import { SHOP_ACCOUNT_EVENTS, ShopUntrackedSlipTypesSet } from '../../domain/shop/events';
import { STAFF_USER_EVENTS } from '../../domain/staff-user/events';
import { TenantRegistered } from '../../domain/tenant/events';
import { defineProjection } from '../projection';
import { applyStaffUserEvent, isStaffUserEvent, STAFF_USER_TABLES } from './staff-user-rows';

/** Tenants, shops and staff users as the sign-in, the user screens and the CLI look them up. */
export const accountsProjection = defineProjection({
  name: 'accounts',
  events: { TenantRegistered, ...STAFF_USER_EVENTS, ...SHOP_ACCOUNT_EVENTS, ShopUntrackedSlipTypesSet },
  tables: ['tenants', ...STAFF_USER_TABLES, 'shops'],
  async apply(tx, events) {
    for (const { event, metadata } of events) {
      if (isStaffUserEvent(event)) {
        await applyStaffUserEvent(tx, event, metadata);
        continue;
      }
      switch (event.type) {
        case 'TenantRegistered': {
          const { data } = event;
          await tx.query(sql.unsafe`
            INSERT INTO tenants (id, code, name, retention_plan, registered_at)
            VALUES (${data.tenantId}, ${data.code}, ${data.name}, ${data.retentionPlan}, ${metadata.occurredAt})`);
          break;
        }
        case 'ShopRegistered': {
          const { data } = event;
          await tx.query(sql.unsafe`
            INSERT INTO shops (id, tenant_id, code, mall, name, registered_at)
            VALUES (${data.shopId}, ${data.tenantId}, ${data.code}, ${data.mall}, ${data.name}, ${metadata.occurredAt})`);
          break;
        }
        case 'ShopRenamed': {
          const { data } = event;
          await tx.query(
            sql.unsafe`UPDATE shops SET name = ${data.name} WHERE id = ${data.shopId} AND tenant_id = ${data.tenantId}`,
          );
          break;
        }
        case 'ShopShippingDefaultsSet': {
          const { data } = event;
          await tx.query(sql.unsafe`
            UPDATE shops SET default_carrier = ${data.shipping?.carrier ?? null},
              default_slip_type = ${data.shipping?.slipType ?? null}, cod_slip_type = ${data.codSlipType},
              ship_lead_days = ${data.leadDays}
            WHERE id = ${data.shopId} AND tenant_id = ${data.tenantId}`);
          break;
        }
        case 'ShopHolidaysSet': {
          const { data } = event;
          await tx.query(sql.unsafe`
            UPDATE shops SET holidays = ${sql.array(data.holidays, 'date')}
            WHERE id = ${data.shopId} AND tenant_id = ${data.tenantId}`);
          break;
        }
        case 'ShopAmountsHoldBoxSet': {
          const { data } = event;
          await tx.query(sql.unsafe`
            UPDATE shops SET amounts_hold_box = ${data.box} WHERE id = ${data.shopId} AND tenant_id = ${data.tenantId}`);
          break;
        }
        case 'ShopUntrackedSlipTypesSet': {
          const { data } = event;
          await tx.query(sql.unsafe`
            UPDATE shops SET untracked_slip_types = ${sql.array(data.slipTypes, 'text')}
            WHERE id = ${data.shopId} AND tenant_id = ${data.tenantId}`);
          break;
        }
      }
    }
  },
});
