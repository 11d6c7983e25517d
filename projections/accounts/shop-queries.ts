import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';

const Shop = z.object({ id: z.string(), code: z.string(), mall: z.string(), name: z.string() });
export type ShopRow = z.infer<typeof Shop>;

export const listShops = (db: DatabasePool, tenantId: string): Promise<readonly ShopRow[]> =>
  db.any(sql.type(Shop)`SELECT id, code, mall, name FROM shops WHERE tenant_id = ${tenantId} ORDER BY code`);

/** The shop's defaults for new orders and its 休業日, flat as the shop edit screen edits them. */
const ShopView = Shop.extend({
  registeredAt: z.number(),
  defaultCarrier: z.string().nullable(),
  defaultSlipType: z.string().nullable(),
  codSlipType: z.string().nullable(),
  shipLeadDays: z.number().nullable(),
  holidays: z.array(z.string()),
  amountsHoldBox: z.number(),
  untrackedSlipTypes: z.array(z.string()),
});
export type ShopView = Omit<z.infer<typeof ShopView>, 'registeredAt'> & { registeredAt: string };
const toView = (row: z.infer<typeof ShopView>): ShopView => ({
  ...row,
  registeredAt: new Date(row.registeredAt).toISOString(),
});

export const SHOP_SORTS = ['code', 'name', 'mall', 'registeredAt', 'id'] as const;
const ORDER_COLUMN: Record<(typeof SHOP_SORTS)[number], string> = {
  code: 'code',
  name: 'name',
  mall: 'mall',
  registeredAt: 'registered_at',
  id: 'id',
};
const VIEW_COLUMNS = sql.fragment`id, code, mall, name, registered_at AS "registeredAt",
  default_carrier AS "defaultCarrier", default_slip_type AS "defaultSlipType", cod_slip_type AS "codSlipType",
  ship_lead_days AS "shipLeadDays", ARRAY(SELECT to_char(d, 'YYYY-MM-DD') FROM unnest(holidays) d ORDER BY d) AS holidays,
  amounts_hold_box AS "amountsHoldBox", untracked_slip_types AS "untrackedSlipTypes"`;

/** The shops screen: one tenant's shops, searchable by code or name, or the given ids (react-admin's getMany). */
export async function listShopViews(
  db: DatabasePool,
  tenantId: string,
  params: {
    sort: { field: (typeof SHOP_SORTS)[number]; order: 'ASC' | 'DESC' };
    offset: number;
    limit: number;
    q?: string;
    ids?: readonly string[];
  },
): Promise<{ rows: readonly ShopView[]; total: number }> {
  const where = [sql.fragment`tenant_id = ${tenantId}`];
  if (params.q) where.push(sql.fragment`(code ILIKE ${`%${params.q}%`} OR name ILIKE ${`%${params.q}%`})`);
  if (params.ids) where.push(sql.fragment`id::text = ANY(${sql.array(params.ids, 'text')})`);
  const condition = sql.join(where, sql.fragment` AND `);
  const order = sql.fragment`${sql.identifier([ORDER_COLUMN[params.sort.field]])} ${params.sort.order === 'ASC' ? sql.fragment`ASC` : sql.fragment`DESC`}, id`;
  const [rows, total] = await Promise.all([
    db.any(
      sql.type(
        ShopView,
      )`SELECT ${VIEW_COLUMNS} FROM shops WHERE ${condition} ORDER BY ${order} LIMIT ${params.limit} OFFSET ${params.offset}`,
    ),
    db.oneFirst(sql.type(z.object({ count: z.number() }))`SELECT count(*)::int AS count FROM shops WHERE ${condition}`),
  ]);
  return { rows: rows.map(toView), total };
}

export async function findShopView(db: DatabasePool, tenantId: string, id: string): Promise<ShopView | null> {
  const row = await db.maybeOne(
    sql.type(ShopView)`SELECT ${VIEW_COLUMNS} FROM shops WHERE tenant_id = ${tenantId} AND id = ${id}`,
  );
  return row && toView(row);
}
