import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';
import { type OrderStatus, OrderStatus as OrderStatusCodec, STATUS_LABELS } from '../../domain/order/status';
import { normalizeForSearch } from './normalize';
import { OrderSearchColumns } from './order-search-row';

export interface OrderFilters {
  readonly status?: OrderStatus | readonly OrderStatus[];
  readonly shopId?: string;
  readonly mall?: string;
  /** A business date (a whole day in Asia/Tokyo) or an instant; both ends inclusive. */
  readonly orderedFrom?: string;
  readonly orderedTo?: string;
  readonly shipDateFrom?: string;
  readonly shipDateTo?: string;
  readonly deliveryDateFrom?: string;
  readonly deliveryDateTo?: string;
  readonly paymentMethod?: string;
  readonly carrier?: string;
  readonly tag?: string;
  readonly heldBox?: number;
  readonly routeId?: string;
  /** Free text: names, kana, phones, e-mail, items, memo and the order number, in any width or kana. */
  readonly q?: string;
}

export const ORDER_SORTS = ['orderedAt', 'orderNumber', 'total', 'plannedShipDate', 'status'] as const;
export type OrderSort = (typeof ORDER_SORTS)[number];

export interface ListOrdersParams extends OrderFilters {
  readonly sort?: { readonly field: OrderSort; readonly order: 'ASC' | 'DESC' };
  readonly offset: number;
  readonly limit: number;
}

const ListRow = OrderSearchColumns.extend({ revision: z.number() });
export type OrderListRow = Omit<z.infer<typeof ListRow>, 'orderedAt' | 'updatedAt'> & { orderedAt: string; updatedAt: string };

// slonik hands timestamps over as epoch milliseconds; the API speaks ISO 8601.
const toView = (row: z.infer<typeof ListRow>): OrderListRow => ({
  ...row,
  orderedAt: new Date(row.orderedAt).toISOString(),
  updatedAt: new Date(row.updatedAt).toISOString(),
});

const COLUMNS = sql.fragment`
  id, shop_id AS "shopId", mall, order_number AS "orderNumber", status, held_box AS "heldBox", held_from AS "heldFrom",
  route_id AS "routeId", ordered_at AS "orderedAt", planned_ship_date AS "plannedShipDate", desired_delivery_date AS "desiredDeliveryDate",
  payment_method AS "paymentMethod", carrier, tags, orderer_name AS "ordererName", orderer_kana AS "ordererKana",
  orderer_phone AS "ordererPhone", orderer_email AS "ordererEmail", destination_count AS "destinationCount", total, billed,
  has_gift AS "hasGift", amount_problems AS "amountProblems", change_awaiting_confirmation AS "changeAwaitingConfirmation",
  updated_at AS "updatedAt", revision::float8 AS revision`;

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);
const tokyoDayStart = (day: string, plusDays: number) => sql.fragment`((${day}::date + ${plusDays}::int)::timestamp AT TIME ZONE 'Asia/Tokyo')`;
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

const conditions = (tenantId: string, f: OrderFilters, withStatus: boolean) => {
  const where = [sql.fragment`tenant_id = ${tenantId}`];
  const statuses = f.status === undefined ? [] : typeof f.status === 'string' ? [f.status] : f.status;
  if (withStatus && statuses.length > 0) where.push(sql.fragment`status = ANY(${sql.array(statuses, 'text')})`);
  if (f.shopId !== undefined) where.push(sql.fragment`shop_id = ${f.shopId}`);
  if (f.mall !== undefined) where.push(sql.fragment`mall = ${f.mall}`);
  if (f.orderedFrom !== undefined) {
    where.push(sql.fragment`ordered_at >= ${isDay(f.orderedFrom) ? tokyoDayStart(f.orderedFrom, 0) : sql.fragment`${f.orderedFrom}::timestamptz`}`);
  }
  if (f.orderedTo !== undefined) {
    where.push(isDay(f.orderedTo) ? sql.fragment`ordered_at < ${tokyoDayStart(f.orderedTo, 1)}` : sql.fragment`ordered_at <= ${f.orderedTo}::timestamptz`);
  }
  if (f.shipDateFrom !== undefined) where.push(sql.fragment`planned_ship_date >= ${f.shipDateFrom}::date`);
  if (f.shipDateTo !== undefined) where.push(sql.fragment`planned_ship_date <= ${f.shipDateTo}::date`);
  if (f.deliveryDateFrom !== undefined) where.push(sql.fragment`desired_delivery_date >= ${f.deliveryDateFrom}::date`);
  if (f.deliveryDateTo !== undefined) where.push(sql.fragment`desired_delivery_date <= ${f.deliveryDateTo}::date`);
  if (f.paymentMethod !== undefined) where.push(sql.fragment`payment_method = ${f.paymentMethod}`);
  if (f.carrier !== undefined) where.push(sql.fragment`carrier = ${f.carrier}`);
  if (f.tag !== undefined) where.push(sql.fragment`tags @> ${sql.array([f.tag], 'text')}`);
  if (f.heldBox !== undefined) where.push(sql.fragment`held_box = ${f.heldBox}`);
  if (f.routeId !== undefined) where.push(sql.fragment`route_id = ${f.routeId}`);
  const q = f.q?.trim() ?? '';
  if (q !== '') {
    const normalised = normalizeForSearch(q);
    // search_text holds normalised text only, so the pattern is normalised the same way; the trigram index serves it.
    where.push(
      normalised === ''
        ? sql.fragment`order_number = ${q}`
        : sql.fragment`(search_text ILIKE ${`%${escapeLike(normalised)}%`} OR order_number = ${q})`,
    );
  }
  return sql.join(where, sql.fragment` AND `);
};

const STATUS_ORDER = sql.fragment`array_position(${sql.array(Object.keys(STATUS_LABELS), 'text')}, status)`;
const SORT_COLUMN: Record<OrderSort, ReturnType<typeof sql.fragment>> = {
  orderedAt: sql.fragment`ordered_at`,
  orderNumber: sql.fragment`order_number`,
  total: sql.fragment`total`,
  plannedShipDate: sql.fragment`planned_ship_date`,
  status: STATUS_ORDER,
};

// The tie-breaker runs against the sort so that the status tab reads (tenant_id, status, ordered_at DESC, id) as it is.
const orderBy = ({ field, order }: NonNullable<ListOrdersParams['sort']>) =>
  order === 'ASC' ? sql.fragment`${SORT_COLUMN[field]} ASC NULLS LAST, id DESC` : sql.fragment`${SORT_COLUMN[field]} DESC NULLS LAST, id ASC`;

/** The order list of one tenant; the tenant comes from the signed-in principal, never from the request. */
export async function listOrders(db: DatabasePool, tenantId: string, params: ListOrdersParams): Promise<{ rows: readonly OrderListRow[]; total: number }> {
  const where = conditions(tenantId, params, true);
  const sort = orderBy(params.sort ?? { field: 'orderedAt', order: 'DESC' });
  const [rows, total] = await Promise.all([
    db.any(sql.type(ListRow)`SELECT ${COLUMNS} FROM order_search WHERE ${where} ORDER BY ${sort} LIMIT ${params.limit} OFFSET ${params.offset}`),
    db.oneFirst(sql.type(z.object({ count: z.number() }))`SELECT count(*)::int AS count FROM order_search WHERE ${where}`),
  ]);
  return { rows: rows.map(toView), total };
}

/** Counts for the status tabs: every filter but the status itself applies, so each tab shows what it would list. */
export async function statusCounts(db: DatabasePool, tenantId: string, filters: OrderFilters = {}): Promise<Record<OrderStatus, number>> {
  const counts = await db.any(
    sql.type(z.object({ status: z.string(), count: z.number() }))`
      SELECT status, count(*)::int AS count FROM order_search WHERE ${conditions(tenantId, filters, false)} GROUP BY status`,
  );
  const result = Object.fromEntries(Object.keys(STATUS_LABELS).map((status) => [status, 0])) as Record<OrderStatus, number>;
  for (const { status, count } of counts) if (OrderStatusCodec.is(status)) result[status] = count;
  return result;
}

export async function findOrderRow(db: DatabasePool, tenantId: string, id: string): Promise<OrderListRow | null> {
  const row = await db.maybeOne(sql.type(ListRow)`SELECT ${COLUMNS} FROM order_search WHERE tenant_id = ${tenantId} AND id = ${id}`);
  return row && toView(row);
}
