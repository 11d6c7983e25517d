import pg from 'pg';
import { createPool } from 'slonik';
import { CommandHandler } from '../../application/commands/command-handler';
import { createProductEventRegistry } from '../../application/events/product-events';
import { systemClock } from '../../application/ports/clock';
import { staffUserIdFor, streamName, tenantIdFor } from '../../domain/shared/ids';
import type { StaffRole } from '../../domain/staff-user/events';
import type { Permission } from '../../domain/staff-user/permissions';
import { staffUserDecider } from '../../domain/staff-user/staff-user';
import { PostgreSqlCredentials } from '../../infrastructure/accounts/postgresql-credentials';
import { PostgreSqlEventStore } from '../../infrastructure/event-store/postgresql/postgresql-event-store';
import { context } from './write-side';

export interface StaffMember {
  readonly username: string;
  readonly displayName: string;
  readonly password: string;
  readonly roles: readonly StaffRole[];
  /** When absent, the roles' defaults. */
  readonly permissions?: readonly Permission[];
}

/** Adds staff users to an existing tenant through the real command path, with their passwords; returns their ids. */
export async function addStaffMembers(
  connectionString: string,
  tenantCode: string,
  members: readonly StaffMember[],
): Promise<string[]> {
  const pool = new pg.Pool({ connectionString });
  const db = await createPool(connectionString);
  const store = new PostgreSqlEventStore(pool);
  const commands = new CommandHandler(store, createProductEventRegistry(), systemClock);
  const credentials = new PostgreSqlCredentials(db);
  const tenantId = tenantIdFor(tenantCode);
  try {
    const ids: string[] = [];
    for (const { password, ...member } of members) {
      const staffUserId = staffUserIdFor(tenantId, member.username);
      const result = await commands.handle(
        staffUserDecider,
        streamName.staffUser(staffUserId),
        { type: 'RegisterStaffUser', staffUserId, tenantId, ...member },
        context({ tenantId, actor: 'system' }),
      );
      if (result._tag === 'Left') throw new Error(`could not add ${member.username}: ${JSON.stringify(result.left)}`);
      await credentials.setPassword(staffUserId, password);
      ids.push(staffUserId);
    }
    return ids;
  } finally {
    await store.close();
    await db.end();
    await pool.end();
  }
}
