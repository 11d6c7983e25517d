import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';
import { isUuid } from '../../domain/shared/ids';

const ImportMapping = z.object({
  id: z.string(),
  shopId: z.string(),
  shopName: z.string().nullable(),
  name: z.string(),
  mapping: z.record(z.unknown()),
  definedAt: z.number(),
  updatedAt: z.number(),
});
export type ImportMappingView = Omit<z.infer<typeof ImportMapping>, 'definedAt' | 'updatedAt'> & {
  definedAt: string;
  updatedAt: string;
};

const toView = (row: z.infer<typeof ImportMapping>): ImportMappingView => ({
  ...row,
  definedAt: new Date(row.definedAt).toISOString(),
  updatedAt: new Date(row.updatedAt).toISOString(),
});

const COLUMNS = sql.fragment`m.id, m.shop_id AS "shopId", s.name AS "shopName", m.name, m.mapping, m.defined_at AS "definedAt", m.updated_at AS "updatedAt"`;
const FROM = sql.fragment`import_mappings m LEFT JOIN shops s ON s.id::text = m.shop_id AND s.tenant_id = m.tenant_id`;

/** 取込設定: a tenant's saved mappings by shop and name, or one shop's. */
export async function listImportMappings(
  db: DatabasePool,
  tenantId: string,
  params: { offset: number; limit: number; shopId?: string },
): Promise<{ rows: readonly ImportMappingView[]; total: number }> {
  const where =
    params.shopId === undefined
      ? sql.fragment`m.tenant_id = ${tenantId}`
      : sql.fragment`m.tenant_id = ${tenantId} AND m.shop_id = ${params.shopId}`;
  const [rows, total] = await Promise.all([
    db.any(
      sql.type(
        ImportMapping,
      )`SELECT ${COLUMNS} FROM ${FROM} WHERE ${where} ORDER BY s.code, m.name, m.id LIMIT ${params.limit} OFFSET ${params.offset}`,
    ),
    db.oneFirst(
      sql.type(z.object({ count: z.number() }))`SELECT count(*)::int AS count FROM import_mappings m WHERE ${where}`,
    ),
  ]);
  return { rows: rows.map(toView), total };
}

export async function findImportMapping(
  db: DatabasePool,
  tenantId: string,
  id: string,
): Promise<ImportMappingView | null> {
  if (!isUuid(id)) return null;
  const row = await db.maybeOne(
    sql.type(ImportMapping)`SELECT ${COLUMNS} FROM ${FROM} WHERE m.tenant_id = ${tenantId} AND m.id = ${id}`,
  );
  return row && toView(row);
}
