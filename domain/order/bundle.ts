// 同梱 (bundling): orders of one buyer to one destination that ship as one parcel. Each order keeps its own stream,
// status and shipping result; the bundle is a fact each of them records (OrderBundled), with every order's id.
import * as E from 'fp-ts/Either';
import { type DomainError, domainError } from '../shared/decider';
import { bundleIdFor } from '../shared/ids';
import { type Decision, emit, refuse } from './decision';
import { outdatedBy } from './edit-decision';
import type { OrderEvent } from './events';
import type { ExistingOrder } from './state';
import { rank } from './status';
import { workflowStatus } from './state';

/** Each order of a merge records the bundle; the application decided the whole merge first (decideBundle). */
export interface BundleOrder {
  readonly type: 'BundleOrder';
  readonly bundleId: string;
  readonly orderIds: readonly string[];
  /** The rule that merges (「同梱候補とまとめる」): named in each OrderBundled's metadata, so the history says which. */
  readonly rule?: { readonly id: string; readonly name: string };
}
/** 同梱解除, before the parcel shipped. */
export interface UnbundleOrder {
  readonly type: 'UnbundleOrder';
}
export type BundleCommand = BundleOrder | UnbundleOrder;

/**
 * The parcel has left, or is about to with its number: a tracking number is set, or the order is past 伝票番号未設定
 * (looking through a hold). Merging or splitting then would make the label and the orders disagree.
 */
export const hasShippedParcel = (order: ExistingOrder): boolean => {
  if (Object.keys(order.tracking.current).length > 0) return true;
  const status = workflowStatus(order);
  return status !== null && rank(status) > rank('awaiting_tracking_number');
};

const refusal = (code: string, ja: string, en: string): DomainError => domainError(code, ja, en);

/** Why this order cannot join a bundle, or undefined. An order already in the same bundle is fine (a retried merge). */
export const bundleRefusal = (order: ExistingOrder, bundleId: string): DomainError | undefined => {
  const number = `受注 ${order.orderNumber}`;
  if (order.status === 'cancelled')
    return refusal(
      'bundle.cancelled',
      `${number} はキャンセル済みのため同梱できません`,
      `${order.orderNumber} is cancelled`,
    );
  if (order.bundle && order.bundle.bundleId !== bundleId)
    return refusal(
      'bundle.already_bundled',
      `${number} は既に同梱されています。先に同梱を解除してください`,
      `${order.orderNumber} is already bundled`,
    );
  if (hasShippedParcel(order))
    return refusal('bundle.shipped', `${number} は出荷済みのため同梱できません`, `${order.orderNumber} has shipped`);
  if (order.mallData.destinations.length !== 1)
    return refusal(
      'bundle.multiple_destinations',
      `${number} は送付先が複数あるため同梱できません`,
      `${order.orderNumber} has more than one destination`,
    );
  return undefined;
};

/**
 * The whole merge, decided before anything is written: at least two orders, all of one tenant, none refused. One
 * refusal refuses the merge (staff choose again), so a bundle is never half made by a decision.
 */
export const decideBundle = (
  orders: readonly ExistingOrder[],
): E.Either<DomainError, { readonly bundleId: string; readonly orderIds: readonly string[] }> => {
  const orderIds = [...new Set(orders.map((o) => o.orderId))].sort();
  if (orderIds.length < 2)
    return E.left(
      refusal('bundle.too_few', '同梱するには2件以上の受注を選んでください', 'a bundle needs two orders or more'),
    );
  if (new Set(orders.map((o) => o.tenantId)).size > 1)
    return E.left(
      refusal('bundle.tenants_differ', '別のテナントの受注は同梱できません', 'the orders belong to different tenants'),
    );
  const bundleId = bundleIdFor(orderIds);
  for (const order of orders) {
    const refused = bundleRefusal(order, bundleId);
    if (refused) return E.left(refused);
  }
  return E.right({ bundleId, orderIds });
};

export const bundleOrder = (order: ExistingOrder, command: BundleOrder): Decision => {
  if (order.bundle?.bundleId === command.bundleId) return emit([]);
  const refused = bundleRefusal(order, command.bundleId);
  if (refused) return E.left(refused);
  const bundled: OrderEvent = {
    type: 'OrderBundled',
    data: { orderId: order.orderId, bundleId: command.bundleId, orderIds: [...command.orderIds] },
  };
  // `rule` is beside the data (DomainEvent.rule): the handler moves it into the metadata.
  return emit([command.rule ? Object.assign({ rule: command.rule }, bundled) : bundled]);
};

// A confirmed change may be only the mall's cancellation: the cancelled order then leaves the parcel (see the label).
const changesContents = (event: OrderEvent): boolean =>
  (event.type === 'OrderChangedAtMall' || event.type === 'OrderChangeConfirmed') &&
  Object.keys(event.data.changes).length > 0;

/**
 * A change from the mall applied to an order of a bundle (a re-import, or its confirmation) is marked beside it, so the
 * merged parcel shows it and what was printed or exported for it is out of date (see BundledOrderChangedAtMall).
 */
export const withBundleChange = (order: ExistingOrder, decision: Decision): Decision =>
  E.map((events: OrderEvent[]) =>
    order.bundle && events.some(changesContents)
      ? [
          ...events,
          {
            type: 'BundledOrderChangedAtMall' as const,
            data: { orderId: order.orderId, bundleId: order.bundle.bundleId, outdated: outdatedBy(order) },
          },
        ]
      : events,
  )(decision);

/**
 * 「同梱候補とまとめる」 at intake: the wish recorded once, for the automatic-bundles policy. Skipped (no event) when the
 * order could never join a bundle: cancelled by the mall, or several destinations.
 */
export const requestBundle = (order: ExistingOrder): OrderEvent[] =>
  order.autoBundle || order.status === 'cancelled' || order.mallData.destinations.length !== 1
    ? []
    : [{ type: 'OrderBundleRequested', data: { orderId: order.orderId } }];

export const unbundleOrder = (order: ExistingOrder): Decision => {
  if (!order.bundle) return refuse('bundle.not_bundled', 'この受注は同梱されていません', 'the order is not bundled');
  if (hasShippedParcel(order))
    return refuse('bundle.shipped', '出荷済みの同梱は解除できません', 'the bundled parcel has shipped');
  return emit([{ type: 'OrderUnbundled', data: { orderId: order.orderId, bundleId: order.bundle.bundleId } }]);
};
