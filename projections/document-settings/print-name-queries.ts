import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';

/** A 帳票商品名 as its screen lists it; the SKU is its id. */
const PrintNameRow = z.object({ id: z.string(), sku: z.string(), name: z.string(), updatedAt: z.number() });
export type PrintNameView = Omit<z.infer<typeof PrintNameRow>, 'updatedAt'> & { readonly updatedAt: string };
const toView = (row: z.infer<typeof PrintNameRow>): PrintNameView => ({
  ...row,
  updatedAt: new Date(row.updatedAt).toISOString(),
});

export const PRINT_NAME_SORTS = ['sku', 'name', 'updatedAt'] as const;
const ORDER_COLUMN: Record<(typeof PRINT_NAME_SORTS)[number] | 'id', string> = {
  sku: 'sku',
  id: 'sku',
  name: 'name',
  updatedAt: 'updated_at',
};
const COLUMNS = sql.fragment`sku AS id, sku, name, updated_at AS "updatedAt"`;

/** `%` and `_` typed into the search box are searched for, not wildcards. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The tenant's print names, searchable by SKU or name (q), or the given SKUs (react-admin's getMany). */
export async function listPrintNames(
  db: DatabasePool,
  tenantId: string,
  params: {
    sort: { field: (typeof PRINT_NAME_SORTS)[number] | 'id'; order: 'ASC' | 'DESC' };
    offset: number;
    limit: number;
    q?: string;
    ids?: readonly string[];
  },
): Promise<{ rows: readonly PrintNameView[]; total: number }> {
  const where = [sql.fragment`tenant_id = ${tenantId}`];
  const q = params.q?.trim();
  if (q) where.push(sql.fragment`(sku ILIKE ${likePattern(q)} OR name ILIKE ${likePattern(q)})`);
  if (params.ids) where.push(sql.fragment`sku = ANY(${sql.array(params.ids, 'text')})`);
  const condition = sql.join(where, sql.fragment` AND `);
  const direction = params.sort.order === 'ASC' ? sql.fragment`ASC` : sql.fragment`DESC`;
  const order = sql.fragment`${sql.identifier([ORDER_COLUMN[params.sort.field]])} ${direction}, sku`;
  const [rows, total] = await Promise.all([
    db.any(sql.type(PrintNameRow)`
      SELECT ${COLUMNS} FROM print_names WHERE ${condition} ORDER BY ${order} LIMIT ${params.limit} OFFSET ${params.offset}`),
    db.oneFirst(
      sql.type(z.object({ count: z.number() }))`SELECT count(*)::int AS count FROM print_names WHERE ${condition}`,
    ),
  ]);
  return { rows: rows.map(toView), total };
}

export async function findPrintName(
  db: DatabasePool,
  tenantId: string,
  sku: string,
): Promise<PrintNameView | undefined> {
  const row = await db.maybeOne(
    sql.type(PrintNameRow)`SELECT ${COLUMNS} FROM print_names WHERE tenant_id = ${tenantId} AND sku = ${sku}`,
  );
  return row ? toView(row) : undefined;
}
