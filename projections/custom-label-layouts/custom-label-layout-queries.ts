import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';
import { isUuid } from '../../domain/shared/ids';

const Row = z.object({
  id: z.string(),
  name: z.string(),
  layout: z.record(z.unknown()),
  definedAt: z.number(),
  updatedAt: z.number(),
});
export type CustomLabelLayoutView = Omit<z.infer<typeof Row>, 'definedAt' | 'updatedAt'> & {
  /** `custom:<name>`: what the label export and `oms labels --layout` take. */
  layoutName: string;
  definedAt: string;
  updatedAt: string;
};

const toView = (row: z.infer<typeof Row>): CustomLabelLayoutView => ({
  ...row,
  layoutName: `custom:${row.name}`,
  definedAt: new Date(row.definedAt).toISOString(),
  updatedAt: new Date(row.updatedAt).toISOString(),
});

const COLUMNS = sql.fragment`id, name, layout, defined_at AS "definedAt", updated_at AS "updatedAt"`;

/** カスタム送り状: a tenant's saved layouts by name. */
export async function listCustomLabelLayouts(
  db: DatabasePool,
  tenantId: string,
  params: { offset: number; limit: number },
): Promise<{ rows: readonly CustomLabelLayoutView[]; total: number }> {
  const [rows, total] = await Promise.all([
    db.any(
      sql.type(Row)`SELECT ${COLUMNS} FROM custom_label_layouts WHERE tenant_id = ${tenantId}
        ORDER BY name, id LIMIT ${params.limit} OFFSET ${params.offset}`,
    ),
    db.oneFirst(
      sql.type(
        z.object({ count: z.number() }),
      )`SELECT count(*)::int AS count FROM custom_label_layouts WHERE tenant_id = ${tenantId}`,
    ),
  ]);
  return { rows: rows.map(toView), total };
}

export async function findCustomLabelLayout(
  db: DatabasePool,
  tenantId: string,
  id: string,
): Promise<CustomLabelLayoutView | null> {
  if (!isUuid(id)) return null;
  const row = await db.maybeOne(
    sql.type(Row)`SELECT ${COLUMNS} FROM custom_label_layouts WHERE tenant_id = ${tenantId} AND id = ${id}`,
  );
  return row && toView(row);
}

/** The layout `custom:<name>` resolves to, within the tenant. */
export async function findCustomLabelLayoutByName(
  db: DatabasePool,
  tenantId: string,
  name: string,
): Promise<CustomLabelLayoutView | null> {
  const row = await db.maybeOne(
    sql.type(Row)`SELECT ${COLUMNS} FROM custom_label_layouts WHERE tenant_id = ${tenantId} AND name = ${name.trim()}`,
  );
  return row && toView(row);
}
