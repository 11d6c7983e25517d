import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';
import { isUuid } from '../../domain/shared/ids';

const SavedSearch = z.object({
  id: z.string(),
  resource: z.string(),
  name: z.string(),
  filter: z.record(z.unknown()),
  sort: z.object({ field: z.string(), order: z.enum(['ASC', 'DESC']) }),
  shared: z.boolean(),
  ownerId: z.string(),
  ownerName: z.string().nullable(),
  mine: z.boolean(),
  savedAt: z.number(),
});
export type SavedSearchView = Omit<z.infer<typeof SavedSearch>, 'savedAt'> & { savedAt: string };

const toView = (row: z.infer<typeof SavedSearch>): SavedSearchView => ({
  ...row,
  savedAt: new Date(row.savedAt).toISOString(),
});

const columns = (staffUserId: string) => sql.fragment`
  s.id, s.resource, s.name, s.filter, s.sort, s.shared, s.owner_id AS "ownerId", u.display_name AS "ownerName",
  s.owner_id = ${staffUserId} AS mine, s.saved_at AS "savedAt"`;
const FROM = sql.fragment`saved_searches s LEFT JOIN staff_users u ON u.id::text = s.owner_id AND u.tenant_id = s.tenant_id`;
/** What one person may see: their own searches and those shared within their tenant. */
const visible = (tenantId: string, staffUserId: string) =>
  sql.fragment`s.tenant_id = ${tenantId} AND (s.owner_id = ${staffUserId} OR s.shared)`;

export async function listSavedSearches(
  db: DatabasePool,
  tenantId: string,
  staffUserId: string,
  params: { offset: number; limit: number; resource?: string },
): Promise<{ rows: readonly SavedSearchView[]; total: number }> {
  const where =
    params.resource === undefined
      ? visible(tenantId, staffUserId)
      : sql.fragment`${visible(tenantId, staffUserId)} AND s.resource = ${params.resource}`;
  // Own searches first, then the shared ones, each by name.
  const [rows, total] = await Promise.all([
    db.any(sql.type(SavedSearch)`
      SELECT ${columns(staffUserId)} FROM ${FROM} WHERE ${where}
      ORDER BY s.owner_id = ${staffUserId} DESC, s.name, s.id LIMIT ${params.limit} OFFSET ${params.offset}`),
    db.oneFirst(
      sql.type(z.object({ count: z.number() }))`SELECT count(*)::int AS count FROM saved_searches s WHERE ${where}`,
    ),
  ]);
  return { rows: rows.map(toView), total };
}

export async function findSavedSearch(
  db: DatabasePool,
  tenantId: string,
  staffUserId: string,
  id: string,
): Promise<SavedSearchView | null> {
  if (!isUuid(id)) return null;
  const row = await db.maybeOne(
    sql.type(
      SavedSearch,
    )`SELECT ${columns(staffUserId)} FROM ${FROM} WHERE ${visible(tenantId, staffUserId)} AND s.id = ${id}`,
  );
  return row && toView(row);
}
