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
  readonly pendingChange?: boolean;
  readonly amountProblems?: boolean;
  /** false: orders whose shipping results were not yet written for their mall (処理実績未報告); true: the others. */
  readonly resultsReported?: boolean;
  /** Orders with an unaccepted result of this check (CheckKind). */
  readonly check?: string;
}

export const ORDER_SORTS = ['orderedAt', 'orderNumber', 'total', 'plannedShipDate', 'status', 'id'] as const;
export type OrderSort = (typeof ORDER_SORTS)[number];

export interface ListOrdersParams extends OrderFilters {
  readonly sort?: { readonly field: OrderSort; readonly order: 'ASC' | 'DESC' };
  readonly offset: number;
  readonly limit: number;
}

const ListRow = OrderSearchColumns.extend({ revision: z.number() });
export type OrderListRow = Omit<z.infer<typeof ListRow>, 'orderedAt' | 'updatedAt'> & {
  orderedAt: string;
  updatedAt: string;
};

// slonik hands timestamps over as epoch milliseconds; the API speaks ISO 8601.
const toView = (row: z.infer<typeof ListRow>): OrderListRow => ({
  ...row,
  orderedAt: new Date(row.orderedAt).toISOString(),
  updatedAt: new Date(row.updatedAt).toISOString(),
});

const COLUMNS = sql.fragment`
  id, shop_id AS "shopId", mall, order_number AS "orderNumber", status, held_box AS "heldBox", held_from AS "heldFrom",
  held_reason AS "heldReason", route_id AS "routeId", ordered_at AS "orderedAt", planned_ship_date AS "plannedShipDate", desired_delivery_date AS "desiredDeliveryDate",
  payment_method AS "paymentMethod", carrier, tags, orderer_name AS "ordererName", orderer_kana AS "ordererKana",
  orderer_phone AS "ordererPhone", orderer_email AS "ordererEmail", destination_count AS "destinationCount", total, billed,
  has_gift AS "hasGift", amount_problems AS "amountProblems", change_awaiting_confirmation AS "changeAwaitingConfirmation",
  printed_kinds AS "printedKinds", labels_exported AS "labelsExported", results_reported AS "resultsReported", tracking_numbers AS "trackingNumbers",
  check_kinds AS "checkKinds", updated_at AS "updatedAt", revision::float8 AS revision`;

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);
const tokyoDayStart = (day: string, plusDays: number) =>
  sql.fragment`((${day}::date + ${plusDays}::int)::timestamp AT TIME ZONE 'Asia/Tokyo')`;
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The free text as search_text holds it, or '' when there is none (or only symbols, matched as an order number). */
const searchedText = (f: OrderFilters) => normalizeForSearch(f.q?.trim() ?? '');
/** pg_trgm finds a fragment by its three-character pieces: a shorter one cannot use the trigram index. */
const TRIGRAM = 3;

/**
 * How a text search reads the table. 'trigrams': through the trigram index, every match (few of them). 'newest-first':
 * along the tenant's order dates, rechecking each order until the page is full (many matches: they come soon). The
 * planner cannot tell the two apart (its estimate of a LIKE is the same for every fragment), so the query says which.
 */
type TextPath = 'trigrams' | 'newest-first';

const conditions = (tenantId: string, f: OrderFilters, withStatus: boolean, textPath: TextPath = 'trigrams') => {
  const where = [sql.fragment`tenant_id = ${tenantId}`];
  const statuses = f.status === undefined ? [] : typeof f.status === 'string' ? [f.status] : f.status;
  // One status as a plain equality: the planner then reads the status index in sort order and stops after the page.
  if (withStatus && statuses.length === 1) where.push(sql.fragment`status = ${statuses[0]!}`);
  if (withStatus && statuses.length > 1) where.push(sql.fragment`status = ANY(${sql.array(statuses, 'text')})`);
  if (f.shopId !== undefined) where.push(sql.fragment`shop_id = ${f.shopId}`);
  if (f.mall !== undefined) where.push(sql.fragment`mall = ${f.mall}`);
  if (f.orderedFrom !== undefined) {
    where.push(
      sql.fragment`ordered_at >= ${isDay(f.orderedFrom) ? tokyoDayStart(f.orderedFrom, 0) : sql.fragment`${f.orderedFrom}::timestamptz`}`,
    );
  }
  if (f.orderedTo !== undefined) {
    where.push(
      isDay(f.orderedTo)
        ? sql.fragment`ordered_at < ${tokyoDayStart(f.orderedTo, 1)}`
        : sql.fragment`ordered_at <= ${f.orderedTo}::timestamptz`,
    );
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
  // Written out rather than as a parameter, so that the planner can match the partial indexes of 0015.
  if (f.pendingChange !== undefined)
    where.push(
      f.pendingChange ? sql.fragment`change_awaiting_confirmation` : sql.fragment`NOT change_awaiting_confirmation`,
    );
  if (f.amountProblems !== undefined)
    where.push(f.amountProblems ? sql.fragment`amount_problems` : sql.fragment`NOT amount_problems`);
  if (f.check !== undefined) where.push(sql.fragment`check_kinds @> ${sql.array([f.check], 'text')}`);
  if (f.resultsReported !== undefined)
    where.push(f.resultsReported ? sql.fragment`results_reported` : sql.fragment`NOT results_reported`);
  const q = f.q?.trim() ?? '';
  if (q !== '') {
    const normalised = normalizeForSearch(q);
    // search_text holds normalised (lower-cased) text only, the order number among it, so the pattern is normalised the
    // same way and a plain LIKE, cheaper to recheck than ILIKE, finds every spelling. `search_text || ''` is the same
    // text that no index serves.
    const text = textPath === 'trigrams' ? sql.fragment`search_text` : sql.fragment`(search_text || '')`;
    where.push(
      normalised === ''
        ? sql.fragment`order_number = ${q}`
        : sql.fragment`${text} LIKE ${`%${escapeLike(normalised)}%`}`,
    );
  }
  return sql.join(where, sql.fragment` AND `);
};

const STATUS_ORDER = sql.fragment`array_position(${sql.array(Object.keys(STATUS_LABELS), 'text')}, status)`;
// NULLS LAST only where a column can be null: on a NOT NULL column it would stop an index from serving the sort.
const SORT_COLUMN: Record<OrderSort, { readonly column: ReturnType<typeof sql.fragment>; readonly nullable: boolean }> =
  {
    orderedAt: { column: sql.fragment`ordered_at`, nullable: false },
    orderNumber: { column: sql.fragment`order_number`, nullable: false },
    total: { column: sql.fragment`total`, nullable: false },
    plannedShipDate: { column: sql.fragment`planned_ship_date`, nullable: true },
    status: { column: STATUS_ORDER, nullable: false },
    id: { column: sql.fragment`id`, nullable: false },
  };

// The tie-breaker runs against the sort so that the status tab reads (tenant_id, status, ordered_at DESC, id) as it is.
const orderBy = ({ field, order }: NonNullable<ListOrdersParams['sort']>) => {
  if (field === 'id') return order === 'ASC' ? sql.fragment`id ASC` : sql.fragment`id DESC`;
  const { column, nullable } = SORT_COLUMN[field];
  const nulls = nullable ? sql.fragment` NULLS LAST` : sql.fragment``;
  return order === 'ASC' ? sql.fragment`${column} ASC${nulls}, id DESC` : sql.fragment`${column} DESC${nulls}, id ASC`;
};

/**
 * Up to this many matches a list's total is counted exactly; beyond, counting would cost more than the page, so the
 * total is PostgreSQL's estimate and says so. Filters count from indexes alone; a free-text search rechecks every match
 * in the table (trigrams only narrow it down), so it stops sooner.
 */
export const EXACT_TOTAL_UP_TO = { filters: 10_000, text: 1_000 } as const;
const exactLimitFor = (params: OrderFilters): number =>
  (params.q?.trim() ?? '') === '' ? EXACT_TOTAL_UP_TO.filters : EXACT_TOTAL_UP_TO.text;

const CountRow = z.object({ count: z.number() });
const CappedRow = ListRow.extend({ cappedCount: z.number() });
const PlanRow = z.object({ 'QUERY PLAN': z.unknown() });

/**
 * The SQL behind listOrders, exposed so that the search benchmark can EXPLAIN exactly what the API runs. `count` counts
 * up to `exactUpTo` + 1 matches; `page(counted)` is the page, for a text search read the way that count calls for.
 */
export function orderListQueries(tenantId: string, params: ListOrdersParams, exactUpTo = exactLimitFor(params)) {
  const where = conditions(tenantId, params, true);
  const sort = orderBy(params.sort ?? { field: 'orderedAt', order: 'DESC' });
  const window = sql.fragment`ORDER BY ${sort} LIMIT ${params.limit} OFFSET ${params.offset}`;
  const text = searchedText(params);
  return {
    /**
     * 'parallel': no text search, nothing to choose; the page need not wait for the count. 'count-first': the matches
     * found through the trigram index, counted up to the limit, give the page in the same scan when they are few, and
     * otherwise decide how the page is read. 'page-only': a fragment too short for trigrams can only be counted by
     * reading the tenant's every order, so it is not counted (a page that is not full still tells the exact total).
     */
    strategy: (text === '' ? 'parallel' : text.length >= TRIGRAM ? 'count-first' : 'page-only') as
      'parallel' | 'count-first' | 'page-only',
    exactUpTo,
    /** The page from the first exactUpTo + 1 matches, each row with how many there were: right when they are all. */
    pageOfCapped: sql.type(CappedRow)`
      SELECT ${COLUMNS}, count(*) OVER ()::int AS "cappedCount"
      FROM (SELECT * FROM order_search WHERE ${where} LIMIT ${exactUpTo + 1}) AS matches ${window}`,
    count: sql.type(
      CountRow,
    )`SELECT count(*)::int AS count FROM (SELECT FROM order_search WHERE ${where} LIMIT ${exactUpTo + 1}) AS capped`,
    /** The page; `newestFirst` when it has to run under NEWEST_FIRST (see there). */
    page(counted: number) {
      if (text === '')
        return {
          query: sql.type(ListRow)`SELECT ${COLUMNS} FROM order_search WHERE ${where} ${window}`,
          newestFirst: false,
        };
      // Only the order date has an index to walk along; any other sort needs every match anyway.
      if ((text.length < TRIGRAM || counted > exactUpTo) && (params.sort?.field ?? 'orderedAt') === 'orderedAt') {
        const query = sql.type(
          ListRow,
        )`SELECT ${COLUMNS} FROM order_search WHERE ${conditions(tenantId, params, true, 'newest-first')} ${window}`;
        return { query, newestFirst: true };
      }
      // OFFSET 0 keeps the sort out of the subquery, so the matches are found through the trigram index, then sorted.
      const query = sql.type(
        ListRow,
      )`SELECT ${COLUMNS} FROM (SELECT * FROM order_search WHERE ${where} OFFSET 0) AS matches ${window}`;
      return { query, newestFirst: false };
    },
    plan: sql.type(PlanRow)`EXPLAIN (FORMAT JSON) SELECT FROM order_search WHERE ${where}`,
  };
}

const plannedRows = (plan: unknown): number => {
  const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as Array<{ Plan: { 'Plan Rows': number } }>;
  return Math.round(parsed[0]!.Plan['Plan Rows']);
};

type ListRowData = z.infer<typeof ListRow>;

/**
 * For the newest-first walk, within its transaction. The planner's estimate of a LIKE does not depend on how common
 * the fragment is, and a low one makes it read the tenant's every order and sort them (seconds); the walk stops after
 * the page (milliseconds), and only one process can stop early.
 */
export const NEWEST_FIRST = sql.unsafe`
  SELECT set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true),
    set_config('max_parallel_workers_per_gather', '0', true)`;

const readPage = (db: DatabasePool, { query, newestFirst }: ReturnType<ReturnType<typeof orderListQueries>['page']>) =>
  newestFirst
    ? db.transaction(async (tx) => {
        await tx.query(NEWEST_FIRST);
        return tx.any(query);
      })
    : db.any(query);

async function countAndPage(
  db: DatabasePool,
  queries: ReturnType<typeof orderListQueries>,
  offset: number,
): Promise<readonly [readonly ListRowData[], number | undefined]> {
  switch (queries.strategy) {
    case 'parallel':
      return Promise.all([readPage(db, queries.page(0)), db.oneFirst(queries.count)]);
    case 'count-first': {
      const capped = await db.any(queries.pageOfCapped);
      // An empty page past the first says nothing of how many there are.
      const counted = capped[0]?.cappedCount ?? (offset === 0 ? 0 : await db.oneFirst(queries.count));
      if (counted <= queries.exactUpTo) return [capped.map(({ cappedCount: _, ...row }) => row), counted] as const;
      return [await readPage(db, queries.page(counted)), counted] as const;
    }
    case 'page-only':
      return [await readPage(db, queries.page(Infinity)), undefined] as const;
  }
}

/**
 * The order list of one tenant; the tenant comes from the signed-in principal, never from the request. `total` is
 * exact up to `exactUpTo` matches and PostgreSQL's estimate beyond (then `totalIsEstimate`), never less than what is
 * known to exist, so a list can always page on.
 */
export async function listOrders(
  db: DatabasePool,
  tenantId: string,
  params: ListOrdersParams,
  exactUpTo = exactLimitFor(params),
): Promise<{ rows: readonly OrderListRow[]; total: number; totalIsEstimate: boolean }> {
  const queries = orderListQueries(tenantId, params, exactUpTo);
  const [rows, counted] = await countAndPage(db, queries, params.offset);
  if (counted !== undefined && counted <= exactUpTo)
    return { rows: rows.map(toView), total: counted, totalIsEstimate: false };
  if (counted === undefined && rows.length < params.limit && (rows.length > 0 || params.offset === 0)) {
    return { rows: rows.map(toView), total: params.offset + rows.length, totalIsEstimate: false };
  }
  const estimate = plannedRows(await db.oneFirst(queries.plan));
  return {
    rows: rows.map(toView),
    total: Math.max(estimate, exactUpTo + 1, params.offset + rows.length),
    totalIsEstimate: true,
  };
}

/** Counts for the status tabs: every filter but the status itself applies, so each tab shows what it would list. */
export async function statusCounts(
  db: DatabasePool,
  tenantId: string,
  filters: OrderFilters = {},
): Promise<Record<OrderStatus, number>> {
  const counts = await db.any(
    sql.type(z.object({ status: z.string(), count: z.number() }))`
      SELECT status, count(*)::int AS count FROM order_search WHERE ${conditions(tenantId, filters, false)} GROUP BY status`,
  );
  const result = Object.fromEntries(Object.keys(STATUS_LABELS).map((status) => [status, 0])) as Record<
    OrderStatus,
    number
  >;
  for (const { status, count } of counts) if (OrderStatusCodec.is(status)) result[status] = count;
  return result;
}

export async function findOrderRow(db: DatabasePool, tenantId: string, id: string): Promise<OrderListRow | null> {
  const row = await db.maybeOne(
    sql.type(ListRow)`SELECT ${COLUMNS} FROM order_search WHERE tenant_id = ${tenantId} AND id = ${id}`,
  );
  return row && toView(row);
}

/**
 * The ids of the orders a list filter matches (a whole status tab or search result, to print), by order number, at
 * most `limit`: the caller asks for one more than it accepts to tell "too many" from "exactly enough".
 */
export async function orderIdsMatching(
  db: DatabasePool,
  tenantId: string,
  filters: OrderFilters,
  limit: number,
): Promise<string[]> {
  const rows = await db.anyFirst(
    sql.type(z.object({ id: z.string() }))`
      SELECT id FROM order_search WHERE ${conditions(tenantId, filters, true)} ORDER BY order_number, id LIMIT ${limit}`,
  );
  return [...rows];
}

/** Order numbers to ids within one tenant; a number the tenant does not have is left out. */
export async function orderIdsByNumber(
  db: DatabasePool,
  tenantId: string,
  orderNumbers: readonly string[],
): Promise<Map<string, string>> {
  const rows = await db.any(
    sql.type(z.object({ id: z.string(), orderNumber: z.string() }))`
      SELECT id, order_number AS "orderNumber" FROM order_search
      WHERE tenant_id = ${tenantId} AND order_number = ANY(${sql.array(orderNumbers, 'text')})`,
  );
  return new Map(rows.map((r) => [r.orderNumber, r.id]));
}
