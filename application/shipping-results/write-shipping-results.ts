import * as E from 'fp-ts/Either';
import type { Caller, CommandPipeline } from '../commands/command-pipeline';
import { CONFLICT } from '../commands/refusals';
import type { EventRegistry } from '../events/event-registry';
import type { Clock } from '../ports/clock';
import type { EventStore, RecordedEvent } from '../ports/event-store';
import { loadOrders } from '../documents/print-documents';
import { runBulkOrderCommands } from '../orders/bulk-order-commands';
import { untrackedSlipTypesOf } from '../shops/untracked-slip-types';
import type { UntrackedSlipTypes } from '../../domain/order/commands';
import type { Mall } from '../../domain/order/order-data';
import { type ExistingOrder, workflowStatus } from '../../domain/order/state';
import { rank, type OrderStatus } from '../../domain/order/status';
import { hasEveryTrackingNumber, isUntracked } from '../../domain/order/tracking';
import type { ShippingResultFile, ShippingResultRow } from './shipping-result-file';
import { shippingResultWriter } from './shipping-result-writers';

/** Orders per file: a day's shipments of a large shop; more is narrowed by status first. */
export const MAX_ORDERS_PER_RESULT_FILE = 10_000;

export interface WriteShippingResultsDependencies {
  readonly store: EventStore;
  readonly registry: EventRegistry;
  readonly pipeline: CommandPipeline;
  readonly clock: Clock;
  /** The tenant's shop (its mall), from the shops read model; another tenant's is undefined. */
  readonly shopOf: (tenantId: string, shopId: string) => Promise<{ readonly mall: Mall } | undefined>;
  /** The shop's order ids of the status given (any status when left out), only those not reported unless asked. */
  readonly candidates: (
    tenantId: string,
    query: { shopId: string; status?: OrderStatus; includeReported: boolean },
    limit: number,
  ) => Promise<readonly string[]>;
}

export interface ShippingResultsRequest {
  readonly shopId: string;
  /** A selection; without it, the shop's orders with every number whose results were not written yet. */
  readonly orderIds?: readonly string[];
  readonly status?: OrderStatus;
  /** Write orders whose results were written before again (default: leave them out). */
  readonly includeReported?: boolean;
}

export type ShippingResultsRefusal =
  | { readonly kind: 'shop-not-found' }
  | { readonly kind: 'no-writer'; readonly mall: Mall }
  | { readonly kind: 'too-many'; readonly count: number; readonly max: number }
  /** Missing, another tenant's or another shop's (they look the same): nothing is recorded. */
  | { readonly kind: 'not-found'; readonly orderIds: readonly string[] };

export interface OrderResult {
  readonly orderId: string;
  readonly orderNumber: string;
  readonly outcome: 'written' | 'refused';
  readonly reason?: { readonly code: string; readonly ja: string; readonly en: string };
}

export interface ShippingResults {
  readonly file: ShippingResultFile;
  /** The writer's kind, as the orders record it ('amazon-shipping-confirm', …). */
  readonly kind: string;
  readonly summary: { readonly orders: number; readonly refused: number };
  readonly results: readonly OrderResult[];
}

/** The writer's kind per mall, as ShippingResultsWritten records it. */
const FILE_KINDS: Readonly<Partial<Record<Mall, string>>> = {
  amazon: 'amazon-shipping-confirm',
  yahoo: 'yahoo-shipping',
  qoo10: 'qoo10-shipping',
  makeshop: 'makeshop-shipping',
  colorme: 'colorme-shipping',
  futureshop: 'futureshop-shipping',
  eccube: 'eccube-shipping',
  base: 'base-shipping',
  rakuten: 'rakuten-shipping',
};

/** A day in Japan, as the malls date a shipment. */
const tokyoDate = (at: Date) => new Date(at.getTime() + 9 * 3600_000).toISOString().slice(0, 10);

interface LoadedOrder {
  readonly order: ExistingOrder;
  /** When the order's current numbers were complete: the last TrackingNumberSet recorded (null: none). */
  readonly lastNumberAt: Date | null;
  /** The events it was folded from, for the bulk command not to read them again. */
  readonly history: readonly RecordedEvent[];
}

/** The orders with the time of their last number, which the state does not keep (events carry no time of their own). */
async function loadWithLastNumber(
  deps: Pick<WriteShippingResultsDependencies, 'store' | 'registry'>,
  tenantId: string,
  orderIds: readonly string[],
): Promise<Map<string, LoadedOrder>> {
  const { orders, histories } = await loadOrders(deps, tenantId, orderIds);
  return new Map(
    [...orders].map(([id, order]) => {
      const history = histories.get(id)!;
      const lastNumberAt = history.findLast((e) => e.type === 'TrackingNumberSet')?.createdAt ?? null;
      return [id, { order, history, lastNumberAt }];
    }),
  );
}

/**
 * Picked without a selection: not cancelled, and shipped as far as the numbers tell. An untracked slip type (メール便
 * style) has no number to wait for, so such an order is picked once it is past 伝票番号未設定 on its route.
 */
const isShipped = (order: ExistingOrder, untracked: UntrackedSlipTypes): boolean => {
  const status = workflowStatus(order);
  if (status === null || order.mallData.destinations.length === 0) return false;
  if (hasEveryTrackingNumber(order)) return true;
  return isUntracked(order, untracked) && rank(status) > rank('awaiting_tracking_number');
};

const rowOf = ({ order, lastNumberAt }: LoadedOrder, today: string): ShippingResultRow => {
  const numbers = Object.entries(order.tracking.current).sort(([a], [b]) => Number(a) - Number(b));
  return {
    orderNumber: order.orderNumber,
    // The day the last number was set is the day the parcel was handed over; an untracked one goes as today.
    shippedAt: lastNumberAt ? tokyoDate(lastNumberAt) : today,
    carrier: numbers[0]?.[1].carrier ?? order.shopData.shipping?.carrier ?? 'other',
    trackingNumbers: numbers.map(([, n]) => n.trackingNumber),
  };
};

/**
 * 処理実績出力, for the API and the CLI alike. The shop's mall names the writer. The orders (a selection, or the shop's
 * shipped orders not yet reported) are recorded first, each through the pipeline on its own (ShippingResultsWritten:
 * refused without its numbers or once cancelled), and the file is written from the orders recorded, so an order in a
 * file always has its record and is not picked again. For 楽天 (reported through its API) the record means ready to
 * send and the file is for staff to read.
 */
export async function writeShippingResults(
  deps: WriteShippingResultsDependencies,
  caller: Caller,
  request: ShippingResultsRequest,
): Promise<E.Either<ShippingResultsRefusal, ShippingResults>> {
  const shop = await deps.shopOf(caller.tenantId, request.shopId);
  if (!shop) return E.left({ kind: 'shop-not-found' });
  const writer = shippingResultWriter(shop.mall);
  const kind = FILE_KINDS[shop.mall];
  if (!writer || !kind) return E.left({ kind: 'no-writer', mall: shop.mall });
  const includeReported = request.includeReported ?? false;
  const selected = request.orderIds !== undefined;
  const orderIds = selected
    ? [...new Set(request.orderIds)]
    : await deps.candidates(
        caller.tenantId,
        { shopId: request.shopId, ...(request.status && { status: request.status }), includeReported },
        MAX_ORDERS_PER_RESULT_FILE + 1,
      );
  if (orderIds.length > MAX_ORDERS_PER_RESULT_FILE)
    return E.left({ kind: 'too-many', count: orderIds.length, max: MAX_ORDERS_PER_RESULT_FILE });

  const loaded = await loadWithLastNumber(deps, caller.tenantId, orderIds);
  const missing = orderIds.filter((id) => loaded.get(id)?.order.shopId !== request.shopId);
  if (selected && missing.length > 0) return E.left({ kind: 'not-found', orderIds: missing });
  const untracked = await untrackedSlipTypesOf(deps.store, deps.registry, caller.tenantId, [request.shopId]);
  // The write side decides what is reported: the list may not show a result written a moment ago.
  const chosen = orderIds
    .flatMap((id) => {
      const entry = loaded.get(id);
      return entry && entry.order.shopId === request.shopId ? [entry] : [];
    })
    .filter(({ order }) => includeReported || order.shippingResults.count === 0)
    .filter(({ order }) => selected || isShipped(order, untracked));

  const fileName = writer.write([]).fileName;
  const recorded = await runBulkOrderCommands(
    deps.pipeline,
    caller,
    'RecordShippingResultsWritten',
    chosen.map(({ order, history }) => ({
      orderId: order.orderId,
      history,
      command: {
        type: 'RecordShippingResultsWritten',
        mall: shop.mall,
        file: kind,
        fileName,
        untrackedSlipTypes: untracked,
      },
    })),
  );
  const results: OrderResult[] = chosen.map(({ order }, index) => {
    const result = recorded[index]!;
    if (E.isRight(result)) return { orderId: order.orderId, orderNumber: order.orderNumber, outcome: 'written' };
    const { code, ja, en } = result.left.kind === 'rejected' ? result.left.error : CONFLICT;
    return { orderId: order.orderId, orderNumber: order.orderNumber, outcome: 'refused', reason: { code, ja, en } };
  });
  const today = tokyoDate(deps.clock.now());
  const rows = chosen.filter((_, index) => results[index]!.outcome === 'written').map((o) => rowOf(o, today));
  return E.right({
    file: writer.write(rows),
    kind,
    summary: { orders: rows.length, refused: results.length - rows.length },
    results,
  });
}
