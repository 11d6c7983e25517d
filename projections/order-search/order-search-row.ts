import { z } from 'zod';

/** The columns of an order_search row as slonik returns them (timestamps as epoch milliseconds). */
export const OrderSearchColumns = z.object({
  id: z.string(),
  shopId: z.string(),
  mall: z.string(),
  orderNumber: z.string(),
  status: z.string(),
  heldBox: z.number().nullable(),
  heldFrom: z.string().nullable(),
  /** Why it is held (HoldReason.text), while it is. */
  heldReason: z.string().nullable(),
  routeId: z.string(),
  orderedAt: z.number(),
  plannedShipDate: z.string().nullable(),
  desiredDeliveryDate: z.string().nullable(),
  paymentMethod: z.string(),
  carrier: z.string().nullable(),
  tags: z.array(z.string()),
  ordererName: z.string(),
  ordererKana: z.string(),
  ordererPhone: z.string(),
  ordererEmail: z.string(),
  destinationCount: z.number(),
  total: z.number(),
  billed: z.number(),
  hasGift: z.boolean(),
  amountProblems: z.boolean(),
  changeAwaitingConfirmation: z.boolean(),
  /** The kinds of document printed for the order at least once (PrintedKind), for the list's marks. */
  printedKinds: z.array(z.string()),
  /** Label data (送り状データ) was exported for the order at least once, for the list's mark. */
  labelsExported: z.boolean(),
  /** The order's shipping results were written for its mall (処理実績), for the list's 報 mark and filter. */
  resultsReported: z.boolean(),
  /** Each destination's current tracking number, by destination index (the list links them to the carrier's page). */
  trackingNumbers: z.array(z.object({ destinationIndex: z.number(), carrier: z.string(), trackingNumber: z.string() })),
  /** The checks whose results stand unaccepted (CheckKind), for the list's 「なぜ」 and its `check` filter. */
  checkKinds: z.array(z.string()),
  updatedAt: z.number(),
});
