import * as E from 'fp-ts/Either';
import { type DomainError, domainError } from '../shared/decider';
import { deepEqual } from './changes';
import type { AssignProcessingRoute, CancelOrder, HoldOrder, UntrackedSlipTypes } from './commands';
import { type Decision, emit, label, refuse } from './decision';
import { isOnRoute, isValidRoute, nextOnRoute } from './route';
import { type ExistingOrder, workflowStatus } from './state';
import { shippingMailNotSent } from './mail';
import { missingTrackingNumber } from './tracking';
import { HOLD_BOXES, type WorkflowStatus, hasShipped, rank } from './status';

/** The status workflow commands act on; held and cancelled orders are refused with the reason. */
const movable = (order: ExistingOrder, to?: WorkflowStatus): E.Either<DomainError, WorkflowStatus> => {
  const target = to ? `${label(to)}へ` : '';
  if (order.status === 'cancelled') {
    return E.left(
      domainError('order.cancelled', `キャンセル済みの受注は${target}移動できません`, 'the order is cancelled'),
    );
  }
  if (order.status === 'held') {
    return E.left(
      domainError(
        'order.held',
        `保留中の受注は${target}移動できません。先に保留を解除してください`,
        'the order is on hold; release it first',
      ),
    );
  }
  return E.right(order.status);
};

// A change from the mall awaits a person: moving on could ship the old items or address. Moving back stays possible.
const blockedByPendingChange = (
  order: ExistingOrder,
  from: WorkflowStatus,
  to: WorkflowStatus,
): Decision | undefined =>
  order.pendingChange && rank(to) > rank(from)
    ? refuse(
        'order.change_awaiting_confirmation',
        `モールからの変更が確認待ちのため、${label(from)}から${label(to)}へ進めません`,
        'a change from the mall awaits confirmation',
      )
    : undefined;

export const advance = (order: ExistingOrder, untrackedSlipTypes: UntrackedSlipTypes = {}): Decision =>
  E.chain((from: WorkflowStatus) => {
    const to = nextOnRoute(order.route, from);
    if (!to) {
      return refuse(
        'order.end_of_route',
        `${label(from)}は処理ルート「${order.route.name}」の最後のステータスです`,
        'the order is at the end of its route',
      );
    }
    return (
      blockedByPendingChange(order, from, to) ??
      missingTrackingNumber(order, from, to, untrackedSlipTypes) ??
      shippingMailNotSent(order, from, to) ??
      emit([{ type: 'OrderStatusAdvanced', data: { orderId: order.orderId, from, to } }])
    );
  })(movable(order));

/** Any status on the order's route, forwards or back: staff correct mistakes by moving back. */
export const move = (order: ExistingOrder, to: WorkflowStatus, untrackedSlipTypes: UntrackedSlipTypes = {}): Decision =>
  E.chain((from: WorkflowStatus) => {
    if (from === to) return emit([]);
    if (!isOnRoute(order.route, to)) {
      return refuse(
        'order.status_not_on_route',
        `${label(from)}から${label(to)}へは移動できません。${label(to)}は処理ルート「${order.route.name}」にありません`,
        `cannot move from ${from} to ${to}: ${to} is not on route ${order.route.routeId}`,
      );
    }
    return (
      blockedByPendingChange(order, from, to) ??
      missingTrackingNumber(order, from, to, untrackedSlipTypes) ??
      shippingMailNotSent(order, from, to) ??
      emit([{ type: 'OrderStatusMoved', data: { orderId: order.orderId, from, to } }])
    );
  })(movable(order, to));

/** The order keeps its status when the new route has it; otherwise only an explicit start-over moves it. */
export const assignRoute = (order: ExistingOrder, { route, startFromFirstStatus }: AssignProcessingRoute): Decision => {
  const { orderId } = order;
  if (!isValidRoute(route)) {
    return refuse(
      'order.invalid_route',
      `処理ルート「${route.name}」は、ステータスの順序が正しくないか、処理済みで終わっていません`,
      'the route is out of order or does not end in completed',
    );
  }
  return E.chain((from: WorkflowStatus) => {
    if (isOnRoute(route, from)) {
      return emit(
        deepEqual(order.route, route) ? [] : [{ type: 'OrderRouteAssigned', data: { orderId, route, from, to: from } }],
      );
    }
    if (startFromFirstStatus)
      return emit([{ type: 'OrderRouteAssigned', data: { orderId, route, from, to: route.statuses[0]! } }]);
    return refuse(
      'order.status_not_on_route',
      `現在のステータス${label(from)}は処理ルート「${route.name}」にありません`,
      `the current status ${from} is not on route ${route.routeId}`,
    );
  })(movable(order));
};

export const hold = (order: ExistingOrder, command: HoldOrder): Decision => {
  if (!Number.isInteger(command.box) || command.box < 1 || command.box > HOLD_BOXES) {
    return refuse(
      'order.invalid_hold_box',
      `保留ボックスは1〜${HOLD_BOXES}の番号で指定してください`,
      `a hold box is numbered 1 to ${HOLD_BOXES}`,
    );
  }
  const text = command.reason.text.trim();
  if (text === '')
    return refuse('order.hold_reason_required', '保留の理由を入力してください', 'say why the order is held');
  if (order.status === 'held') {
    return refuse(
      'order.already_held',
      `この受注は既に保留ボックス${order.hold?.box}にあります`,
      'the order is already on hold',
    );
  }
  if (order.status === 'cancelled')
    return refuse('order.cancelled', 'キャンセル済みの受注は保留にできません', 'a cancelled order cannot be held');
  if (order.status === 'completed')
    return refuse('order.completed', '処理済みの受注は保留にできません', 'a completed order cannot be held');
  return emit([
    {
      type: 'OrderHeld',
      data: { orderId: order.orderId, box: command.box, reason: { ...command.reason, text }, from: order.status },
    },
  ]);
};

/** Releasing an order is accepting what its checks found: who did it is the release's actor, in the metadata. */
export const release = (order: ExistingOrder): Decision => {
  if (!order.hold) return refuse('order.not_held', 'この受注は保留中ではありません', 'the order is not on hold');
  const unaccepted = order.checks.filter((c) => !c.accepted).map((c) => c.finding.check);
  return emit([
    ...(unaccepted.length > 0
      ? [{ type: 'OrderCheckResultsAccepted' as const, data: { orderId: order.orderId, checks: unaccepted } }]
      : []),
    { type: 'OrderReleased', data: { orderId: order.orderId, box: order.hold.box, to: order.hold.from } },
  ]);
};

export const cancel = (order: ExistingOrder, command: CancelOrder): Decision => {
  const current = workflowStatus(order);
  if (current === null)
    return refuse('order.already_cancelled', 'この受注は既にキャンセルされています', 'the order is already cancelled');
  // Once the parcel has left, undoing the order is a return with its own money and stock flow.
  if (hasShipped(current)) {
    return refuse(
      'order.already_shipped',
      `${label(current)}の受注は発送済みのためキャンセルできません。返品として処理してください`,
      'the order has shipped; handle it as a return',
    );
  }
  const reason = command.reason.trim();
  if (reason === '')
    return refuse(
      'order.cancel_reason_required',
      'キャンセルの理由を入力してください',
      'say why the order is cancelled',
    );
  return emit([
    { type: 'OrderCancelled', data: { orderId: order.orderId, from: order.status, reason, byMall: false } },
  ]);
};
