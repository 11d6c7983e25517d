import * as E from 'fp-ts/Either';
import { isBusinessDate } from '../shared/dates';
import { type DomainError, domainError } from '../shared/decider';
import { checkAmounts, describeAmountProblem } from './amounts';
import {
  AMOUNTS_HOLD_REASON,
  hasUnconfirmedAmounts,
  importedAmountProblems,
  isAmountsHold,
  withPricesOf,
} from './amounts-to-confirm';
import { applyChanges, deepEqual, diffMallData, hasChanges } from './changes';
import type { ConfirmOrderChange, EnterOrder, ImportOrder, RejectOrderChange } from './commands';
import { type Decision, emit, label } from './decision';
import type { OrderEvent } from './events';
import { withIntakeAutomation } from './intake-automation';
import { isValidRoute } from './route';
import { checkShape } from './shape';
import { type ExistingOrder, type OrderState, workflowStatus } from './state';
import { hasShipped, isPastAwaitingShipment } from './status';

const CANCELLED_AT_MALL = 'モールでキャンセルされました';

const checkNewOrder = (command: ImportOrder | EnterOrder, state: OrderState): DomainError | undefined => {
  if (state.exists) {
    return domainError(
      'order.already_exists',
      `受注番号 ${state.orderNumber} は登録済みです`,
      `order ${state.orderNumber} already exists`,
    );
  }
  if (command.orderNumber.trim() === '') {
    return domainError('order.no_order_number', '受注番号がありません', 'the order has no order number');
  }
  if (!isValidRoute(command.route)) {
    return domainError(
      'order.invalid_route',
      `処理ルート「${command.route.name}」は、ステータスの順序が正しくないか、処理済みで終わっていません`,
      `route "${command.route.name}" is out of order or does not end in completed`,
    );
  }
  const { plannedShipDate } = command.shopData;
  if (plannedShipDate !== null && !isBusinessDate(plannedShipDate)) {
    return domainError(
      'order.invalid_date',
      `出荷予定日「${plannedShipDate}」は 2026-12-01 の形式ではありません`,
      'a planned ship date is written like 2026-12-01',
    );
  }
  return checkShape(command.mallData);
};

const creationData = (command: ImportOrder | EnterOrder) => ({
  orderId: command.orderId,
  tenantId: command.tenantId,
  shopId: command.shopId,
  orderNumber: command.orderNumber.trim(),
  mallData: command.mallData,
  shopData: {
    ...command.shopData,
    tags: [...new Set(command.shopData.tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))],
  },
  route: command.route,
  status: command.route.statuses[0]!,
  amountProblems: checkAmounts(command.mallData),
});

export const decideImport = (command: ImportOrder, state: OrderState): Decision => {
  if (state.exists) return decideReimport(command, state);
  const refusal = checkNewOrder(command, state);
  if (refusal) return E.left(refusal);
  const toConfirm = command.amountsToConfirm;
  const data = { ...creationData(command), amountProblems: importedAmountProblems(command.mallData, !!toConfirm) };
  const imported: OrderEvent = { type: 'OrderImported', data: { ...data, mall: command.mall } };
  const cancelled: OrderEvent[] = command.cancelledAtMall
    ? [
        {
          type: 'OrderCancelled',
          data: { orderId: command.orderId, from: data.status, reason: CANCELLED_AT_MALL, byMall: true },
        },
      ]
    : [];
  // Not shipped before its amounts are known: the shop's box for it, where staff see what waits for the order report.
  const held: OrderEvent[] =
    toConfirm && !command.cancelledAtMall
      ? [
          {
            type: 'OrderHeld',
            data: { orderId: command.orderId, box: toConfirm.holdBox, reason: AMOUNTS_HOLD_REASON, from: data.status },
          },
        ]
      : [];
  return emit(withIntakeAutomation([imported, ...cancelled, ...held], command.automation));
};

/**
 * The order report for an order that came from the unshipped report: its prices fill in at once whatever the status
 * (nothing to ship changes, so no one need confirm it), the mark clears and the order leaves the hold it was put in
 * for this reason (a hold staff chose stays). As for any change from the mall, the fields it changes are compared with
 * the mall's original and land on top of the staff's edits (see decideReimport).
 */
const decideAmountsCompleted = (command: ImportOrder, order: ExistingOrder): Decision => {
  const priced = withPricesOf(order.mallOriginal, command.mallData);
  const changes = diffMallData(order.mallOriginal, priced);
  const current = applyChanges(order.mallData, changes);
  const events: OrderEvent[] = [
    {
      type: 'OrderChangedAtMall',
      data: { orderId: order.orderId, changes, amountProblems: checkAmounts(current) },
    },
  ];
  // A later unshipped report's change still waiting for a person: it is asked again with the prices, so that
  // confirming it does not put back 0 yen lines and the mark.
  const pending = order.pendingChange;
  if (pending) {
    const proposed = withPricesOf(applyChanges(order.mallOriginal, pending.changes), command.mallData);
    const proposedChanges = diffMallData(priced, proposed);
    events.push(
      { type: 'OrderChangeWithdrawn', data: { orderId: order.orderId, changeId: pending.changeId } },
      {
        type: 'OrderChangeAwaitingConfirmation',
        data: {
          orderId: order.orderId,
          changeId: command.changeId,
          changes: proposedChanges,
          cancelledAtMall: pending.cancelledAtMall,
          amountProblems: checkAmounts(applyChanges(current, proposedChanges)),
        },
      },
    );
  }
  if (order.hold && isAmountsHold(order.hold.reason))
    events.push({ type: 'OrderReleased', data: { orderId: order.orderId, box: order.hold.box, to: order.hold.from } });
  return emit(events);
};

/**
 * A later file for an order we have. Before slips can exist (up to 発送待ち) the change is applied at once; after that a
 * person must confirm it, because a parcel may already be packed with the old items or address.
 *
 * The file is compared with what the mall said last (`mallOriginal`), not with the order as staff edited it (受注編集):
 * a file that says what the mall said before is no change, and the edits stay. When the mall did change something, the
 * fields it changed (the whole destinations list, the whole amounts, the remarks…) replace the edited ones and the
 * fields it left alone keep the staff's edits; the event's changes are the mall's own (before: what the mall said
 * last), applied to the order and to the mall's original alike.
 */
const decideReimport = (file: ImportOrder, order: ExistingOrder): Decision => {
  const unconfirmed = hasUnconfirmedAmounts(order.amountProblems);
  if (unconfirmed && !file.amountsToConfirm && !file.cancelledAtMall && workflowStatus(order) !== null)
    return decideAmountsCompleted(file, order);
  // The unshipped report for an order whose prices came first: they stay.
  const command: ImportOrder =
    file.amountsToConfirm && !unconfirmed
      ? { ...file, mallData: withPricesOf(file.mallData, order.mallOriginal), amountsToConfirm: undefined }
      : file;
  const { orderId } = order;
  const changes = diffMallData(order.mallOriginal, command.mallData);
  const cancelling = command.cancelledAtMall && order.status !== 'cancelled';
  const pending = order.pendingChange;
  if (!hasChanges(changes) && !cancelling) {
    return emit(pending ? [{ type: 'OrderChangeWithdrawn', data: { orderId, changeId: pending.changeId } }] : []);
  }
  if (
    pending &&
    pending.cancelledAtMall === command.cancelledAtMall &&
    deepEqual(applyChanges(order.mallOriginal, pending.changes), command.mallData)
  ) {
    return emit([]);
  }
  const current = workflowStatus(order);
  if (current === null) {
    return E.left(
      domainError(
        'order.cancelled',
        'キャンセル済みの受注にはモールの変更を反映できません',
        'a cancelled order does not take changes from the mall',
      ),
    );
  }
  const shapeRefusal = checkShape(command.mallData);
  if (shapeRefusal) return E.left(shapeRefusal);
  const amountProblems = importedAmountProblems(applyChanges(order.mallData, changes), !!command.amountsToConfirm);
  if (isPastAwaitingShipment(current)) {
    return emit([
      {
        type: 'OrderChangeAwaitingConfirmation',
        data: { orderId, changeId: command.changeId, changes, cancelledAtMall: cancelling, amountProblems },
      },
    ]);
  }
  // Moved back to 発送待ち or before, the order takes the new file at once; a change still waiting from before would
  // otherwise block it and, if confirmed, put back what the mall no longer says.
  const events: OrderEvent[] = pending
    ? [{ type: 'OrderChangeWithdrawn', data: { orderId, changeId: pending.changeId } }]
    : [];
  if (hasChanges(changes)) events.push({ type: 'OrderChangedAtMall', data: { orderId, changes, amountProblems } });
  if (cancelling)
    events.push({
      type: 'OrderCancelled',
      data: { orderId, from: order.status, reason: CANCELLED_AT_MALL, byMall: true },
    });
  return emit(events);
};

export const decideEnter = (command: EnterOrder, state: OrderState): Decision => {
  const refusal = checkNewOrder(command, state);
  if (refusal) return E.left(refusal);
  const data = creationData(command);
  // Staff typed these numbers in while the buyer waits: a mismatch is a typing mistake to fix now, not a check for later.
  const problem = data.amountProblems[0];
  if (problem) {
    const { ja, en } = describeAmountProblem(problem);
    return E.left(domainError('order.amounts_inconsistent', ja, en));
  }
  return emit(
    withIntakeAutomation(
      [{ type: 'OrderEnteredByStaff', data: { ...data, mall: command.channel } }],
      command.automation,
    ),
  );
};

const pendingFor = (order: ExistingOrder, changeId: string | null) => {
  const pending = order.pendingChange;
  if (!pending)
    return E.left(
      domainError('order.no_pending_change', '確認待ちの変更はありません', 'no change awaits confirmation'),
    );
  if (changeId !== null && pending.changeId !== changeId) {
    return E.left(
      domainError(
        'order.change_superseded',
        'この変更はより新しい取込で置き換えられています',
        'a later import has replaced this change',
      ),
    );
  }
  return E.right(pending);
};

export const decideConfirm = (command: ConfirmOrderChange, order: ExistingOrder): Decision =>
  E.chain((pending: NonNullable<ExistingOrder['pendingChange']>) => {
    const current = workflowStatus(order);
    const events: OrderEvent[] = [
      {
        type: 'OrderChangeConfirmed',
        data: { orderId: order.orderId, ...pending, amountProblems: [...pending.amountProblems] },
      },
    ];
    if (!pending.cancelledAtMall || current === null) return emit(events);
    if (hasShipped(current)) {
      return E.left(
        domainError(
          'order.already_shipped',
          `${label(current)}の受注は発送済みのため、モールのキャンセルを反映できません。変更を却下し、返品として処理してください`,
          'the order has shipped, so the mall cancellation cannot be applied; reject the change and handle it as a return',
        ),
      );
    }
    return emit([
      ...events,
      {
        type: 'OrderCancelled',
        data: { orderId: order.orderId, from: order.status, reason: CANCELLED_AT_MALL, byMall: true },
      },
    ]);
  })(pendingFor(order, command.changeId));

export const decideReject = (command: RejectOrderChange, order: ExistingOrder): Decision =>
  E.chain((pending: NonNullable<ExistingOrder['pendingChange']>) =>
    emit([
      {
        type: 'OrderChangeRejected',
        data: { orderId: order.orderId, changeId: pending.changeId, reason: command.reason.trim() },
      },
    ]),
  )(pendingFor(order, command.changeId));
