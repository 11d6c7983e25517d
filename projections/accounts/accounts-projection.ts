import { sql } from 'slonik';
import type { StaffUserRegistered } from '../../domain/staff-user/events';
import type { TenantRegistered } from '../../domain/tenant/events';
import type { Projection } from '../projection';

/** Tenants and staff users as the sign-in, the user screens and the CLI look them up. */
export const accountsProjection: Projection = {
  name: 'accounts',
  filter: { eventTypes: ['TenantRegistered', 'StaffUserRegistered'] },
  tables: ['tenants', 'staff_users'],
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
      }
    }
  },
};
