import type { AmountProblem } from '../../../../domain/order/amounts';
import type { Mall, MallOrderData, ShopOrderData } from '../../../../domain/order/order-data';
import type { PendingChange, Printing } from '../../../../domain/order/state';
import type { PrintedKind } from '../../../../domain/documents/document-kind';

export type OrderPrinting = Printing;
import type { TrackingLink } from '../../../../application/tracking/tracking-links';
export type { TrackingLink };

/** One printing of the order, as `printingHistory` of `GET /api/orders/:id` lists it. */
export interface PrintingHistoryEntry {
  readonly kinds: readonly PrintedKind[];
  readonly at: string;
  readonly actor: string;
  readonly actorName: string | null;
  readonly receiptIssue: number | null;
  readonly addressee: string | null;
  readonly proviso: string | null;
}

/** The order as `GET /api/orders/:id` answers it: the state rebuilt from its stream, with its revision and customer. */
export interface OrderRecord {
  readonly id: string;
  readonly revision: number;
  readonly customerId: string | null;
  readonly mall: Mall;
  readonly orderNumber: string;
  readonly status: string;
  readonly mallData: MallOrderData;
  /** The order as its mall last sent it, before staff edits (受注編集). */
  readonly mallOriginal: MallOrderData;
  /** Documents or label data made before the last edit. */
  readonly outdated?: readonly ('documents' | 'labels')[];
  readonly shopData: ShopOrderData;
  readonly amountProblems: readonly AmountProblem[];
  readonly pendingChange: PendingChange | null;
  readonly printing: OrderPrinting;
  readonly printingHistory: readonly PrintingHistoryEntry[];
  /** Each destination's current tracking number with its carrier's tracking page. */
  readonly trackingLinks?: readonly TrackingLink[];
}

/** The list's row is shown first while the full order loads, and it has none of the slip's data yet. */
export const isFullOrder = (record: Partial<OrderRecord> | undefined): record is OrderRecord =>
  !!record?.mallData && !!record.shopData;
