import type { Carrier } from '../shared/carrier';
import type { PrintedKind } from '../documents/document-kind';
import type { CheckFinding } from '../checks/check-finding';
import type { MailKind } from '../mail/mail-kind';
import type { AmountProblem } from './amounts';
import { applyChanges } from './changes';
import { evolveEnquiries } from './enquiries';
import type { EnquiryThread } from './enquiry-events';
import type { HoldReason, OrderChanges, OrderEvent } from './events';
import type { Mall, MallOrderData, ShopOrderData } from './order-data';
import type { ProcessingRoute } from './route';
import type { OrderStatus, WorkflowStatus } from './status';
import { NO_TRACKING, type Tracking } from './tracking';

export interface PendingChange {
  readonly changeId: string;
  readonly changes: OrderChanges;
  readonly cancelledAtMall: boolean;
  readonly amountProblems: readonly AmountProblem[];
}

export interface Hold {
  readonly box: number;
  readonly reason: HoldReason;
  /** Where release returns the order to. */
  readonly from: WorkflowStatus;
}

/** How often each kind of document was printed for the order, the receipts issued, and the receipt's own details. */
export interface Printing {
  readonly printed: Readonly<Partial<Record<PrintedKind, number>>>;
  readonly receiptIssues: number;
  /** null: the default (the orderer's name; the shop's 但し書き). */
  readonly receipt: { readonly addressee: string | null; readonly proviso: string | null };
}

/** How often label data was exported for the order, and the keys of the last export (お客様管理番号 per destination). */
export interface LabelExports {
  readonly count: number;
  readonly last: {
    readonly carrier: Carrier;
    readonly layout: string;
    readonly labels: readonly { readonly destinationIndex: number; readonly key: string }[];
  } | null;
}

/** How often the order's shipment was written to its mall's result file, and the numbers the last one reported. */
export interface ShippingResults {
  readonly count: number;
  readonly last: {
    readonly file: string;
    readonly trackingNumbers: readonly { readonly destinationIndex: number; readonly trackingNumber: string }[];
  } | null;
}

/** A mail asked for the order; a failure that will be retried leaves it requested. */
export interface OrderMail {
  readonly mailId: string;
  readonly kind: MailKind;
  readonly trigger: string;
  readonly state: 'requested' | 'sent' | 'failed';
}

export const NOT_REPORTED: ShippingResults = { count: 0, last: null };

export const NOT_EXPORTED: LabelExports = { count: 0, last: null };

export const NOT_PRINTED: Printing = { printed: {}, receiptIssues: 0, receipt: { addressee: null, proviso: null } };

export interface CheckResult {
  readonly finding: CheckFinding;
  readonly outcome: 'warning' | 'hold';
  /** Staff accepted it (OrderCheckResultsAccepted): it no longer holds the order. */
  readonly accepted: boolean;
}

export interface ExistingOrder {
  readonly exists: true;
  readonly orderId: string;
  /** Kept so that the application can refuse another tenant's order before anything is decided. */
  readonly tenantId: string;
  readonly shopId: string;
  readonly mall: Mall;
  readonly orderNumber: string;
  readonly mallData: MallOrderData;
  /**
   * The order as its mall last said it, before staff edits (受注編集): shown beside the edited data, and what a
   * re-import is compared with. Moved by the mall's changes, never by an edit.
   */
  readonly mallOriginal: MallOrderData;
  readonly shopData: ShopOrderData;
  readonly route: ProcessingRoute;
  readonly status: OrderStatus;
  readonly hold: Hold | null;
  readonly amountProblems: readonly AmountProblem[];
  readonly pendingChange: PendingChange | null;
  readonly printing: Printing;
  readonly labelExports: LabelExports;
  readonly tracking: Tracking;
  readonly shippingResults: ShippingResults;
  /**
   * The keys (お客様管理番号) of the labels exported for the order, each to the destination index it is for: a return
   * file's rows are matched by them. Filled by the label-data export's event (see `withLabelsExported`).
   */
  readonly labels: Readonly<Record<string, number>>;
  readonly mails: readonly OrderMail[];
  /** What the checks found and still stands, one per check (a later trip of the same check replaces it). */
  readonly checks: readonly CheckResult[];
  /** Produced before the last edit and no longer matching the order (see OrderEdited). */
  readonly outdated: readonly ('documents' | 'labels')[];
  /** 同梱: the orders this one ships with (itself included), or null when it ships alone. */
  readonly bundle: Bundle | null;
  /**
   * A rule asked for the order to be merged with its 同梱候補 (OrderBundleRequested): `requested` until a bundle takes
   * it, then `merged`, so that the request is answered once (a split afterwards is staff's choice, not undone).
   * Absent when no rule asked.
   */
  readonly autoBundle?: 'requested' | 'merged';
  /** 問い合わせ by enquiry id; absent until the first one (see enquiries.ts). */
  readonly enquiries?: Readonly<Record<string, EnquiryThread>>;
}

export interface Bundle {
  readonly bundleId: string;
  readonly orderIds: readonly string[];
  /** A re-import changed this order after the merge (BundledOrderChangedAtMall). */
  readonly changedAtMall?: true;
}

export type OrderState = { readonly exists: false } | ExistingOrder;

/** The workflow status an order is at, looking through a hold; null once cancelled. */
export const workflowStatus = (order: ExistingOrder): WorkflowStatus | null =>
  order.status === 'cancelled' ? null : order.status === 'held' ? order.hold!.from : order.status;

const existing = (state: OrderState, update: (order: ExistingOrder) => ExistingOrder): OrderState =>
  state.exists ? update(state) : state;

export const evolveOrder = (state: OrderState, event: OrderEvent): OrderState => {
  switch (event.type) {
    case 'OrderImported':
    case 'OrderEnteredByStaff': {
      const { orderId, tenantId, shopId, mall, orderNumber, mallData, shopData, route, status, amountProblems } =
        event.data;
      return {
        exists: true,
        orderId,
        tenantId,
        shopId,
        mall,
        orderNumber,
        mallData,
        mallOriginal: mallData,
        shopData,
        route,
        status,
        hold: null,
        amountProblems,
        pendingChange: null,
        printing: NOT_PRINTED,
        labelExports: NOT_EXPORTED,
        tracking: NO_TRACKING,
        shippingResults: NOT_REPORTED,
        labels: {},
        mails: [],
        checks: [],
        outdated: [],
        bundle: null,
      };
    }
    case 'OrderStatusAdvanced':
    case 'OrderStatusMoved':
      return existing(state, (o) => ({ ...o, status: event.data.to }));
    case 'OrderRouteAssigned':
      return existing(state, (o) => ({ ...o, route: event.data.route, status: event.data.to }));
    case 'OrderHeld':
      return existing(state, (o) => ({
        ...o,
        status: 'held',
        hold: { box: event.data.box, reason: event.data.reason, from: event.data.from },
      }));
    case 'OrderReleased':
      return existing(state, (o) => ({ ...o, status: event.data.to, hold: null }));
    case 'OrderCancelled':
      return existing(state, (o) => ({ ...o, status: 'cancelled', hold: null }));
    case 'OrderTagAdded':
      return existing(state, (o) => ({
        ...o,
        shopData: { ...o.shopData, tags: [...o.shopData.tags, event.data.tag] },
      }));
    case 'OrderTagRemoved':
      return existing(state, (o) => ({
        ...o,
        shopData: { ...o.shopData, tags: o.shopData.tags.filter((tag) => tag !== event.data.tag) },
      }));
    case 'OrderShopMemoEdited':
      return existing(state, (o) => ({ ...o, shopData: { ...o.shopData, shopMemo: event.data.shopMemo } }));
    case 'OrderSlipNoteEdited':
      return existing(state, (o) => ({ ...o, shopData: { ...o.shopData, slipNote: event.data.slipNote } }));
    case 'OrderIndividualMessageEdited':
      return existing(state, (o) => ({
        ...o,
        shopData: { ...o.shopData, individualMessage: event.data.individualMessage },
      }));
    case 'OrderShippingPlanSet':
      return existing(state, (o) => ({
        ...o,
        shopData: { ...o.shopData, shipping: event.data.shipping, plannedShipDate: event.data.plannedShipDate },
      }));
    case 'OrderChangedAtMall':
      return existing(state, (o) => ({
        ...o,
        ...withMallChanges(o, event.data.changes),
        amountProblems: event.data.amountProblems,
      }));
    case 'OrderChangeAwaitingConfirmation': {
      const { changeId, changes, cancelledAtMall, amountProblems } = event.data;
      return existing(state, (o) => ({ ...o, pendingChange: { changeId, changes, cancelledAtMall, amountProblems } }));
    }
    case 'OrderChangeConfirmed':
      return existing(state, (o) => ({
        ...o,
        ...withMallChanges(o, event.data.changes),
        amountProblems: event.data.amountProblems,
        pendingChange: null,
      }));
    case 'OrderChangeRejected':
    case 'OrderChangeWithdrawn':
      return existing(state, (o) => ({ ...o, pendingChange: null }));
    case 'OrderDocumentsPrinted':
      return existing(state, (o) => ({
        ...o,
        printing: {
          ...o.printing,
          printed: event.data.kinds.reduce(
            (counts, kind) => ({ ...counts, [kind]: (counts[kind] ?? 0) + 1 }),
            o.printing.printed,
          ),
          receiptIssues: event.data.receiptIssue ?? o.printing.receiptIssues,
        },
        outdated: o.outdated.filter((what) => what !== 'documents'),
      }));
    case 'LabelDataExported': {
      const { carrier, layout, labels } = event.data;
      return existing(state, (o) => ({
        ...withLabelsExported(o, labels),
        labelExports: { count: o.labelExports.count + 1, last: { carrier, layout, labels } },
        outdated: o.outdated.filter((what) => what !== 'labels'),
      }));
    }
    case 'TrackingNumberSet': {
      const { destinationIndex, carrier, trackingNumber, source, importId } = event.data;
      return existing(state, (o) => ({
        ...o,
        tracking: {
          current: { ...o.tracking.current, [destinationIndex]: { carrier, trackingNumber } },
          history: [...o.tracking.history, { destinationIndex, carrier, trackingNumber, source, importId }],
        },
      }));
    }
    case 'ShippingResultsWritten': {
      const { file, trackingNumbers } = event.data;
      return existing(state, (o) => ({
        ...o,
        shippingResults: {
          count: o.shippingResults.count + 1,
          last: {
            file,
            trackingNumbers: trackingNumbers.map(({ destinationIndex, trackingNumber }) => ({
              destinationIndex,
              trackingNumber,
            })),
          },
        },
      }));
    }
    case 'MailRequested': {
      const { mailId, kind, trigger } = event.data;
      return existing(state, (o) => ({ ...o, mails: [...o.mails, { mailId, kind, trigger, state: 'requested' }] }));
    }
    case 'MailSent':
      return existing(state, (o) => withMailState(o, event.data.mailId, 'sent'));
    case 'MailFailed':
      return existing(state, (o) => (event.data.final ? withMailState(o, event.data.mailId, 'failed') : o));
    case 'EnquiryReceived':
    case 'EnquiryAnswered':
    case 'EnquiryStateChanged':
      return existing(state, (o) => evolveEnquiries(o, event));
    case 'OrderReceiptDetailsSet':
      return existing(state, (o) => ({
        ...o,
        printing: { ...o.printing, receipt: { addressee: event.data.addressee, proviso: event.data.proviso } },
      }));
    case 'OrderCheckTripped': {
      const { finding, outcome } = event.data;
      return existing(state, (o) => ({
        ...o,
        checks: [...o.checks.filter((c) => c.finding.check !== finding.check), { finding, outcome, accepted: false }],
      }));
    }
    case 'OrderCheckCleared':
      return existing(state, (o) => ({ ...o, checks: o.checks.filter((c) => c.finding.check !== event.data.check) }));
    case 'OrderCheckResultsAccepted':
      return existing(state, (o) => ({
        ...o,
        checks: o.checks.map((c) => (event.data.checks.includes(c.finding.check) ? { ...c, accepted: true } : c)),
      }));
    case 'OrderEdited':
      return existing(state, (o) => ({
        ...o,
        mallData: applyChanges(o.mallData, event.data.changes),
        amountProblems: event.data.amountProblems,
        outdated: [...new Set([...o.outdated, ...event.data.outdated])],
      }));
    case 'OrderBundleRequested':
      return existing(state, (o) => ({ ...o, autoBundle: o.autoBundle ?? 'requested' }));
    case 'OrderBundled':
      return existing(state, (o) => ({
        ...o,
        bundle: { bundleId: event.data.bundleId, orderIds: event.data.orderIds },
        ...(o.autoBundle === 'requested' && { autoBundle: 'merged' as const }),
      }));
    case 'OrderUnbundled':
      return existing(state, (o) => ({ ...o, bundle: null }));
    case 'BundledOrderChangedAtMall':
      return existing(state, (o) => ({
        ...o,
        bundle: o.bundle?.bundleId === event.data.bundleId ? { ...o.bundle, changedAtMall: true } : o.bundle,
        outdated: [...new Set([...o.outdated, ...event.data.outdated])],
      }));
  }
};

/**
 * The keys of an export added to the order's labels (a later export of the same key points it at its destination
 * again). For the label-data export's event, `LabelDataExported { carrier, layout, labels: [{ destinationIndex, key }] }`.
 */
export const withLabelsExported = (
  order: ExistingOrder,
  labels: readonly { readonly destinationIndex: number; readonly key: string }[],
): ExistingOrder => ({
  ...order,
  labels: {
    ...order.labels,
    ...Object.fromEntries(labels.map(({ key, destinationIndex }) => [key, destinationIndex])),
  },
});

/**
 * A change from the mall lands on both the order's data and the mall's original: its fields are the ones the mall
 * changed, so they replace an edit of the same field and leave the other edits (see decideReimport).
 */
const withMallChanges = (
  order: ExistingOrder,
  changes: OrderChanges,
): Pick<ExistingOrder, 'mallData' | 'mallOriginal'> => ({
  mallData: applyChanges(order.mallData, changes),
  mallOriginal: applyChanges(order.mallOriginal, changes),
});

const withMailState = (order: ExistingOrder, mailId: string, state: OrderMail['state']): ExistingOrder => ({
  ...order,
  mails: order.mails.map((mail) => (mail.mailId === mailId ? { ...mail, state } : mail)),
});
