import * as t from 'io-ts';
import { amountsFromLines } from '../../../domain/order/amounts';
import { StaffChannel } from '../../../domain/order/events';
import type { Destination, MallOrderData, ShopOrderData } from '../../../domain/order/order-data';
import { INDIVIDUAL_MESSAGE_MAX, SHOP_MEMO_MAX, SLIP_NOTE_MAX } from '../../../domain/order/shop-edits';
import { Carrier } from '../../../domain/shared/carrier';
import { PAYMENT_METHOD_LABELS, PaymentMethod } from '../../../domain/shared/payment-method';
import { boundedText as Text, CalendarDate as Day, DateTime as Instant, IdText } from '../input-codecs';
import { requiredText as Required } from '../required-text';
import { SLIP_TYPE_MAX, TAG_MAX } from './order-command-bodies';
import {
  Between,
  Charges,
  Delivery,
  GOODS_TOTAL_MAX,
  goodsTotal,
  Line,
  orderLineOf,
  Person,
} from './order-contents-body';

/** 備考欄 as the malls allow it. */
const BUYER_REMARKS_MAX = 2000;

const StaffDestination = t.intersection([
  t.type({ lines: Between(Line, 1, 200) }),
  t.partial({ recipient: Person, delivery: Delivery }),
]);
/**
 * `POST /api/orders`: an order taken by phone, fax or at the counter. Staff type lines and charges; the amounts and tax
 * per rate are worked out here, so they always add up. A destination without a recipient goes to the orderer.
 */
export const StaffOrderBody = t.intersection([
  t.type({
    shopId: IdText,
    channel: StaffChannel,
    orderer: t.intersection([Person, t.type({ name: Required(100) })]),
    destinations: t.refinement(
      Between(StaffDestination, 1, 20),
      (destinations) => goodsTotal(destinations) <= GOODS_TOTAL_MAX,
      `1–20 destinations whose goods come to at most ${GOODS_TOTAL_MAX} yen`,
    ),
    payment: t.intersection([t.type({ method: PaymentMethod }), t.partial({ label: Text(100) })]),
  }),
  t.partial({
    orderedAt: Instant,
    charges: Charges,
    gift: t.type({ isGift: t.boolean, noshi: Text(100), wrapping: Text(100) }),
    buyerRemarks: Text(BUYER_REMARKS_MAX),
    shopMemo: Text(SHOP_MEMO_MAX),
    slipNote: Text(SLIP_NOTE_MAX),
    individualMessage: Text(INDIVIDUAL_MESSAGE_MAX),
    tags: Between(Text(TAG_MAX), 0, 50),
    shipping: t.union([t.strict({ carrier: Carrier, slipType: Text(SLIP_TYPE_MAX) }), t.null]),
    plannedShipDate: t.union([Day, t.null]),
    routeId: IdText,
  }),
]);
export type StaffOrderBody = t.TypeOf<typeof StaffOrderBody>;

export function staffOrderData(body: StaffOrderBody, now: Date): { mallData: MallOrderData; shopData: ShopOrderData } {
  const destinations: Destination[] = body.destinations.map((d) => ({
    recipient: d.recipient ?? body.orderer,
    // Field by field, so that nothing the client added beside them reaches the event.
    lines: d.lines.map(orderLineOf),
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
