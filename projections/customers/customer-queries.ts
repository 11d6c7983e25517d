import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';
import { normalizeForSearch } from '../order-search/normalize';

export interface CustomerFilters {
  /** Name, kana (any width), e-mail or phone (with or without hyphens). */
  readonly q?: string;
  readonly blacklisted?: boolean;
  readonly minPurchaseCount?: number;
}

export const CUSTOMER_SORTS = [
  'lastPurchaseAt',
  'firstPurchaseAt',
  'purchaseCount',
  'totalBilled',
  'kana',
  'registeredAt',
  'id',
] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];

export interface ListCustomersParams extends CustomerFilters {
  readonly sort: { readonly field: CustomerSort; readonly order: 'ASC' | 'DESC' };
  readonly offset: number;
  readonly limit: number;
}

const CustomerRow = z.object({
  id: z.string(),
  name: z.string(),
  kana: z.string(),
  email: z.string(),
  phone: z.string(),
  purchaseCount: z.number(),
  totalBilled: z.number(),
  firstPurchaseAt: z.number().nullable(),
  lastPurchaseAt: z.number().nullable(),
  blacklistReason: z.string().nullable(),
  blacklistedAt: z.number().nullable(),
  registeredAt: z.number(),
});

const PurchaseRow = z.object({
  orderId: z.string(),
  orderNumber: z.string(),
  shopId: z.string(),
  shopName: z.string().nullable(),
  mall: z.string().nullable(),
  orderedAt: z.number(),
  billed: z.number(),
  cancelled: z.boolean(),
});

// slonik hands timestamps over as epoch milliseconds; the API speaks ISO 8601.
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const toView = (r: z.infer<typeof CustomerRow>) => ({
  ...r,
  blacklisted: r.blacklistReason !== null,
  firstPurchaseAt: iso(r.firstPurchaseAt),
  lastPurchaseAt: iso(r.lastPurchaseAt),
  blacklistedAt: iso(r.blacklistedAt),
  registeredAt: new Date(r.registeredAt).toISOString(),
});
export type CustomerView = ReturnType<typeof toView>;
export type PurchaseView = Omit<z.infer<typeof PurchaseRow>, 'orderedAt'> & { orderedAt: string };

const COLUMNS = sql.fragment`
  id, name, kana, email, phone, purchase_count AS "purchaseCount", total_billed::float8 AS "totalBilled",
  first_purchase_at AS "firstPurchaseAt", last_purchase_at AS "lastPurchaseAt", blacklist_reason AS "blacklistReason",
  blacklisted_at AS "blacklistedAt", registered_at AS "registeredAt"`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

const conditions = (tenantId: string, f: CustomerFilters) => {
  const where = [sql.fragment`tenant_id = ${tenantId}`];
  // search_text holds normalised text only, so the query is normalised the same way; the trigram index serves it.
  const q = normalizeForSearch(f.q ?? '');
  if (q !== '') where.push(sql.fragment`search_text ILIKE ${`%${escapeLike(q)}%`}`);
  if (f.blacklisted !== undefined)
    where.push(f.blacklisted ? sql.fragment`blacklist_reason IS NOT NULL` : sql.fragment`blacklist_reason IS NULL`);
  if (f.minPurchaseCount !== undefined) where.push(sql.fragment`purchase_count >= ${f.minPurchaseCount}`);
  return sql.join(where, sql.fragment` AND `);
};

const SORT_COLUMN: Record<CustomerSort, ReturnType<typeof sql.fragment>> = {
  lastPurchaseAt: sql.fragment`last_purchase_at`,
  firstPurchaseAt: sql.fragment`first_purchase_at`,
  purchaseCount: sql.fragment`purchase_count`,
  totalBilled: sql.fragment`total_billed`,
  kana: sql.fragment`kana_sort`,
  registeredAt: sql.fragment`registered_at`,
  id: sql.fragment`id`,
};

const orderBy = ({ field, order }: ListCustomersParams['sort']) =>
  order === 'ASC'
    ? sql.fragment`${SORT_COLUMN[field]} ASC NULLS LAST, id`
    : sql.fragment`${SORT_COLUMN[field]} DESC NULLS LAST, id`;

/** The customer list of one tenant; the tenant comes from the signed-in principal, never from the request. */
export async function listCustomers(
  db: DatabasePool,
  tenantId: string,
  params: ListCustomersParams,
): Promise<{ rows: CustomerView[]; total: number }> {
  const where = conditions(tenantId, params);
  const [rows, total] = await Promise.all([
    db.any(
      sql.type(
        CustomerRow,
      )`SELECT ${COLUMNS} FROM customers WHERE ${where} ORDER BY ${orderBy(params.sort)} LIMIT ${params.limit} OFFSET ${params.offset}`,
    ),
    db.oneFirst(sql.type(z.object({ count: z.number() }))`SELECT count(*)::int AS count FROM customers WHERE ${where}`),
  ]);
  return { rows: rows.map(toView), total };
}

/** One customer with the purchase history, newest first; null for a missing customer and for another tenant's. */
export async function findCustomer(
  db: DatabasePool,
  tenantId: string,
  id: string,
): Promise<(CustomerView & { purchases: PurchaseView[] }) | null> {
  const row = await db.maybeOne(
    sql.type(CustomerRow)`SELECT ${COLUMNS} FROM customers WHERE tenant_id = ${tenantId} AND id = ${id}`,
  );
  if (!row) return null;
  const purchases = await db.any(sql.type(PurchaseRow)`
    SELECT p.order_id AS "orderId", p.order_number AS "orderNumber", p.shop_id AS "shopId", s.name AS "shopName", s.mall,
      p.ordered_at AS "orderedAt", p.billed, p.cancelled
    FROM customer_purchases p LEFT JOIN shops s ON s.id::text = p.shop_id AND s.tenant_id = ${tenantId}
    WHERE p.customer_id = ${id}
    ORDER BY p.ordered_at DESC, p.order_number`);
  return {
    ...toView(row),
    purchases: purchases.map((p) => ({ ...p, orderedAt: new Date(p.orderedAt).toISOString() })),
  };
}

/** The customer an order counts for, or null (no e-mail or phone on the order, or the policy has not reached it yet). */
export async function customerIdOfOrder(db: DatabasePool, tenantId: string, orderId: string): Promise<string | null> {
  return db.maybeOneFirst(sql.type(z.object({ id: z.string() }))`
    SELECT c.id FROM customer_purchases p JOIN customers c ON c.id = p.customer_id
    WHERE p.order_id = ${orderId} AND c.tenant_id = ${tenantId}
    LIMIT 1`);
}
