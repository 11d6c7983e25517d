import * as t from 'io-ts';
import { Carrier } from '../shared/carrier';
import { PaymentMethod } from '../shared/payment-method';

/** Where an order came from. 'phone', 'fax' and 'store' are orders staff enter themselves. */
export const Mall = t.keyof({
  rakuten: null,
  yahoo: null,
  amazon: null,
  qoo10: null,
  aupay: null,
  ponparemall: null,
  makeshop: null,
  colorme: null,
  futureshop: null,
  base: null,
  eccube: null,
  shopserve: null,
  phone: null,
  fax: null,
  store: null,
  other: null,
});
export type Mall = t.TypeOf<typeof Mall>;

/** Addresses stay as the buyer wrote them (kana, ①, ㈱, 髙 included); checks and label formats normalise on their own. */
export const Person = t.strict({
  name: t.string,
  kana: t.string,
  postalCode: t.string,
  prefecture: t.string,
  city: t.string,
  street: t.string,
  building: t.string,
  phone: t.string,
  email: t.string,
});
export type Person = t.TypeOf<typeof Person>;

export const TaxRate = t.union([t.literal(10), t.literal(8)]);
export type TaxRate = t.TypeOf<typeof TaxRate>;

export const OrderLine = t.strict({
  sku: t.string,
  name: t.string,
  options: t.string,
  unitPrice: t.number,
  quantity: t.number,
  taxRate: TaxRate,
});
export type OrderLine = t.TypeOf<typeof OrderLine>;

export const DeliveryRequest = t.strict({
  desiredDate: t.union([t.string, t.null]),
  timeSlot: t.union([t.string, t.null]),
});
export type DeliveryRequest = t.TypeOf<typeof DeliveryRequest>;

/** 送付先: each destination becomes its own parcel, so it carries its own lines and delivery request. */
export const Destination = t.strict({ recipient: Person, lines: t.array(OrderLine), delivery: DeliveryRequest });
export type Destination = t.TypeOf<typeof Destination>;

/** Tax as the mall stated it, per rate, because invoices and receipts must show it that way. */
export const TaxByRate = t.strict({ rate: TaxRate, taxable: t.number, tax: t.number });
export type TaxByRate = t.TypeOf<typeof TaxByRate>;

/**
 * Integer yen, tax included. total = goods + shipping + codFee + wrapping; billed = total − pointsUsed − coupons
 * (what the buyer pays; what payment reconciliation expects).
 */
export const Amounts = t.strict({
  goods: t.number,
  shipping: t.number,
  codFee: t.number,
  wrapping: t.number,
  pointsUsed: t.number,
  coupons: t.number,
  total: t.number,
  billed: t.number,
  taxByRate: t.array(TaxByRate),
});
export type Amounts = t.TypeOf<typeof Amounts>;

export const Payment = t.strict({ method: PaymentMethod, label: t.string });
export type Payment = t.TypeOf<typeof Payment>;

export const Gift = t.strict({ isGift: t.boolean, noshi: t.string, wrapping: t.string });
export type Gift = t.TypeOf<typeof Gift>;

/** What the mall owns: a re-import may change any of it. */
export const MallOrderData = t.exact(
  t.intersection([
    t.type({
      orderedAt: t.string,
      orderer: Person,
      destinations: t.array(Destination),
      amounts: Amounts,
      payment: Payment,
      gift: Gift,
      buyerRemarks: t.string,
    }),
    t.partial({
      /**
       * The mall's own 離島 flag (楽天's 離島フラグ / isolatedIslandFlag): present, and true, only when the mall flags
       * the order, so an order without it reads as it did before the flag was kept.
       */
      remoteIsland: t.boolean,
    }),
  ]),
);
export type MallOrderData = t.TypeOf<typeof MallOrderData>;

/** slipType is the carrier's own kind (発払い, コレクト, ネコポス, …), so it stays text. */
export const ShippingMethod = t.strict({ carrier: Carrier, slipType: t.string });
export type ShippingMethod = t.TypeOf<typeof ShippingMethod>;

/**
 * What the shop owns: set by staff or import rules, never overwritten by a re-import.
 */
export const ShopOrderData = t.strict({
  shopMemo: t.string,
  slipNote: t.string,
  individualMessage: t.string,
  tags: t.array(t.string),
  shipping: t.union([ShippingMethod, t.null]),
  plannedShipDate: t.union([t.string, t.null]),
});
export type ShopOrderData = t.TypeOf<typeof ShopOrderData>;
