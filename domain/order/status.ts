import * as t from 'io-ts';

/**
 * The workflow statuses, written in their one canonical order. Every processing route is a subsequence of this order,
 * so "later than 発送待ち" means the same thing on every route and advancing never moves an order backwards.
 */
export const WorkflowStatus = t.keyof({
  new: null,
  awaiting_payment: null,
  awaiting_shipment: null,
  awaiting_documents: null,
  awaiting_tracking_number: null,
  awaiting_shipping_mail: null,
  awaiting_follow_up_mail: null,
  completed: null,
});
export type WorkflowStatus = t.TypeOf<typeof WorkflowStatus>;

export const WORKFLOW = Object.keys(WorkflowStatus.keys) as readonly WorkflowStatus[];

/** 保留 and キャンセル are outside every route: an order enters them from any workflow status. */
export const OrderStatus = t.union([WorkflowStatus, t.literal('held'), t.literal('cancelled')]);
export type OrderStatus = t.TypeOf<typeof OrderStatus>;

export const STATUS_LABELS: Readonly<Record<OrderStatus, string>> = {
  new: '新規受注',
  awaiting_payment: '入金待ち',
  awaiting_shipment: '発送待ち',
  awaiting_documents: '伝票・帳票出力待ち',
  awaiting_tracking_number: '伝票番号未設定',
  awaiting_shipping_mail: '発送メール未送信',
  awaiting_follow_up_mail: 'フォローメール未送信',
  completed: '処理済み',
  held: '保留',
  cancelled: 'キャンセル',
};

export const rank = (status: WorkflowStatus): number => WORKFLOW.indexOf(status);

/** Slips may be printed from 伝票・帳票出力待ち on, so a change from the mall can no longer be applied unseen. */
export const isPastAwaitingShipment = (status: WorkflowStatus): boolean => rank(status) > rank('awaiting_shipment');

/** From 発送メール未送信 on the parcel has left: that is a return, not a cancellation. */
export const hasShipped = (status: WorkflowStatus): boolean => rank(status) >= rank('awaiting_shipping_mail');

export const HOLD_BOXES = 30;
