// Tracking numbers (伝票番号) per destination, and the rule that keeps 伝票番号未設定 honest.
import type { Carrier } from '../shared/carrier';
import { normaliseTrackingNumber, TRACKING_NUMBER } from '../shipment/tracking-number';
import type { SetTrackingNumber, UntrackedSlipTypes } from './commands';
import { type Decision, emit, label, refuse } from './decision';
import type { OrderEvent } from './events';
import { isOnRoute, nextOnRoute } from './route';
import type { ExistingOrder } from './state';
import { rank, type WorkflowStatus } from './status';

export interface TrackingNumber {
  readonly carrier: Carrier;
  readonly trackingNumber: string;
}

/** Every number an order was given, oldest first: a reprint replaces the number, the history keeps both. */
export interface TrackingEntry extends TrackingNumber {
  readonly destinationIndex: number;
  readonly source: 'staff' | 'import';
  readonly importId: string | null;
}

/** The numbers as they are now, by destination index, and every number ever set. */
export interface Tracking {
  readonly current: Readonly<Record<number, TrackingNumber>>;
  readonly history: readonly TrackingEntry[];
}

export const NO_TRACKING: Tracking = { current: {}, history: [] };

const TRACKING_STATUS: WorkflowStatus = 'awaiting_tracking_number';

export const hasEveryTrackingNumber = (order: ExistingOrder): boolean =>
  order.mallData.destinations.every((_, index) => order.tracking.current[index] !== undefined);

/**
 * A slip type the shop lists as untracked (メール便 style) has no number to wait for. An order with no slip type yet is
 * tracked: the rule must not be escaped by leaving the carrier out.
 */
export const isUntracked = (order: ExistingOrder, untrackedSlipTypes: UntrackedSlipTypes): boolean => {
  const slipType = order.shopData.shipping?.slipType;
  return slipType !== undefined && (untrackedSlipTypes[order.shopId] ?? []).includes(slipType);
};

/**
 * The move from `from` to `to` takes the order past `gate`, a status on its route. A route without the gate is the shop
 * saying it does not stop there, so nothing is crossed. Shared by every rule that guards a status (this one, the
 * shipping mail's).
 */
export const passes = (order: ExistingOrder, from: WorkflowStatus, to: WorkflowStatus, gate: WorkflowStatus): boolean =>
  rank(from) <= rank(gate) && rank(to) > rank(gate) && isOnRoute(order.route, gate);

/**
 * Refuses a move that takes the order past 伝票番号未設定 without a number for each destination. Only on routes that
 * have 伝票番号未設定: a route without it is the shop saying it does not wait for numbers there.
 */
export const missingTrackingNumber = (
  order: ExistingOrder,
  from: WorkflowStatus,
  to: WorkflowStatus,
  untrackedSlipTypes: UntrackedSlipTypes,
): Decision | undefined => {
  if (!passes(order, from, to, TRACKING_STATUS)) return undefined;
  if (hasEveryTrackingNumber(order) || isUntracked(order, untrackedSlipTypes)) return undefined;
  const missing = order.mallData.destinations.length - Object.keys(order.tracking.current).length;
  return refuse(
    'order.tracking_number_missing',
    `伝票番号が未設定の送付先が${missing}件あるため、${label(TRACKING_STATUS)}から先へは進めません。伝票番号を設定してください`,
    `${missing} destination(s) have no tracking number: the order cannot pass ${TRACKING_STATUS}`,
  );
};

/**
 * Once every destination has its number, an order at 伝票番号未設定 or before it moves to the status after it, in the same
 * decision. A held or cancelled order, or one whose change from the mall awaits confirmation, keeps its status.
 */
const moveOnWhenComplete = (order: ExistingOrder): OrderEvent[] => {
  const from = order.status;
  if (from === 'held' || from === 'cancelled' || order.pendingChange) return [];
  if (!isOnRoute(order.route, TRACKING_STATUS) || rank(from) > rank(TRACKING_STATUS)) return [];
  if (!hasEveryTrackingNumber(order)) return [];
  const to = nextOnRoute(order.route, TRACKING_STATUS);
  if (!to) return [];
  const type = nextOnRoute(order.route, from) === to ? 'OrderStatusAdvanced' : 'OrderStatusMoved';
  return [{ type, data: { orderId: order.orderId, from, to } }];
};

export const setTrackingNumber = (
  order: ExistingOrder,
  command: SetTrackingNumber,
  evolve: (order: ExistingOrder, event: OrderEvent) => ExistingOrder,
): Decision => {
  const { destinationIndex, carrier, source } = command;
  if (order.status === 'cancelled')
    return refuse('order.cancelled', 'キャンセル済みの受注には伝票番号を設定できません', 'the order is cancelled');
  if (
    !Number.isInteger(destinationIndex) ||
    destinationIndex < 0 ||
    destinationIndex >= order.mallData.destinations.length
  )
    return refuse(
      'order.no_such_destination',
      `送付先${destinationIndex + 1}はこの受注にありません`,
      `the order has no destination ${destinationIndex}`,
    );
  const trackingNumber = normaliseTrackingNumber(command.trackingNumber);
  if (!TRACKING_NUMBER.test(trackingNumber))
    return refuse(
      'order.invalid_tracking_number',
      '伝票番号は英数字8〜30文字で入力してください',
      'a tracking number is 8 to 30 letters and digits',
    );
  const previous = order.tracking.current[destinationIndex] ?? null;
  if (previous?.trackingNumber === trackingNumber && previous.carrier === carrier) return emit([]);
  const set: OrderEvent = {
    type: 'TrackingNumberSet',
    data: {
      orderId: order.orderId,
      destinationIndex,
      carrier,
      trackingNumber,
      previous: previous?.trackingNumber ?? null,
      source,
      importId: command.importId ?? null,
    },
  };
  return emit([set, ...moveOnWhenComplete(evolve(order, set))]);
};
