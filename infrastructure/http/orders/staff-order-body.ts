import * as t from 'io-ts';
import { amountsFromLines } from '../../../domain/order/amounts';
import { StaffChannel } from '../../../domain/order/events';
import {
  type Destination,
  type MallOrderData,
  Person,
  type ShopOrderData,
  ShippingMethod,
  TaxRate,
} from '../../../domain/order/order-data';
import { isBusinessDate, isInstant } from '../../../domain/shared/dates';
import { PAYMENT_METHOD_LABELS, PaymentMethod } from '../../../domain/shared/payment-method';

const Text = (max: number) => t.refinement(t.string, (s) => s.length <= max, `text of at most ${max} characters`);
const Required = (max: number) =>
  t.refinement(t.string, (s) => s.trim() !== '' && s.length <= max, `non-empty text of at most ${max} characters`);
const Yen = t.refinement(t.Int, (n) => n >= 0 && n <= 100_000_000, 'whole yen, 0 or more');
const Quantity = t.refinement(t.Int, (n) => n >= 1 && n <= 100_000, 'quantity 1 or more');
const Day = t.refinement(t.string, isBusinessDate, 'date like 2026-12-01');
const Instant = t.refinement(t.string, isInstant, 'date-time with offset');
const Between = <C extends t.Mixed>(codec: C, min: number, max: number) =>
  t.refinement(t.array(codec), (items) => items.length >= min && items.length <= max, `${min}–${max} items`);

const Line = t.intersection([
  t.type({ sku: Text(100), name: Required(255), unitPrice: Yen, quantity: Quantity, taxRate: TaxRate }),
  t.partial({ options: Text(500) }),
]);
const Delivery = t.partial({ desiredDate: t.union([Day, t.null]), timeSlot: t.union([Text(50), t.null]) });
const StaffDestination = t.intersection([
  t.type({ lines: Between(Line, 1, 200) }),
  t.partial({ recipient: Person, delivery: Delivery }),
]);
const Charges = t.partial({ shipping: Yen, codFee: Yen, wrapping: Yen, pointsUsed: Yen, coupons: Yen });

/**
 * `POST /api/orders`: an order taken by phone, fax or at the counter. Staff type lines and charges; the amounts and tax
 * per rate are worked out here, so they always add up. A destination without a recipient goes to the orderer.
 */
export const StaffOrderBody = t.intersection([
  t.type({
    shopId: t.string,
    channel: StaffChannel,
    orderer: t.intersection([Person, t.type({ name: Required(100) })]),
    destinations: Between(StaffDestination, 1, 20),
    payment: t.intersection([t.type({ method: PaymentMethod }), t.partial({ label: Text(100) })]),
  }),
  t.partial({
    orderedAt: Instant,
    charges: Charges,
    gift: t.type({ isGift: t.boolean, noshi: Text(100), wrapping: Text(100) }),
    buyerRemarks: Text(2000),
    shopMemo: Text(2000),
    slipNote: Text(500),
    individualMessage: Text(2000),
    tags: Between(Text(50), 0, 50),
    shipping: t.union([ShippingMethod, t.null]),
    plannedShipDate: t.union([Day, t.null]),
    routeId: t.string,
  }),
]);
export type StaffOrderBody = t.TypeOf<typeof StaffOrderBody>;

export function staffOrderData(body: StaffOrderBody, now: Date): { mallData: MallOrderData; shopData: ShopOrderData } {
  const destinations: Destination[] = body.destinations.map((d) => ({
    recipient: d.recipient ?? body.orderer,
    // Field by field, so that nothing the client added beside them reaches the event.
    lines: d.lines.map(({ sku, name, options, unitPrice, quantity, taxRate }) => ({
      sku,
      name,
      options: options ?? '',
      unitPrice,
      quantity,
      taxRate,
    })),
    delivery: { desiredDate: d.delivery?.desiredDate ?? null, timeSlot: d.delivery?.timeSlot ?? null },
  }));
  const charges = { shipping: 0, codFee: 0, wrapping: 0, pointsUsed: 0, coupons: 0, ...body.charges };
  return {
    mallData: {
      orderedAt: body.orderedAt ?? now.toISOString(),
      orderer: body.orderer,
      destinations,
      amounts: amountsFromLines(destinations, charges),
      payment: { method: body.payment.method, label: body.payment.label ?? PAYMENT_METHOD_LABELS[body.payment.method] },
      gift: body.gift ?? { isGift: false, noshi: '', wrapping: '' },
      buyerRemarks: body.buyerRemarks ?? '',
    },
    shopData: {
      shopMemo: body.shopMemo ?? '',
      slipNote: body.slipNote ?? '',
      individualMessage: body.individualMessage ?? '',
      tags: body.tags ?? [],
      shipping: body.shipping ?? null,
      plannedShipDate: body.plannedShipDate ?? null,
    },
  };
}
