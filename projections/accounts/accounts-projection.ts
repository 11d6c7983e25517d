import { sql } from 'slonik';
import type { ShopRegistered } from '../../domain/shop/events';
import type { StaffUserRegistered } from '../../domain/staff-user/events';
import type { TenantRegistered } from '../../domain/tenant/events';
import type { Projection } from '../projection';

/** Tenants, shops and staff users as the sign-in, the user screens and the CLI look them up. */
export const accountsProjection: Projection = {
  name: 'accounts',
  filter: { eventTypes: ['TenantRegistered', 'StaffUserRegistered', 'ShopRegistered'] },
  tables: ['tenants', 'staff_users', 'shops'],
  async apply(tx, events) {
    for (const { event, metadata } of events) {
      switch (event.type) {
        case 'TenantRegistered': {
          const { data } = event as TenantRegistered;
          await tx.query(sql.unsafe`
            INSERT INTO tenants (id, code, name, retention_plan, registered_at)
            VALUES (${data.tenantId}, ${data.code}, ${data.name}, ${data.retentionPlan}, ${metadata.occurredAt})`);
          break;
        }
        case 'StaffUserRegistered': {
          const { data } = event as StaffUserRegistered;
          await tx.query(sql.unsafe`
            INSERT INTO staff_users (id, tenant_id, username, display_name, roles, registered_at)
            VALUES (${data.staffUserId}, ${data.tenantId}, ${data.username}, ${data.displayName}, ${sql.array(data.roles, 'text')}, ${metadata.occurredAt})`);
          break;
        }
        case 'ShopRegistered': {
          const { data } = event as ShopRegistered;
          await tx.query(sql.unsafe`
            INSERT INTO shops (id, tenant_id, code, mall, name, registered_at)
            VALUES (${data.shopId}, ${data.tenantId}, ${data.code}, ${data.mall}, ${data.name}, ${metadata.occurredAt})`);
          break;
        }
      }
    }
  },
};
