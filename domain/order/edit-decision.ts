// 受注編集 decided: which orders may still be edited, what an edit may say, and what it leaves out of date.
import * as E from 'fp-ts/Either';
import { checkAmounts } from './amounts';
import { AMOUNTS_UNCONFIRMED, hasUnconfirmedAmounts } from './amounts-to-confirm';
import { diffMallData, hasChanges } from './changes';
import type { AddOrderLine, EditOrderContents } from './commands';
import { type Decision, emit, label, refuse } from './decision';
import { addLine, chargesOf, editContents } from './edit-contents';
import type { OrderEdited } from './events';
import type { MallOrderData, OrderLine } from './order-data';
import { checkShape } from './shape';
import { type ExistingOrder, workflowStatus } from './state';
import { hasShipped } from './status';

const TAX_RATES: readonly number[] = [8, 10];

/** A cancelled or shipped order is a matter for a return; a change from the mall waiting to be confirmed comes first. */
const refuseEditOf = (order: ExistingOrder): Decision | undefined => {
  const current = workflowStatus(order);
  if (current === null)
    return refuse('order.cancelled', 'キャンセル済みの受注は編集できません', 'a cancelled order cannot be edited');
  if (hasShipped(current))
    return refuse(
      'order.already_shipped',
      `${label(current)}の受注は発送済みのため編集できません`,
      'the order has shipped and can no longer be edited',
    );
  if (order.pendingChange)
    return refuse(
      'order.change_pending',
      'モールからの変更が確認待ちです。確認または却下してから編集してください',
      'a change from the mall awaits confirmation; confirm or reject it first',
    );
  return undefined;
};

const refuseLine = (line: OrderLine): Decision | undefined => {
  const item = `商品「${line.name || line.sku}」`;
  if (!Number.isSafeInteger(line.quantity) || line.quantity < 1)
    return refuse(
      'order.invalid_quantity',
      `${item}の数量は1以上の整数で指定してください`,
      'a quantity is a whole number, 1 or more',
    );
  if (!Number.isSafeInteger(line.unitPrice) || line.unitPrice < 0)
    return refuse(
      'order.invalid_price',
      `${item}の単価は0以上の整数(円)で指定してください`,
      'a unit price is whole yen, zero or more',
    );
  if (!TAX_RATES.includes(line.taxRate))
    return refuse('order.invalid_tax_rate', `${item}の税率は10%か8%です`, 'a tax rate is 10 or 8 (%)');
  return undefined;
};

/** What the edit says, before it is applied: each line and charge as staff typed it. */
const refuseContents = (after: MallOrderData): Decision | undefined => {
  if (after.destinations.length === 0 || after.destinations.every((d) => d.lines.length === 0))
    return refuse('order.no_lines', '商品が1件もありません', 'the order has no items left');
  if (after.destinations.some((d) => d.lines.length === 0))
    return refuse(
      'order.no_lines',
      '商品のない送付先があります。送付先ごと削除してください',
      'a destination has no items; remove the destination instead',
    );
  for (const line of after.destinations.flatMap((d) => d.lines)) {
    const refusal = refuseLine(line);
    if (refusal) return refusal;
  }
  const charges = Object.values(chargesOf(after));
  if (!charges.every((yen) => Number.isSafeInteger(yen) && yen >= 0))
    return refuse(
      'order.invalid_amount',
      '送料・手数料・割引は0以上の整数(円)で指定してください',
      'charges and discounts are whole yen, zero or more',
    );
  if (after.amounts.billed < 0)
    return refuse(
      'order.invalid_amount',
      `ポイント・クーポンの合計が合計金額(${after.amounts.total}円)を超えています`,
      `points and coupons exceed the order total (${after.amounts.total} yen)`,
    );
  const shape = checkShape(after);
  return shape ? E.left(shape) : undefined;
};

/** Documents and label data made before the edit show the old contents: they are marked until made again. */
export const outdatedBy = (order: ExistingOrder): OrderEdited['data']['outdated'] => [
  ...(Object.keys(order.printing.printed).length > 0 ? (['documents'] as const) : []),
  ...(order.labelExports.count > 0 ? (['labels'] as const) : []),
];

// An order still waiting for its prices (Amazon's order report) keeps the mark through an edit: the report completes it.
const amountProblemsAfter = (order: ExistingOrder, after: MallOrderData) =>
  hasUnconfirmedAmounts(order.amountProblems) ? [AMOUNTS_UNCONFIRMED] : checkAmounts(after);

const decideEdited = (order: ExistingOrder, after: MallOrderData): Decision => {
  const refusal = refuseEditOf(order) ?? refuseContents(after);
  if (refusal) return refusal;
  const changes = diffMallData(order.mallData, after);
  if (!hasChanges(changes)) return emit([]);
  return emit([
    {
      type: 'OrderEdited',
      data: {
        orderId: order.orderId,
        changes,
        amountProblems: amountProblemsAfter(order, after),
        outdated: outdatedBy(order),
      },
    },
  ]);
};

export const editOrderContents = (order: ExistingOrder, command: EditOrderContents): Decision =>
  decideEdited(order, editContents(order.mallData, command.edit));

export const addOrderLine = (order: ExistingOrder, command: AddOrderLine): Decision => {
  const { destinationIndex, line } = command;
  const refusal =
    refuseEditOf(order) ??
    (Number.isInteger(destinationIndex) && order.mallData.destinations[destinationIndex]
      ? undefined
      : refuse(
          'order.no_such_destination',
          `送付先${destinationIndex + 1}はありません(送付先は${order.mallData.destinations.length}件です)`,
          `the order has no destination ${destinationIndex + 1}`,
        )) ??
    // The line on its own: the same item already there would otherwise hide a bad quantity in a sum.
    refuseLine(line);
  return refusal ?? decideEdited(order, addLine(order.mallData, destinationIndex, line));
};
