import * as E from 'fp-ts/Either';
import type { Caller, CommandPipeline, PipelineResult } from '../commands/command-pipeline';
import { CONFLICT } from '../commands/refusals';
import type { EventRegistry } from '../events/event-registry';
import type { Clock } from '../ports/clock';
import type { EventStore, RecordedEvent } from '../ports/event-store';
import { runBulkOrderCommands } from '../orders/bulk-order-commands';
import { visibleTo } from '../orders/tenant-orders';
import type { DocumentKind, LeaveDocumentsWaiting, PrintedKind } from '../../domain/documents/document-kind';
import type { DomainError } from '../../domain/shared/decider';
import { DEFAULT_LEAVE_DOCUMENTS_WAITING, defaultDocumentSettings } from '../../domain/documents/document-settings';
import type { OrderEvent } from '../../domain/order/events';
import { orderDecider } from '../../domain/order/order';
import type { ExistingOrder, OrderState } from '../../domain/order/state';
import { isUuid, streamName } from '../../domain/shared/ids';
import type { DocumentOrder, PrintRun, ReceiptIssue, ShopDocumentSettings } from './document-input';

/** Orders per printing: a status tab or search result larger than this is narrowed first (one PDF stays printable). */
export const MAX_ORDERS_PER_PRINT = 2000;
/** Streams read per round trip while loading, and orders handed to the renderer at a time. */
const LOAD_BATCH = 200;
const RENDER_BATCH = 50;

/** The shop settings and print names documents are made with (projections/document-settings). */
export interface DocumentSettingsSource {
  shopDocumentSettings(tenantId: string, shopIds: readonly string[]): Promise<Map<string, ShopDocumentSettings>>;
  printNames(tenantId: string, skus: readonly string[]): Promise<Map<string, string>>;
  leaveDocumentsWaitingFor(tenantId: string, shopIds: readonly string[]): Promise<Map<string, LeaveDocumentsWaiting>>;
}

export interface RenderedDocuments {
  readonly orders: number;
  readonly pages: number;
  readonly printed: ReadonlyMap<string, PrintedKind[]>;
}

/** The PDF renderer (infrastructure/documents): pages streamed to `out` as the batches of orders arrive. */
export type RenderDocuments = (
  request: { kind: DocumentKind; orders: AsyncIterable<readonly DocumentOrder[]>; run: PrintRun },
  out: NodeJS.WritableStream,
) => Promise<RenderedDocuments>;

export interface PrintDocumentsDependencies {
  readonly store: EventStore;
  readonly registry: EventRegistry;
  readonly pipeline: CommandPipeline;
  readonly clock: Clock;
  readonly settings: DocumentSettingsSource;
  readonly render: RenderDocuments;
  /** 自動判別: the statements `auto` prints for an order (one per destination, each a purchase or delivery statement). */
  readonly autoStatementKinds: (order: DocumentOrder) => readonly PrintedKind[];
}

export interface PrintRequest {
  readonly kind: DocumentKind;
  readonly orderIds: readonly string[];
  /**
   * Instead of the shop's setting: the buyer's own download from the マイページ passes 'manual', since a receipt the
   * buyer takes is not the shop's printing and must not move the order on.
   */
  readonly leaveDocumentsWaiting?: LeaveDocumentsWaiting;
}

export type PrintRefusal =
  | { readonly kind: 'too-many'; readonly count: number }
  /** Missing or another tenant's (they look the same): the whole printing is refused, nothing is recorded. */
  | { readonly kind: 'not-found'; readonly orderIds: readonly string[] }
  /** Every order was refused (all cancelled, say): there is nothing to print. */
  | { readonly kind: 'nothing-printable'; readonly results: readonly OrderPrintResult[] };

export interface OrderPrintResult {
  readonly orderId: string;
  readonly orderNumber: string;
  /** recorded: printed and recorded; moved: that and moved out of 伝票・帳票出力待ち; refused: left out of the PDF. */
  readonly outcome: 'recorded' | 'moved' | 'refused';
  readonly kinds: readonly PrintedKind[];
  readonly reason?: DomainError;
}

export interface PrintSummary {
  readonly orders: number;
  readonly moved: number;
  readonly refused: number;
}

/** A printing recorded and ready to render: `render` streams the PDF of the recorded orders. */
export interface PreparedPrint {
  readonly summary: PrintSummary;
  readonly results: readonly OrderPrintResult[];
  render(out: NodeJS.WritableStream): Promise<{ readonly orders: number; readonly pages: number }>;
}

const documentOrder = (order: ExistingOrder, numbers?: ReadonlyMap<string, string>): DocumentOrder => ({
  orderId: order.orderId,
  shopId: order.shopId,
  mall: order.mall,
  orderNumber: order.orderNumber,
  mallData: order.mallData,
  shopData: order.shopData,
  receipt: order.printing.receipt,
  ...(order.bundle &&
    numbers && {
      bundledWith: order.bundle.orderIds.flatMap((id) =>
        id !== order.orderId && numbers.has(id) ? [numbers.get(id)!] : [],
      ),
    }),
});

/**
 * 同梱: the orders of a bundle print together, one after another where the first of them stands, so the set goes in
 * one box; and each statement names the others (their numbers read from the orders, also those not printed now).
 */
async function bundledTogether(
  deps: Pick<PrintDocumentsDependencies, 'store' | 'registry'>,
  tenantId: string,
  loaded: readonly ExistingOrder[],
): Promise<{ ordered: ExistingOrder[]; numbers: Map<string, string> }> {
  const numbers = new Map(loaded.map((o) => [o.orderId, o.orderNumber]));
  const others = [...new Set(loaded.flatMap((o) => o.bundle?.orderIds ?? []))].filter((id) => !numbers.has(id));
  if (others.length > 0)
    for (const [id, order] of (await loadOrders(deps, tenantId, others)).orders) numbers.set(id, order.orderNumber);
  const ordered: ExistingOrder[] = [];
  const placed = new Set<string>();
  for (const order of loaded) {
    if (placed.has(order.orderId)) continue;
    const together = order.bundle ? loaded.filter((o) => o.bundle?.bundleId === order.bundle!.bundleId) : [order];
    for (const o of together) placed.add(o.orderId);
    ordered.push(...together);
  }
  return { ordered, numbers };
}

/**
 * The orders named, folded from their streams a batch at a time; the ids that are missing or not the tenant's. Label
 * export loads its orders the same way.
 */
export async function loadOrders(
  deps: Pick<PrintDocumentsDependencies, 'store' | 'registry'>,
  tenantId: string,
  orderIds: readonly string[],
) {
  const orders = new Map<string, ExistingOrder>();
  /** The events each order was folded from, for the bulk command that follows not to read them again. */
  const histories = new Map<string, readonly RecordedEvent[]>();
  const missing: string[] = [];
  for (let start = 0; start < orderIds.length; start += LOAD_BATCH) {
    const ids = orderIds.slice(start, start + LOAD_BATCH);
    const streams = await deps.store.readStreams(ids.filter(isUuid).map(streamName.order));
    for (const id of ids) {
      const history = isUuid(id) ? streams.get(streamName.order(id)) : undefined;
      const state = Array.isArray(history)
        ? history.reduce<OrderState>(
            (s, e) => orderDecider.evolve(s, deps.registry.decode(e).event as OrderEvent),
            orderDecider.initialState(),
          )
        : orderDecider.initialState();
      const order = visibleTo(tenantId, state);
      if (order && Array.isArray(history)) {
        orders.set(id, order);
        histories.set(id, history);
      } else missing.push(id);
    }
  }
  return { orders, histories, missing };
}

const receiptIssueOf = (result: PipelineResult<OrderState>): number | null => {
  if (E.isLeft(result)) return null;
  const printed = result.right.events.find((e) => e.type === 'OrderDocumentsPrinted') as
    Extract<OrderEvent, { type: 'OrderDocumentsPrinted' }> | undefined;
  if (printed) return printed.data.receiptIssue;
  // The same request sent again (its Idempotency-Key): nothing new was written; the issue is the one recorded then.
  const state = result.right.state;
  return result.right.duplicate && state.exists ? state.printing.receiptIssues : null;
};

const refusalReason = (result: PipelineResult<OrderState>): DomainError | undefined =>
  E.isRight(result) ? undefined : result.left.kind === 'rejected' ? result.left.error : CONFLICT;

/**
 * 帳票出力, for the API and the CLI alike. The orders are loaded and checked first: one missing or of another tenant
 * refuses the whole printing before anything is recorded. Then the printing is recorded on every order (one bulk
 * command: each order recorded, moved or refused on its own), and only then rendered, from what was recorded: the
 * receipt issue numbers come from the recorded events and `auto` prints the statements it recorded. A refused order
 * (cancelled meanwhile) is left out of the PDF and counted in the summary. Should rendering fail after the record, the
 * history shows a printing whose PDF was not delivered: printing again is visible (a receipt says 再発行), a printed
 * document without its record never exists.
 */
export async function preparePrint(
  deps: PrintDocumentsDependencies,
  caller: Caller,
  request: PrintRequest,
): Promise<E.Either<PrintRefusal, PreparedPrint>> {
  const orderIds = [...new Set(request.orderIds)];
  if (orderIds.length > MAX_ORDERS_PER_PRINT) return E.left({ kind: 'too-many', count: orderIds.length });
  const { orders, histories, missing } = await loadOrders(deps, caller.tenantId, orderIds);
  if (missing.length > 0) return E.left({ kind: 'not-found', orderIds: missing });

  const { ordered: loaded, numbers } = await bundledTogether(
    deps,
    caller.tenantId,
    orderIds.map((id) => orders.get(id)!),
  );
  const shopIds = [...new Set(loaded.map((o) => o.shopId))];
  const skus = [...new Set(loaded.flatMap((o) => o.mallData.destinations.flatMap((d) => d.lines.map((l) => l.sku))))];
  const [found, printNames, leave] = await Promise.all([
    deps.settings.shopDocumentSettings(caller.tenantId, shopIds),
    deps.settings.printNames(caller.tenantId, skus),
    deps.settings.leaveDocumentsWaitingFor(caller.tenantId, shopIds),
  ]);
  // An order of a shop no longer registered still prints, with the defaults and no issuer name.
  const shops = new Map(
    shopIds.map((shopId) => [
      shopId,
      found.get(shopId) ?? { shopId, shopName: '', logo: null, seal: null, ...defaultDocumentSettings('') },
    ]),
  );

  const planned = loaded.map((order) => {
    const kinds: readonly PrintedKind[] =
      request.kind === 'auto' ? [...new Set(deps.autoStatementKinds(documentOrder(order)))] : [request.kind];
    const receipt =
      request.kind === 'receipt'
        ? {
            addressee: order.printing.receipt.addressee ?? order.mallData.orderer.name,
            proviso: order.printing.receipt.proviso ?? shops.get(order.shopId)!.receiptProviso,
          }
        : null;
    return { order, kinds, receipt };
  });
  const recorded = await runBulkOrderCommands(
    deps.pipeline,
    caller,
    'RecordDocumentsPrinted',
    planned.map(({ order, kinds, receipt }) => ({
      orderId: order.orderId,
      history: histories.get(order.orderId)!,
      command: {
        type: 'RecordDocumentsPrinted',
        kinds,
        receipt,
        // The order decides with the shop's setting: 'both' moves only once the label data was exported too.
        leaveDocumentsWaiting:
          request.leaveDocumentsWaiting ?? leave.get(order.shopId) ?? DEFAULT_LEAVE_DOCUMENTS_WAITING,
      },
    })),
  );

  const results: OrderPrintResult[] = planned.map(({ order, kinds }, index) => {
    const result = recorded[index]!;
    const reason = refusalReason(result);
    const moved = E.isRight(result) && result.right.events.some((e) => e.type === 'OrderStatusAdvanced');
    return {
      orderId: order.orderId,
      orderNumber: order.orderNumber,
      outcome: reason ? 'refused' : moved ? 'moved' : 'recorded',
      kinds,
      ...(reason && { reason }),
    };
  });
  const printable = planned.flatMap(({ receipt }, index) => {
    const result = recorded[index]!;
    if (E.isLeft(result) || !result.right.state.exists) return [];
    const issue = receiptIssueOf(result);
    const receiptIssue: ReceiptIssue | null = receipt && issue !== null ? { number: issue, ...receipt } : null;
    return [{ order: documentOrder(result.right.state, numbers), receiptIssue }];
  });
  if (printable.length === 0) return E.left({ kind: 'nothing-printable', results });

  const run: PrintRun = {
    printedAt: deps.clock.now().toISOString(),
    printNames,
    shops,
    receiptIssues: new Map(printable.flatMap((p) => (p.receiptIssue ? [[p.order.orderId, p.receiptIssue]] : []))),
  };
  const summary: PrintSummary = {
    orders: printable.length,
    moved: results.filter((r) => r.outcome === 'moved').length,
    refused: results.filter((r) => r.outcome === 'refused').length,
  };
  return E.right(
    readyToRender(
      deps.render,
      request.kind,
      printable.map((p) => p.order),
      run,
      { summary, results },
    ),
  );
}

/**
 * The rendering, in a scope of its own: its closure keeps the orders it prints and nothing of the loading and the
 * recording (their states and events), which would otherwise stay in memory for as long as the PDF is written.
 */
function readyToRender(
  render: RenderDocuments,
  kind: DocumentKind,
  orders: readonly DocumentOrder[],
  run: PrintRun,
  outcome: Pick<PreparedPrint, 'summary' | 'results'>,
): PreparedPrint {
  async function* batches(): AsyncIterable<readonly DocumentOrder[]> {
    for (let start = 0; start < orders.length; start += RENDER_BATCH) yield orders.slice(start, start + RENDER_BATCH);
  }
  return {
    ...outcome,
    render: async (out) => {
      const rendered = await render({ kind, orders: batches(), run }, out);
      return { orders: rendered.orders, pages: rendered.pages };
    },
  };
}
