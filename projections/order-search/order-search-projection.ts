import { type DatabaseTransactionConnection, sql } from 'slonik';
import { z } from 'zod';
import { OrderSearchColumns } from './order-search-row';
import type { DecodedEvent } from '../../application/events/event-registry';
import {
  ORDER_EVENTS,
  type OrderChanges,
  type OrderEnteredByStaff,
  type OrderEvent,
  type OrderImported,
} from '../../domain/order/events';
import type { Destination, MallOrderData, Person } from '../../domain/order/order-data';
import { defineProjection } from '../projection';
import { PrintedKind } from '../../domain/documents/document-kind';
import { normalizeForSearch } from './normalize';
import { CHECK_KINDS, type CheckKind } from '../../domain/checks/check-finding';
import { bundleKeyOfOrder } from '../../domain/order/bundle-key';

const PRINTED_KINDS = Object.keys(PrintedKind.keys);

const SearchParts = z.object({ orderer: z.string(), destinations: z.string(), memo: z.string() });
type SearchParts = z.infer<typeof SearchParts>;

const StoredRow = OrderSearchColumns.extend({
  tenantId: z.string(),
  revision: z.bigint(),
  searchParts: SearchParts,
  /** 同梱候補: the normalised recipient and place of a single-destination order (bundleKeyOfOrder), else null. */
  bundleKey: z.string().nullable(),
  /** The bundle the order ships in, or null. */
  bundleId: z.string().nullable(),
});
/** An order_search row as the fold keeps it, with the parts its search text is made of. */
export type OrderSearchRow = Omit<z.infer<typeof StoredRow>, 'orderedAt' | 'updatedAt'> & {
  orderedAt: string;
  updatedAt: string;
};

const personText = (p: Person) => [p.name, p.kana, p.phone, p.email].map(normalizeForSearch).join(' ');
const destinationsText = (destinations: readonly Destination[]) =>
  destinations
    .flatMap((d) => [
      personText(d.recipient),
      ...d.lines.flatMap((line) => [line.sku, line.name].map(normalizeForSearch)),
    ])
    .join(' ');

const earliestDesiredDate = (destinations: readonly Destination[]): string | null =>
  destinations
    .map((d) => d.delivery.desiredDate)
    .filter((date): date is string => date !== null)
    .sort()[0] ?? null;

type MallColumns = Partial<Omit<OrderSearchRow, 'searchParts'>> & { searchParts?: Partial<SearchParts> };

/** The columns each part of the mall's data fills; a change from the mall brings the parts it changes whole. */
// `-?`: every part, the optional ones too, must say what it fills (the 離島 flag fills nothing).
const MALL_PARTS: { [K in keyof MallOrderData]-?: (value: MallOrderData[K]) => MallColumns } = {
  orderedAt: (orderedAt) => ({ orderedAt }),
  orderer: (o) => ({
    ordererName: o.name,
    ordererKana: o.kana,
    ordererPhone: o.phone,
    ordererEmail: o.email,
    searchParts: { orderer: personText(o) },
  }),
  destinations: (d) => ({
    destinationCount: d.length,
    desiredDeliveryDate: earliestDesiredDate(d),
    bundleKey: bundleKeyOfOrder(d),
    searchParts: { destinations: destinationsText(d) },
  }),
  amounts: (a) => ({ total: a.total, billed: a.billed }),
  payment: (p) => ({ paymentMethod: p.method }),
  gift: (g) => ({ hasGift: g.isGift }),
  buyerRemarks: () => ({}),
  remoteIsland: () => ({}),
};

const withMallParts = (row: OrderSearchRow, parts: Partial<MallOrderData>): OrderSearchRow =>
  Object.entries(parts).reduce((next, [field, value]) => {
    const columns = (MALL_PARTS[field as keyof MallOrderData] as (v: unknown) => MallColumns)(value);
    return { ...next, ...columns, searchParts: { ...next.searchParts, ...columns.searchParts } };
  }, row);

const withMallChanges = (row: OrderSearchRow, changes: OrderChanges): OrderSearchRow =>
  withMallParts(
    row,
    Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, (change as { after: unknown }).after])),
  );

const created = ({ metadata, revision }: DecodedEvent, e: OrderImported | OrderEnteredByStaff): OrderSearchRow => {
  const { orderId, shopId, mall, orderNumber, mallData, shopData, route, status, amountProblems } = e.data;
  const base = {
    id: orderId,
    // The tenant the command ran for, as the infrastructure recorded it: that is what isolates one shop from another.
    tenantId: metadata.tenantId,
    shopId,
    mall,
    orderNumber,
    status,
    heldBox: null,
    heldFrom: null,
    heldReason: null,
    routeId: route.routeId,
    plannedShipDate: shopData.plannedShipDate,
    carrier: shopData.shipping?.carrier ?? null,
    tags: [...shopData.tags],
    printedKinds: [] as string[],
    labelsExported: false,
    resultsReported: false,
    trackingNumbers: [] as OrderSearchRow['trackingNumbers'],
    checkKinds: [] as string[],
    amountProblems: amountProblems.length > 0,
    changeAwaitingConfirmation: false,
    bundleId: null,
    updatedAt: metadata.occurredAt,
    revision,
    searchParts: { orderer: '', destinations: '', memo: normalizeForSearch(shopData.shopMemo) },
  };
  // Every part of the mall's data is present, so every column below is filled.
  return withMallParts(base as OrderSearchRow, mallData);
};

/** Each check once, in the order the checks run. */
const checkKinds = (kinds: readonly string[]): string[] => CHECK_KINDS.filter((kind) => kinds.includes(kind));

/** Each kind once, in the order the list shows its marks. */
const printedKinds = (kinds: readonly string[]): string[] => PRINTED_KINDS.filter((kind) => kinds.includes(kind));

const evolve = (row: OrderSearchRow, e: OrderEvent): OrderSearchRow => {
  switch (e.type) {
    case 'OrderImported':
    case 'OrderEnteredByStaff':
      return row; // a stream has one creation, and apply() starts the row from it
    case 'OrderStatusAdvanced':
    case 'OrderStatusMoved':
      return { ...row, status: e.data.to };
    case 'OrderRouteAssigned':
      return { ...row, routeId: e.data.route.routeId, status: e.data.to };
    case 'OrderHeld':
      return { ...row, status: 'held', heldBox: e.data.box, heldFrom: e.data.from, heldReason: e.data.reason.text };
    case 'OrderReleased':
      return { ...row, status: e.data.to, heldBox: null, heldFrom: null, heldReason: null };
    case 'OrderCancelled':
      return { ...row, status: 'cancelled', heldBox: null, heldFrom: null, heldReason: null };
    case 'OrderTagAdded':
      return { ...row, tags: [...row.tags, e.data.tag] };
    case 'OrderTagRemoved':
      return { ...row, tags: row.tags.filter((tag) => tag !== e.data.tag) };
    case 'OrderShopMemoEdited':
      return { ...row, searchParts: { ...row.searchParts, memo: normalizeForSearch(e.data.shopMemo) } };
    // Printed on slips and mails, not searched for: only the revision moves.
    case 'OrderSlipNoteEdited':
    case 'OrderIndividualMessageEdited':
      return row;
    case 'OrderShippingPlanSet':
      return { ...row, carrier: e.data.shipping?.carrier ?? null, plannedShipDate: e.data.plannedShipDate };
    case 'OrderChangedAtMall':
      return { ...withMallChanges(row, e.data.changes), amountProblems: e.data.amountProblems.length > 0 };
    case 'OrderChangeAwaitingConfirmation':
      return { ...row, changeAwaitingConfirmation: true };
    case 'OrderChangeConfirmed':
      return {
        ...withMallChanges(row, e.data.changes),
        amountProblems: e.data.amountProblems.length > 0,
        changeAwaitingConfirmation: false,
      };
    case 'OrderChangeRejected':
    case 'OrderChangeWithdrawn':
      return { ...row, changeAwaitingConfirmation: false };
    case 'OrderEdited':
      return { ...withMallChanges(row, e.data.changes), amountProblems: e.data.amountProblems.length > 0 };
    case 'OrderBundled':
      return { ...row, bundleId: e.data.bundleId };
    case 'OrderUnbundled':
      return { ...row, bundleId: null };
    case 'OrderCheckTripped':
      return { ...row, checkKinds: checkKinds([...row.checkKinds, e.data.finding.check]) };
    case 'OrderCheckCleared':
      return { ...row, checkKinds: row.checkKinds.filter((kind) => kind !== e.data.check) };
    case 'OrderCheckResultsAccepted':
      return { ...row, checkKinds: row.checkKinds.filter((kind) => !e.data.checks.includes(kind as CheckKind)) };
    case 'OrderDocumentsPrinted':
      return { ...row, printedKinds: printedKinds([...row.printedKinds, ...e.data.kinds]) };
    // 問い合わせ are listed in their own inbox (projections/enquiries): only the revision moves.
    case 'EnquiryReceived':
    case 'EnquiryAnswered':
    case 'EnquiryStateChanged':
      return row;
    // Printed on the receipt, not listed: only the revision moves.
    case 'OrderReceiptDetailsSet':
    case 'MailRequested':
    case 'MailSent':
    case 'MailFailed':
    case 'OrderBundleRequested':
    case 'BundledOrderChangedAtMall':
      return row;
    case 'LabelDataExported':
      return { ...row, labelsExported: true };
    case 'ShippingResultsWritten':
      return { ...row, resultsReported: true };
    // The status move that a complete set of numbers makes is an event of its own.
    case 'TrackingNumberSet': {
      const { destinationIndex, carrier, trackingNumber } = e.data;
      const others = row.trackingNumbers.filter((n) => n.destinationIndex !== destinationIndex);
      return {
        ...row,
        trackingNumbers: [...others, { destinationIndex, carrier, trackingNumber }].sort(
          (a, b) => a.destinationIndex - b.destinationIndex,
        ),
      };
    }
  }
};

const isCreation = (e: OrderEvent): e is OrderImported | OrderEnteredByStaff =>
  e.type === 'OrderImported' || e.type === 'OrderEnteredByStaff';

export const searchText = (row: OrderSearchRow) =>
  [normalizeForSearch(row.orderNumber), row.searchParts.orderer, row.searchParts.destinations, row.searchParts.memo]
    .filter((part) => part !== '')
    .join(' ');

async function loadRows(
  tx: DatabaseTransactionConnection,
  ids: readonly string[],
): Promise<Map<string, OrderSearchRow>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.any(sql.type(StoredRow)`
    SELECT id, tenant_id AS "tenantId", shop_id AS "shopId", mall, order_number AS "orderNumber", status, held_box AS "heldBox",
      held_from AS "heldFrom", held_reason AS "heldReason", route_id AS "routeId", ordered_at AS "orderedAt", planned_ship_date::text AS "plannedShipDate",
      desired_delivery_date::text AS "desiredDeliveryDate", payment_method AS "paymentMethod", carrier, tags, orderer_name AS "ordererName",
      orderer_kana AS "ordererKana", orderer_phone AS "ordererPhone", orderer_email AS "ordererEmail", destination_count AS "destinationCount",
      total, billed, has_gift AS "hasGift", amount_problems AS "amountProblems", change_awaiting_confirmation AS "changeAwaitingConfirmation",
      printed_kinds AS "printedKinds", labels_exported AS "labelsExported", results_reported AS "resultsReported", tracking_numbers AS "trackingNumbers",
      check_kinds AS "checkKinds", updated_at AS "updatedAt", revision, search_parts AS "searchParts",
      bundle_key AS "bundleKey", bundle_id AS "bundleId"
    FROM order_search WHERE id = ANY(${sql.array(ids, 'text')})`);
  return new Map(
    rows.map((r) => [
      r.id,
      { ...r, orderedAt: new Date(r.orderedAt).toISOString(), updatedAt: new Date(r.updatedAt).toISOString() },
    ]),
  );
}

const COLUMNS: readonly [string, string][] = [
  ['id', 'text'],
  ['tenant_id', 'uuid'],
  ['shop_id', 'text'],
  ['mall', 'text'],
  ['order_number', 'text'],
  ['status', 'text'],
  ['held_box', 'int4'],
  ['held_from', 'text'],
  ['held_reason', 'text'],
  ['route_id', 'text'],
  ['ordered_at', 'timestamptz'],
  ['planned_ship_date', 'date'],
  ['desired_delivery_date', 'date'],
  ['payment_method', 'text'],
  ['carrier', 'text'],
  ['tags', 'jsonb'],
  ['orderer_name', 'text'],
  ['orderer_kana', 'text'],
  ['orderer_phone', 'text'],
  ['orderer_email', 'text'],
  ['destination_count', 'int4'],
  ['total', 'int4'],
  ['billed', 'int4'],
  ['has_gift', 'bool'],
  ['amount_problems', 'bool'],
  ['change_awaiting_confirmation', 'bool'],
  ['printed_kinds', 'jsonb'],
  ['labels_exported', 'bool'],
  ['results_reported', 'bool'],
  ['tracking_numbers', 'jsonb'],
  ['check_kinds', 'jsonb'],
  ['updated_at', 'timestamptz'],
  ['revision', 'int8'],
  ['search_parts', 'jsonb'],
  ['search_text', 'text'],
  ['bundle_key', 'text'],
  ['bundle_id', 'text'],
];

const tuple = (r: OrderSearchRow) => [
  r.id,
  r.tenantId,
  r.shopId,
  r.mall,
  r.orderNumber,
  r.status,
  r.heldBox,
  r.heldFrom,
  r.heldReason,
  r.routeId,
  r.orderedAt,
  r.plannedShipDate,
  r.desiredDeliveryDate,
  r.paymentMethod,
  r.carrier,
  JSON.stringify(r.tags),
  r.ordererName,
  r.ordererKana,
  r.ordererPhone,
  r.ordererEmail,
  r.destinationCount,
  r.total,
  r.billed,
  r.hasGift,
  r.amountProblems,
  r.changeAwaitingConfirmation,
  JSON.stringify(r.printedKinds),
  r.labelsExported,
  r.resultsReported,
  JSON.stringify(r.trackingNumbers),
  JSON.stringify(r.checkKinds),
  r.updatedAt,
  r.revision.toString(),
  JSON.stringify(r.searchParts),
  searchText(r),
  r.bundleKey,
  r.bundleId,
];

// unnest flattens a two-dimensional array, so tags, printed kinds and check kinds travel as JSON and become text[] here.
const TEXT_ARRAYS = new Set(['tags', 'printed_kinds', 'check_kinds']);
const selectList = sql.join(
  COLUMNS.map(([name]) =>
    TEXT_ARRAYS.has(name)
      ? sql.fragment`ARRAY(SELECT jsonb_array_elements_text(${sql.identifier(['u', name])}))`
      : sql.identifier(['u', name]),
  ),
  sql.fragment`, `,
);

async function writeRows(tx: DatabaseTransactionConnection, rows: readonly OrderSearchRow[]): Promise<void> {
  if (rows.length === 0) return;
  const names = COLUMNS.map(([name]) => sql.identifier([name]));
  const updates = COLUMNS.filter(([name]) => name !== 'id').map(
    ([name]) => sql.fragment`${sql.identifier([name])} = EXCLUDED.${sql.identifier([name])}`,
  );
  await tx.query(sql.unsafe`
    INSERT INTO order_search (${sql.join(names, sql.fragment`, `)})
    SELECT ${selectList} FROM ${sql.unnest(
      rows.map(tuple),
      COLUMNS.map(([, type]) => type),
    )} AS u(${sql.join(names, sql.fragment`, `)})
    ON CONFLICT (id) DO UPDATE SET ${sql.join(updates, sql.fragment`, `)}
    WHERE order_search.revision < EXCLUDED.revision`);
}

/** The orders a batch moves without creating them: their rows are read before the batch is folded onto them. */
export function ordersNotCreatedIn(events: readonly DecodedEvent<OrderEvent>[]): string[] {
  const first = new Map<string, OrderEvent>();
  for (const { event } of events) if (!first.has(event.data.orderId)) first.set(event.data.orderId, event);
  return [...first].filter(([, event]) => !isCreation(event)).map(([id]) => id);
}

/**
 * The read model as a pure function of events: the rows a batch leaves, folded per order on top of the rows the orders
 * had before it. An event at or below a row's revision was applied already (a replay over a row that was kept); an
 * order whose creation the read model never saw has no row.
 */
export function orderSearchRows(
  events: readonly DecodedEvent<OrderEvent>[],
  before: ReadonlyMap<string, OrderSearchRow> = new Map(),
): OrderSearchRow[] {
  const after = new Map<string, OrderSearchRow | undefined>();
  for (const decoded of events) {
    const { event, metadata, revision } = decoded;
    const id = event.data.orderId;
    const row = after.has(id) ? after.get(id) : before.get(id);
    if (isCreation(event)) after.set(id, created(decoded, event));
    else if (row && revision > row.revision)
      after.set(id, { ...evolve(row, event), updatedAt: metadata.occurredAt, revision });
    else after.set(id, row);
  }
  return [...after.values()].filter((row): row is OrderSearchRow => row !== undefined);
}

/**
 * 受注一覧: one row per order. A batch is folded in memory per order on top of the rows it already has (read in one
 * query) and written back with one multi-row upsert, because a rebuild replays every order event through here. Every
 * event in an order stream is an order event, so the log is filtered by stream alone.
 */
export const orderSearchProjection = defineProjection({
  name: 'order-search',
  events: ORDER_EVENTS,
  filter: { streamPrefixes: ['order-'] },
  tables: ['order_search'],
  async apply(tx, events) {
    const before = await loadRows(tx, ordersNotCreatedIn(events));
    await writeRows(tx, orderSearchRows(events, before));
  },
});
