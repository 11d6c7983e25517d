import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';
import { isUuid } from '../../domain/shared/ids';

const Post = z.object({
  id: z.string(),
  authorId: z.string(),
  authorName: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  pinned: z.boolean(),
  publishedAt: z.number(),
  updatedAt: z.number(),
  revision: z.number(),
});
export type BulletinPostView = Omit<z.infer<typeof Post>, 'publishedAt' | 'updatedAt'> & {
  publishedAt: string;
  updatedAt: string;
};

// slonik hands timestamps over as epoch milliseconds; the API speaks ISO 8601.
const toView = (row: z.infer<typeof Post>): BulletinPostView => ({
  ...row,
  publishedAt: new Date(row.publishedAt).toISOString(),
  updatedAt: new Date(row.updatedAt).toISOString(),
});

export const BULLETIN_SORTS = ['publishedAt', 'updatedAt', 'title', 'pinned', 'id'] as const;
export type BulletinSort = (typeof BULLETIN_SORTS)[number];
const SORT_COLUMN: Record<BulletinSort, string> = {
  publishedAt: 'published_at',
  updatedAt: 'updated_at',
  title: 'title',
  pinned: 'pinned',
  id: 'id',
};

const COLUMNS = sql.fragment`
  p.id, p.author_id AS "authorId", u.display_name AS "authorName", p.title, p.body, p.pinned,
  p.published_at AS "publishedAt", p.updated_at AS "updatedAt", p.revision::float8 AS revision`;
const FROM = sql.fragment`bulletin_posts p LEFT JOIN staff_users u ON u.id::text = p.author_id AND u.tenant_id = p.tenant_id`;

export interface BulletinListParams {
  readonly sort: { readonly field: BulletinSort; readonly order: 'ASC' | 'DESC' };
  readonly offset: number;
  readonly limit: number;
  readonly q?: string;
  readonly pinned?: boolean;
}

/** The board of one tenant. Pinned posts always come first, whatever the sort, as on a paper notice board. */
export async function listBulletinPosts(
  db: DatabasePool,
  tenantId: string,
  params: BulletinListParams,
): Promise<{ rows: readonly BulletinPostView[]; total: number }> {
  const where = [sql.fragment`p.tenant_id = ${tenantId}`];
  if (params.pinned !== undefined) where.push(sql.fragment`p.pinned = ${params.pinned}`);
  const q = params.q?.trim();
  // strpos, not LIKE: a % or _ typed into the search is just a character.
  if (q) where.push(sql.fragment`(strpos(lower(p.title), lower(${q})) > 0 OR strpos(lower(p.body), lower(${q})) > 0)`);
  const condition = sql.join(where, sql.fragment` AND `);
  const direction = params.sort.order === 'ASC' ? sql.fragment`ASC` : sql.fragment`DESC`;
  const order = sql.fragment`p.pinned DESC, ${sql.identifier(['p', SORT_COLUMN[params.sort.field]])} ${direction}, p.id`;
  const [rows, total] = await Promise.all([
    db.any(
      sql.type(
        Post,
      )`SELECT ${COLUMNS} FROM ${FROM} WHERE ${condition} ORDER BY ${order} LIMIT ${params.limit} OFFSET ${params.offset}`,
    ),
    db.oneFirst(
      sql.type(z.object({ count: z.number() }))`SELECT count(*)::int AS count FROM bulletin_posts p WHERE ${condition}`,
    ),
  ]);
  return { rows: rows.map(toView), total };
}

export async function findBulletinPost(
  db: DatabasePool,
  tenantId: string,
  id: string,
): Promise<BulletinPostView | null> {
  if (!isUuid(id)) return null;
  const row = await db.maybeOne(
    sql.type(Post)`SELECT ${COLUMNS} FROM ${FROM} WHERE p.tenant_id = ${tenantId} AND p.id = ${id}`,
  );
  return row && toView(row);
}
