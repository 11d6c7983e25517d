// The shop's own fields on an order: tags, 一言メモ, 送り状記事欄, 個別メッセージ and the shipping plan. A re-import never
// touches them.
import { isBusinessDate } from '../shared/dates';
import { deepEqual } from './changes';
import type { AddOrderTag, RemoveOrderTag, SetShippingPlan } from './commands';
import { type Decision, emit, label, refuse } from './decision';
import { type ExistingOrder, workflowStatus } from './state';
import { hasShipped, rank } from './status';

export const SHOP_MEMO_MAX = 200;
/** 送り状記事欄 and 個別メッセージ limits: what the API accepts and the order page lets staff type. */
export const SLIP_NOTE_MAX = 500;
export const INDIVIDUAL_MESSAGE_MAX = 1000;

// Bulk actions send the same tag to many orders; an order that already agrees is left alone rather than refused.
export const tag = (order: ExistingOrder, command: AddOrderTag | RemoveOrderTag): Decision => {
  const tag = command.tag.trim();
  if (tag === '') return refuse('order.empty_tag', 'タグが空です', 'the tag is empty');
  const has = order.shopData.tags.includes(tag);
  if (command.type === 'AddOrderTag')
    return emit(has ? [] : [{ type: 'OrderTagAdded', data: { orderId: order.orderId, tag } }]);
  return emit(has ? [{ type: 'OrderTagRemoved', data: { orderId: order.orderId, tag } }] : []);
};

export const editShopMemo = (order: ExistingOrder, shopMemo: string): Decision => {
  if ([...shopMemo].length > SHOP_MEMO_MAX) {
    return refuse(
      'order.memo_too_long',
      `一言メモは${SHOP_MEMO_MAX}文字以内で入力してください`,
      `a shop memo is at most ${SHOP_MEMO_MAX} characters`,
    );
  }
  return emit(
    shopMemo === order.shopData.shopMemo
      ? []
      : [{ type: 'OrderShopMemoEdited', data: { orderId: order.orderId, shopMemo } }],
  );
};

/**
 * The note is printed on the slip: once slips may exist (after 伝票・帳票出力待ち) an edit would no longer match the
 * parcel, so the order is moved back to print again first.
 */
export const editSlipNote = (order: ExistingOrder, slipNote: string): Decision => {
  const current = workflowStatus(order);
  if (current !== null && rank(current) > rank('awaiting_documents')) {
    return refuse(
      'order.slip_printed',
      `${label(current)}の受注は送り状を出力済みのため、送り状記事欄を変更できません。${label('awaiting_documents')}に戻してから変更してください`,
      'the slip may be printed; move the order back to awaiting documents first',
    );
  }
  return emit(
    slipNote === order.shopData.slipNote
      ? []
      : [{ type: 'OrderSlipNoteEdited', data: { orderId: order.orderId, slipNote } }],
  );
};

export const editIndividualMessage = (order: ExistingOrder, individualMessage: string): Decision =>
  emit(
    individualMessage === order.shopData.individualMessage
      ? []
      : [{ type: 'OrderIndividualMessageEdited', data: { orderId: order.orderId, individualMessage } }],
  );

export const setShippingPlan = (order: ExistingOrder, command: SetShippingPlan): Decision => {
  const shipping = command.shipping === undefined ? order.shopData.shipping : command.shipping;
  const plannedShipDate =
    command.plannedShipDate === undefined ? order.shopData.plannedShipDate : command.plannedShipDate;
  const current = workflowStatus(order);
  if (current === null)
    return refuse('order.cancelled', 'キャンセル済みの受注は配送方法を変更できません', 'the order is cancelled');
  if (hasShipped(current)) {
    return refuse(
      'order.already_shipped',
      `${label(current)}の受注は発送済みのため配送方法を変更できません`,
      'the order has shipped',
    );
  }
  if (plannedShipDate !== null && !isBusinessDate(plannedShipDate)) {
    return refuse(
      'order.invalid_date',
      `出荷予定日「${plannedShipDate}」は 2026-12-01 の形式ではありません`,
      'a planned ship date is written like 2026-12-01',
    );
  }
  if (shipping !== null && shipping.slipType.trim() === '')
    return refuse('order.slip_type_required', '送り状の種類を指定してください', 'give the slip type');
  const plan = { shipping: shipping && { ...shipping, slipType: shipping.slipType.trim() }, plannedShipDate };
  const unchanged = deepEqual(plan, {
    shipping: order.shopData.shipping,
    plannedShipDate: order.shopData.plannedShipDate,
  });
  return emit(unchanged ? [] : [{ type: 'OrderShippingPlanSet', data: { orderId: order.orderId, ...plan } }]);
};
