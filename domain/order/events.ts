import * as t from 'io-ts';
import { PrintedKind } from '../documents/document-kind';
import { Carrier } from '../shared/carrier';
import { CheckFinding, CheckKind } from '../checks/check-finding';
import { MailKind } from '../mail/mail-kind';
import { AmountProblem } from './amounts';
import { ENQUIRY_EVENTS } from './enquiry-events';
import {
  Amounts,
  Destination,
  Gift,
  Mall,
  MallOrderData,
  Payment,
  Person,
  ShippingMethod,
  ShopOrderData,
} from './order-data';
import { ProcessingRoute } from './route';
import { OrderStatus, WorkflowStatus } from './status';

const OrderCreationData = {
  orderId: t.string,
  tenantId: t.string,
  shopId: t.string,
  /** The mall's order number, or for a staff-entered order the number the product generated for it. */
  orderNumber: t.string,
  mallData: MallOrderData,
  shopData: ShopOrderData,
  route: ProcessingRoute,
  status: WorkflowStatus,
  amountProblems: t.array(AmountProblem),
};

export const OrderImported = t.strict({
  type: t.literal('OrderImported'),
  data: t.strict({ ...OrderCreationData, mall: Mall }),
});
export type OrderImported = t.TypeOf<typeof OrderImported>;

export const StaffChannel = t.keyof({ phone: null, fax: null, store: null });
export type StaffChannel = t.TypeOf<typeof StaffChannel>;

export const OrderEnteredByStaff = t.strict({
  type: t.literal('OrderEnteredByStaff'),
  data: t.strict({ ...OrderCreationData, mall: StaffChannel }),
});
export type OrderEnteredByStaff = t.TypeOf<typeof OrderEnteredByStaff>;

const move = t.strict({ orderId: t.string, from: WorkflowStatus, to: WorkflowStatus });

export const OrderStatusAdvanced = t.strict({ type: t.literal('OrderStatusAdvanced'), data: move });
export type OrderStatusAdvanced = t.TypeOf<typeof OrderStatusAdvanced>;

export const OrderStatusMoved = t.strict({ type: t.literal('OrderStatusMoved'), data: move });
export type OrderStatusMoved = t.TypeOf<typeof OrderStatusMoved>;

export const OrderRouteAssigned = t.strict({
  type: t.literal('OrderRouteAssigned'),
  data: t.strict({ orderId: t.string, route: ProcessingRoute, from: WorkflowStatus, to: WorkflowStatus }),
});
export type OrderRouteAssigned = t.TypeOf<typeof OrderRouteAssigned>;

/** Every hold says why: a person (ref null), a check (ref = its code) or an import rule (ref = its id). */
export const HoldReason = t.strict({
  source: t.keyof({ staff: null, check: null, rule: null }),
  ref: t.union([t.string, t.null]),
  text: t.string,
});
export type HoldReason = t.TypeOf<typeof HoldReason>;

export const OrderHeld = t.strict({
  type: t.literal('OrderHeld'),
  data: t.strict({ orderId: t.string, box: t.number, reason: HoldReason, from: WorkflowStatus }),
});
export type OrderHeld = t.TypeOf<typeof OrderHeld>;

export const OrderReleased = t.strict({
  type: t.literal('OrderReleased'),
  data: t.strict({ orderId: t.string, box: t.number, to: WorkflowStatus }),
});
export type OrderReleased = t.TypeOf<typeof OrderReleased>;

export const OrderCancelled = t.strict({
  type: t.literal('OrderCancelled'),
  data: t.strict({ orderId: t.string, from: OrderStatus, reason: t.string, byMall: t.boolean }),
});
export type OrderCancelled = t.TypeOf<typeof OrderCancelled>;

export const OrderTagAdded = t.strict({
  type: t.literal('OrderTagAdded'),
  data: t.strict({ orderId: t.string, tag: t.string }),
});
export type OrderTagAdded = t.TypeOf<typeof OrderTagAdded>;

export const OrderTagRemoved = t.strict({
  type: t.literal('OrderTagRemoved'),
  data: t.strict({ orderId: t.string, tag: t.string }),
});
export type OrderTagRemoved = t.TypeOf<typeof OrderTagRemoved>;

export const OrderShopMemoEdited = t.strict({
  type: t.literal('OrderShopMemoEdited'),
  data: t.strict({ orderId: t.string, shopMemo: t.string }),
});
export type OrderShopMemoEdited = t.TypeOf<typeof OrderShopMemoEdited>;

export const OrderSlipNoteEdited = t.strict({
  type: t.literal('OrderSlipNoteEdited'),
  data: t.strict({ orderId: t.string, slipNote: t.string }),
});
export type OrderSlipNoteEdited = t.TypeOf<typeof OrderSlipNoteEdited>;

export const OrderIndividualMessageEdited = t.strict({
  type: t.literal('OrderIndividualMessageEdited'),
  data: t.strict({ orderId: t.string, individualMessage: t.string }),
});
export type OrderIndividualMessageEdited = t.TypeOf<typeof OrderIndividualMessageEdited>;

export const OrderShippingPlanSet = t.strict({
  type: t.literal('OrderShippingPlanSet'),
  data: t.strict({
    orderId: t.string,
    shipping: t.union([ShippingMethod, t.null]),
    plannedShipDate: t.union([t.string, t.null]),
  }),
});
export type OrderShippingPlanSet = t.TypeOf<typeof OrderShippingPlanSet>;

const change = <C extends t.Mixed>(codec: C) => t.strict({ before: codec, after: codec });

/** Only the parts of the mall's data that differ, each with what it was and what it became. */
export const OrderChanges = t.exact(
  t.partial({
    orderedAt: change(t.string),
    orderer: change(Person),
    destinations: change(t.array(Destination)),
    amounts: change(Amounts),
    payment: change(Payment),
    gift: change(Gift),
    buyerRemarks: change(t.string),
    // Absent (undefined) on an order the mall does not flag.
    remoteIsland: change(t.union([t.boolean, t.undefined])),
  }),
);
export type OrderChanges = t.TypeOf<typeof OrderChanges>;

export const OrderChangedAtMall = t.strict({
  type: t.literal('OrderChangedAtMall'),
  data: t.strict({ orderId: t.string, changes: OrderChanges, amountProblems: t.array(AmountProblem) }),
});
export type OrderChangedAtMall = t.TypeOf<typeof OrderChangedAtMall>;

const pendingChange = {
  orderId: t.string,
  changeId: t.string,
  changes: OrderChanges,
  cancelledAtMall: t.boolean,
  amountProblems: t.array(AmountProblem),
};

export const OrderChangeAwaitingConfirmation = t.strict({
  type: t.literal('OrderChangeAwaitingConfirmation'),
  data: t.strict(pendingChange),
});
export type OrderChangeAwaitingConfirmation = t.TypeOf<typeof OrderChangeAwaitingConfirmation>;

export const OrderChangeConfirmed = t.strict({
  type: t.literal('OrderChangeConfirmed'),
  data: t.strict(pendingChange),
});
export type OrderChangeConfirmed = t.TypeOf<typeof OrderChangeConfirmed>;

export const OrderChangeRejected = t.strict({
  type: t.literal('OrderChangeRejected'),
  data: t.strict({ orderId: t.string, changeId: t.string, reason: t.string }),
});
export type OrderChangeRejected = t.TypeOf<typeof OrderChangeRejected>;

/** The mall went back to the data we have before anyone confirmed the change, so there is nothing left to confirm. */
export const OrderChangeWithdrawn = t.strict({
  type: t.literal('OrderChangeWithdrawn'),
  data: t.strict({ orderId: t.string, changeId: t.string }),
});
export type OrderChangeWithdrawn = t.TypeOf<typeof OrderChangeWithdrawn>;

/**
 * One printing of the order's documents: what was printed (an `auto` printing as the statement it chose), and for a
 * receipt its issue number (1 the first; from 2 on the receipt says 再発行) with the 宛名 and 但し書き printed on it.
 * Who printed and when are the event's metadata.
 */
export const OrderDocumentsPrinted = t.strict({
  type: t.literal('OrderDocumentsPrinted'),
  data: t.intersection([
    t.strict({
      orderId: t.string,
      tenantId: t.string,
      kinds: t.array(PrintedKind),
      receiptIssue: t.union([t.number, t.null]),
    }),
    t.exact(t.partial({ addressee: t.string, proviso: t.string })),
  ]),
});
export type OrderDocumentsPrinted = t.TypeOf<typeof OrderDocumentsPrinted>;

/** 領収書 宛名 and 但し書き of this order; null: the default (the orderer's name; the shop's 但し書き). */
export const OrderReceiptDetailsSet = t.strict({
  type: t.literal('OrderReceiptDetailsSet'),
  data: t.strict({
    orderId: t.string,
    addressee: t.union([t.string, t.null]),
    proviso: t.union([t.string, t.null]),
  }),
});
export type OrderReceiptDetailsSet = t.TypeOf<typeof OrderReceiptDetailsSet>;

/**
 * Label data (送り状データ) written for the order: the carrier, the layout, and one お客様管理番号 per destination, the key
 * the carrier's software echoes back with the tracking number. Who exported and when are the event's metadata.
 */
export const LabelDataExported = t.strict({
  type: t.literal('LabelDataExported'),
  data: t.strict({
    orderId: t.string,
    tenantId: t.string,
    carrier: Carrier,
    layout: t.string,
    labels: t.array(t.strict({ destinationIndex: t.number, key: t.string })),
  }),
});
export type LabelDataExported = t.TypeOf<typeof LabelDataExported>;

/**
 * A tracking number for one destination. `previous`: the number it replaces (a reprint), null for the first; the order
 * keeps every number in its history.
 */
export const TrackingNumberSet = t.strict({
  type: t.literal('TrackingNumberSet'),
  data: t.strict({
    orderId: t.string,
    destinationIndex: t.number,
    carrier: Carrier,
    trackingNumber: t.string,
    previous: t.union([t.string, t.null]),
    source: t.keyof({ staff: null, import: null }),
    importId: t.union([t.string, t.null]),
  }),
});
export type TrackingNumberSet = t.TypeOf<typeof TrackingNumberSet>;

/**
 * The order's shipment was written to its mall's shipping-result file (処理実績 / 出荷通知): the mall, the file (its
 * writer's kind and file name) and each destination's number as reported. For a mall reported through its API (楽天)
 * the file is for staff to read and the results are ready to send. Who wrote it and when are the event's metadata.
 */
export const ShippingResultsWritten = t.strict({
  type: t.literal('ShippingResultsWritten'),
  data: t.strict({
    orderId: t.string,
    tenantId: t.string,
    mall: Mall,
    file: t.string,
    fileName: t.string,
    trackingNumbers: t.array(t.strict({ destinationIndex: t.number, carrier: Carrier, trackingNumber: t.string })),
  }),
});
export type ShippingResultsWritten = t.TypeOf<typeof ShippingResultsWritten>;

/**
 * A mail to the orderer was asked for (see RequestMail). Ids only: the address and the rendered text live in the mail
 * outbox, keyed by `mailId`, so that they can be erased without touching the log.
 */
export const MailRequested = t.strict({
  type: t.literal('MailRequested'),
  data: t.strict({
    orderId: t.string,
    mailId: t.string,
    kind: MailKind,
    trigger: t.string,
    notBefore: t.union([t.string, t.null]),
  }),
});
export type MailRequested = t.TypeOf<typeof MailRequested>;

export const MailSent = t.strict({
  type: t.literal('MailSent'),
  data: t.strict({ orderId: t.string, mailId: t.string }),
});
export type MailSent = t.TypeOf<typeof MailSent>;

/** `reason` with every e-mail address replaced by <address>; `final`: no retry follows. */
export const MailFailed = t.strict({
  type: t.literal('MailFailed'),
  data: t.strict({ orderId: t.string, mailId: t.string, reason: t.string, final: t.boolean }),
});
export type MailFailed = t.TypeOf<typeof MailFailed>;

/**
 * A check tripped (at intake or after an edit): what it found, and what the shop's setting made of it. A hold is
 * recorded beside it as OrderHeld with reason source `check`.
 */
export const OrderCheckTripped = t.strict({
  type: t.literal('OrderCheckTripped'),
  data: t.strict({
    orderId: t.string,
    finding: CheckFinding,
    outcome: t.keyof({ warning: null, hold: null }),
    box: t.union([t.number, t.null]),
  }),
});
export type OrderCheckTripped = t.TypeOf<typeof OrderCheckTripped>;

/** A check that tripped no longer does, after an edit or a change at the mall. */
export const OrderCheckCleared = t.strict({
  type: t.literal('OrderCheckCleared'),
  data: t.strict({ orderId: t.string, check: CheckKind }),
});
export type OrderCheckCleared = t.TypeOf<typeof OrderCheckCleared>;

/** Staff accepted what the checks found (the actor in the metadata is who), usually when releasing the hold. */
export const OrderCheckResultsAccepted = t.strict({
  type: t.literal('OrderCheckResultsAccepted'),
  data: t.strict({ orderId: t.string, checks: t.array(CheckKind) }),
});
export type OrderCheckResultsAccepted = t.TypeOf<typeof OrderCheckResultsAccepted>;

/**
 * 受注編集: staff (or a rule's 商品の自動追加) changed the order's contents. `changes` has the same shape as a change
 * at the mall; the mall's own data stays in the OrderImported/OrderChangedAtMall events. `outdated` names what was
 * produced before the edit and no longer matches it.
 */
export const OrderEdited = t.strict({
  type: t.literal('OrderEdited'),
  data: t.strict({
    orderId: t.string,
    changes: OrderChanges,
    amountProblems: t.array(AmountProblem),
    outdated: t.array(t.keyof({ documents: null, labels: null })),
  }),
});
export type OrderEdited = t.TypeOf<typeof OrderEdited>;

/**
 * 同梱: the order ships in one parcel with the other orders of the bundle. Each order of the bundle gets this event on
 * its own stream, with every order's id, so each order's history shows the merge and the label export finds the
 * others from any one of them. `bundleId` follows from the sorted order ids (bundleIdFor).
 */
export const OrderBundled = t.strict({
  type: t.literal('OrderBundled'),
  data: t.strict({ orderId: t.string, bundleId: t.string, orderIds: t.array(t.string) }),
});
export type OrderBundled = t.TypeOf<typeof OrderBundled>;

/**
 * 「同梱候補とまとめる」: a rule asked at intake for the order to be merged with its 同梱候補. Merging writes other orders'
 * streams, so it is not done in the intake command: the automatic-bundles policy answers this event with the bundle
 * command (OrderBundled on each order, its metadata naming the rule).
 */
export const OrderBundleRequested = t.strict({
  type: t.literal('OrderBundleRequested'),
  data: t.strict({ orderId: t.string }),
});
export type OrderBundleRequested = t.TypeOf<typeof OrderBundleRequested>;

/**
 * A re-import changed an order of a bundle (OrderChangedAtMall, or OrderChangeConfirmed for a change that waited): the
 * merged parcel shows 「注文番号 X が再取込で変更されました（同梱後）」, and what was produced for it (`outdated`, as
 * OrderEdited's) is marked out of date until made again. Recorded beside the change, on the changed order's stream.
 */
export const BundledOrderChangedAtMall = t.strict({
  type: t.literal('BundledOrderChangedAtMall'),
  data: t.strict({
    orderId: t.string,
    bundleId: t.string,
    outdated: t.array(t.keyof({ documents: null, labels: null })),
  }),
});
export type BundledOrderChangedAtMall = t.TypeOf<typeof BundledOrderChangedAtMall>;

/** 同梱解除: the bundle was split before it shipped; the order ships on its own again. */
export const OrderUnbundled = t.strict({
  type: t.literal('OrderUnbundled'),
  data: t.strict({ orderId: t.string, bundleId: t.string }),
});
export type OrderUnbundled = t.TypeOf<typeof OrderUnbundled>;

export const ORDER_EVENTS = {
  OrderImported,
  OrderEnteredByStaff,
  ...ENQUIRY_EVENTS,
  OrderStatusAdvanced,
  OrderStatusMoved,
  OrderRouteAssigned,
  OrderHeld,
  OrderReleased,
  OrderCancelled,
  OrderTagAdded,
  OrderTagRemoved,
  OrderShopMemoEdited,
  OrderSlipNoteEdited,
  OrderIndividualMessageEdited,
  OrderShippingPlanSet,
  OrderChangedAtMall,
  OrderChangeAwaitingConfirmation,
  OrderChangeConfirmed,
  OrderChangeRejected,
  OrderChangeWithdrawn,
  OrderDocumentsPrinted,
  OrderReceiptDetailsSet,
  LabelDataExported,
  TrackingNumberSet,
  ShippingResultsWritten,
  MailRequested,
  MailSent,
  MailFailed,
  OrderCheckTripped,
  OrderCheckCleared,
  OrderCheckResultsAccepted,
  OrderEdited,
  OrderBundleRequested,
  OrderBundled,
  OrderUnbundled,
  BundledOrderChangedAtMall,
} as const;

export type OrderEvent = t.TypeOf<(typeof ORDER_EVENTS)[keyof typeof ORDER_EVENTS]>;
