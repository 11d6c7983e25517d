import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';
import { isUuid } from '../../domain/shared/ids';

const Import = z.object({
  id: z.string(),
  shopId: z.string(),
  shopCode: z.string().nullable(),
  shopName: z.string().nullable(),
  format: z.string(),
  files: z.array(z.object({ name: z.string(), size: z.number() })),
  actor: z.string(),
  actorName: z.string().nullable(),
  status: z.enum(['running', 'completed', 'failed']),
  imported: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  failed: z.number(),
  rows: z.number(),
  problemCount: z.number(),
  unreadableFiles: z.array(z.string()),
  failure: z.object({ ja: z.string(), en: z.string() }).nullable(),
  startedAt: z.number(),
  finishedAt: z.number().nullable(),
});
export type ImportView = Omit<z.infer<typeof Import>, 'startedAt' | 'finishedAt'> & {
  startedAt: string;
  finishedAt: string | null;
};

const Problem = z.object({ file: z.string(), row: z.number(), column: z.string(), ja: z.string(), en: z.string() });
export type ImportProblemView = z.infer<typeof Problem>;

const toView = ({ startedAt, finishedAt, ...row }: z.infer<typeof Import>): ImportView => ({
  ...row,
  startedAt: new Date(startedAt).toISOString(),
  finishedAt: finishedAt === null ? null : new Date(finishedAt).toISOString(),
});

const COLUMNS = sql.fragment`
  i.id, i.shop_id AS "shopId", s.code AS "shopCode", s.name AS "shopName", i.format, i.files, i.actor, u.display_name AS "actorName",
  i.status, i.imported, i.updated, i.unchanged, i.failed, i.rows, i.problem_count AS "problemCount",
  i.unreadable_files AS "unreadableFiles", i.failure, i.started_at AS "startedAt", i.finished_at AS "finishedAt"`;
const FROM = sql.fragment`imports i
  LEFT JOIN shops s ON s.id::text = i.shop_id AND s.tenant_id = i.tenant_id
  LEFT JOIN staff_users u ON u.id::text = i.actor AND u.tenant_id = i.tenant_id`;

export const IMPORT_SORTS = ['startedAt', 'imported', 'failed', 'id'] as const;
const ORDER_COLUMN: Record<(typeof IMPORT_SORTS)[number], string> = {
  startedAt: 'started_at',
  imported: 'imported',
  failed: 'failed',
  id: 'id',
};

/** 取込履歴: newest first unless sorted otherwise; `shopId` narrows it to one shop. */
export async function listImports(
  db: DatabasePool,
  tenantId: string,
  params: {
    sort: { field: (typeof IMPORT_SORTS)[number]; order: 'ASC' | 'DESC' };
    offset: number;
    limit: number;
    shopId?: string;
  },
): Promise<{ rows: readonly ImportView[]; total: number }> {
  const where =
    params.shopId === undefined
      ? sql.fragment`i.tenant_id = ${tenantId}`
      : sql.fragment`i.tenant_id = ${tenantId} AND i.shop_id = ${params.shopId}`;
  const direction = params.sort.order === 'ASC' ? sql.fragment`ASC` : sql.fragment`DESC`;
  const [rows, total] = await Promise.all([
    db.any(sql.type(Import)`
      SELECT ${COLUMNS} FROM ${FROM} WHERE ${where}
      ORDER BY ${sql.identifier(['i', ORDER_COLUMN[params.sort.field]])} ${direction}, i.started_at DESC, i.id LIMIT ${params.limit} OFFSET ${params.offset}`),
    db.oneFirst(sql.type(z.object({ count: z.number() }))`SELECT count(*)::int AS count FROM imports i WHERE ${where}`),
  ]);
  return { rows: rows.map(toView), total };
}

export async function findImport(db: DatabasePool, tenantId: string, id: string): Promise<ImportView | null> {
  if (!isUuid(id)) return null;
  const row = await db.maybeOne(
    sql.type(Import)`SELECT ${COLUMNS} FROM ${FROM} WHERE i.tenant_id = ${tenantId} AND i.id = ${id}`,
  );
  return row && toView(row);
}

/** The problems an import kept, in file and row order; empty for another tenant's import. */
export const importProblems = (db: DatabasePool, tenantId: string, id: string): Promise<readonly ImportProblemView[]> =>
  db.any(sql.type(Problem)`
    SELECT p.file, p.row, p."column", p.ja, p.en FROM import_problems p JOIN imports i ON i.id = p.import_id
    WHERE i.tenant_id = ${tenantId} AND p.import_id = ${id} ORDER BY p.seq`);

/** The imports the history shows as running, of every tenant: what failAbandonedImports looks at. */
export const runningImports = (db: DatabasePool): Promise<ReadonlyArray<{ id: string; tenantId: string }>> =>
  db.any(
    sql.type(
      z.object({ id: z.string(), tenantId: z.string() }),
    )`SELECT id, tenant_id AS "tenantId" FROM imports WHERE status = 'running'`,
  );
