import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';
import { isUuid } from '../../domain/shared/ids';
import type { Permission } from '../../domain/staff-user/permissions';
import { permissionsOfRow } from './staff-user-rows';

const StaffUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  permissions: z.array(z.string()).nullable(),
  active: z.boolean(),
  registeredAt: z.number(),
});
export type StaffUserView = Omit<z.infer<typeof StaffUser>, 'registeredAt' | 'permissions'> & {
  permissions: Permission[];
  registeredAt: string;
};

// slonik hands timestamps over as epoch milliseconds; the API speaks ISO 8601. Rows from before permissions were
// stored have their roles' defaults.
const toView = (row: z.infer<typeof StaffUser>): StaffUserView => ({
  ...row,
  permissions: permissionsOfRow(row),
  registeredAt: new Date(row.registeredAt).toISOString(),
});

export const STAFF_USER_SORTS = ['username', 'displayName', 'registeredAt', 'id'] as const;
const ORDER_COLUMN: Record<(typeof STAFF_USER_SORTS)[number], string> = {
  username: 'username',
  displayName: 'display_name',
  registeredAt: 'registered_at',
  id: 'id',
};

const COLUMNS = sql.fragment`id, username, display_name AS "displayName", roles, permissions, active, registered_at AS "registeredAt"`;

/** Staff users of one tenant; the tenant comes from the signed-in principal, never from the request. */
export async function listStaffUsers(
  db: DatabasePool,
  tenantId: string,
  params: {
    sort: { field: (typeof STAFF_USER_SORTS)[number]; order: 'ASC' | 'DESC' };
    offset: number;
    limit: number;
    q?: string;
  },
): Promise<{ rows: readonly StaffUserView[]; total: number }> {
  const where = params.q
    ? sql.fragment`tenant_id = ${tenantId} AND (username ILIKE ${`%${params.q}%`} OR display_name ILIKE ${`%${params.q}%`})`
    : sql.fragment`tenant_id = ${tenantId}`;
  const order = sql.fragment`${sql.identifier([ORDER_COLUMN[params.sort.field]])} ${params.sort.order === 'ASC' ? sql.fragment`ASC` : sql.fragment`DESC`}, id`;
  const [rows, total] = await Promise.all([
    db.any(
      sql.type(
        StaffUser,
      )`SELECT ${COLUMNS} FROM staff_users WHERE ${where} ORDER BY ${order} LIMIT ${params.limit} OFFSET ${params.offset}`,
    ),
    db.oneFirst(
      sql.type(z.object({ count: z.number() }))`SELECT count(*)::int AS count FROM staff_users WHERE ${where}`,
    ),
  ]);
  return { rows: rows.map(toView), total };
}

export async function findStaffUserView(db: DatabasePool, tenantId: string, id: string): Promise<StaffUserView | null> {
  const row = await db.maybeOne(
    sql.type(StaffUser)`SELECT ${COLUMNS} FROM staff_users WHERE tenant_id = ${tenantId} AND id = ${id}`,
  );
  return row && toView(row);
}

/**
 * Display names of the given actor ids (ids that are not staff, like `system`, are absent). The ids come from the
 * tenant's own events, and an agency user acting here (ID切り替え) belongs to another tenant, so the tenant is not a
 * filter here: the real person is named even after their access was taken away.
 */
export async function staffDisplayNames(
  db: DatabasePool,
  _tenantId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const uuids = ids.filter(isUuid);
  if (uuids.length === 0) return new Map();
  const rows = await db.any(
    sql.type(z.object({ id: z.string(), displayName: z.string() }))`
      SELECT id, display_name AS "displayName" FROM staff_users WHERE id = ANY(${sql.array(uuids, 'uuid')})`,
  );
  return new Map(rows.map((r) => [r.id, r.displayName]));
}
