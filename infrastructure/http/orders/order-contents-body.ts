// What an order holds as a client types it (lines, people, destinations, charges): one set of codecs for an order staff
// enter (staff-order-body.ts) and for an edit of an order's contents (受注編集, order-command-bodies.ts).
import * as t from 'io-ts';
import type { ContentsEdit } from '../../../domain/order/edit-contents';
import { type OrderLine, TaxRate } from '../../../domain/order/order-data';
import { boundedInt, boundedText as Text, CalendarDate as Day } from '../input-codecs';
import { requiredText as Required } from '../required-text';

export const Yen = boundedInt(0, 100_000_000);
const Quantity = boundedInt(1, 100_000);
/** Each part of a name and address, with room for the longest Japanese addresses. */
export const Person = t.strict({
  name: Text(100),
  kana: Text(100),
  postalCode: Text(20),
  prefecture: Text(20),
  city: Text(100),
  street: Text(200),
  building: Text(200),
  phone: Text(30),
  email: Text(254),
});
export const Between = <C extends t.Mixed>(codec: C, min: number, max: number) =>
  t.refinement(t.array(codec), (items) => items.length >= min && items.length <= max, `${min}–${max} items`);

export const Line = t.intersection([
  t.type({ sku: Text(100), name: Required(255), unitPrice: Yen, quantity: Quantity, taxRate: TaxRate }),
  t.partial({ options: Text(500) }),
]);
export type LineBody = t.TypeOf<typeof Line>;
export const Delivery = t.partial({ desiredDate: t.union([Day, t.null]), timeSlot: t.union([Text(50), t.null]) });
/** The read models keep amounts as int4: goods up to this much, plus charges of at most 1億 each, stay well inside. */
export const GOODS_TOTAL_MAX = 1_000_000_000;
export const goodsTotal = (
  destinations: ReadonlyArray<{ readonly lines: ReadonlyArray<{ unitPrice: number; quantity: number }> }>,
) => destinations.reduce((sum, d) => sum + d.lines.reduce((s, l) => s + l.unitPrice * l.quantity, 0), 0);
export const Charges = t.partial({ shipping: Yen, codFee: Yen, wrapping: Yen, pointsUsed: Yen, coupons: Yen });

/** Field by field, so that nothing the client added beside them reaches the event. */
export const orderLineOf = ({ sku, name, options, unitPrice, quantity, taxRate }: LineBody): OrderLine => ({
  sku,
  name,
  options: options ?? '',
  unitPrice,
  quantity,
  taxRate,
});

/**
 * 受注編集's body: the whole new list of destinations (each with its recipient, lines and delivery request) and/or all
 * five charges. A destination or line list may be empty here: the order's own rules refuse it with their reason.
 */
const EditedDestination = t.type({ recipient: Person, lines: Between(Line, 0, 200), delivery: Delivery });
export const EditContentsBody = t.partial({
  destinations: t.refinement(
    Between(EditedDestination, 0, 20),
    (destinations) => goodsTotal(destinations) <= GOODS_TOTAL_MAX,
    `at most 20 destinations whose goods come to at most ${GOODS_TOTAL_MAX} yen`,
  ),
  amounts: t.type({ shipping: Yen, codFee: Yen, wrapping: Yen, pointsUsed: Yen, coupons: Yen }),
});
export type EditContentsBody = t.TypeOf<typeof EditContentsBody>;

export const contentsEditOf = (body: EditContentsBody): ContentsEdit => ({
  ...(body.destinations && {
    destinations: body.destinations.map((d) => ({
      recipient: d.recipient,
      lines: d.lines.map(orderLineOf),
      delivery: { desiredDate: d.delivery.desiredDate ?? null, timeSlot: d.delivery.timeSlot ?? null },
    })),
  }),
  ...(body.amounts && { amounts: body.amounts }),
});
