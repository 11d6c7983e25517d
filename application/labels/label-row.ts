import type { Carrier } from '../../domain/shared/carrier';
import type { MallOrderData, Person, ShippingMethod, ShopOrderData } from '../../domain/order/order-data';

/**
 * The carrier account fields a layout may write. Yamato: customerCode 請求先顧客コード, classCode 請求先分類コード,
 * freightCode 運賃管理番号; Sagawa: customerCode お客様コード; Japan Post: customerCode お客様番号; Seino and 福山:
 * shipperCode 荷送人コード.
 */
export type AccountField = 'customerCode' | 'classCode' | 'freightCode' | 'shipperCode';
export type AccountCodes = Readonly<Partial<Record<AccountField, string>>>;

/** One label: what every layout, built-in or custom, is written from. */
export interface LabelRow {
  /** お客様管理番号: ours, unique per label, echoed back by the carrier so that tracking numbers find their parcel. */
  readonly key: string;
  readonly carrier: Carrier;
  /** The carrier's own kind as text: 発払い, コレクト, ネコポス, 宅急便コンパクト, ゆうパケット, クリックポスト, … */
  readonly slipType: string;
  /** YYYY-MM-DD */
  readonly shipDate: string;
  /** As the order holds it: date YYYY-MM-DD; time slot 午前中, 14:00-16:00, 14-16, 19-21, … */
  readonly delivery: { readonly date: string | null; readonly timeSlot: string | null };
  readonly recipient: Person;
  readonly sender: Person;
  /** 品名 */
  readonly itemName: string;
  /** 個口: the carrier's software prints this many labels for the row. */
  readonly parcels: number;
  /** The amount to collect on コレクト (代金引換), null otherwise. */
  readonly codAmount: number | null;
  /** 記事欄 */
  readonly slipNote: string;
  readonly orderNumber: string;
  readonly accountCodes: AccountCodes;
}

export interface LabelOrder {
  readonly orderNumber: string;
  readonly mall: MallOrderData;
  readonly shop: ShopOrderData;
}

export interface LabelSettings {
  /** The shop's details, printed as ご依頼主. */
  readonly sender: Person;
  /** The shop default, used when the order has no planned shipping of its own. */
  readonly defaultShipping: ShippingMethod;
  /** YYYY-MM-DD, used when the order has no planned ship date. */
  readonly today: string;
  /** A fixed 品名 per shop; without it, the first line's print name (or its name). */
  readonly fixedItemName?: string;
  readonly printName?: (sku: string, name: string) => string;
  readonly parcels?: number;
  readonly accountCodes: AccountCodes;
  /**
   * The slip type of a COD order's other destinations: the amount is collected once, on the first parcel, so the
   * others go as the shop's plain slip type (発払い). Without it they keep the COD slip type, and the layout refuses them.
   */
  readonly plainSlipType?: string;
  /** お客様管理番号 for the order's n-th destination (0-based): the caller owns the numbering. */
  readonly keyFor: (destinationIndex: number) => string;
}

export const COD_SLIP_TYPES: ReadonlySet<string> = new Set([
  'コレクト',
  '代金引換',
  '代引',
  '宅急便コンパクトコレクト',
  'e-コレクト',
]);

/**
 * One row per destination (a gift order with three 送付先 gives three labels). 個口 stays on the row: each carrier's
 * software prints N labels from one row (B2 発行枚数, e飛伝 出荷個数, KM2 個数, ゆうプリR 複数個口数), so a destination
 * keeps one key and one tracking number. The amount to collect goes on the first destination only.
 */
export function labelRowsFor(order: LabelOrder, settings: LabelSettings): LabelRow[] {
  const shipping = order.shop.shipping ?? settings.defaultShipping;
  const collects = COD_SLIP_TYPES.has(shipping.slipType);
  return order.mall.destinations.map((destination, index) => {
    const first = destination.lines[0];
    const itemName =
      settings.fixedItemName ?? (first ? (settings.printName?.(first.sku, first.name) ?? first.name) : '');
    return {
      key: settings.keyFor(index),
      carrier: shipping.carrier,
      slipType: collects && index > 0 && settings.plainSlipType ? settings.plainSlipType : shipping.slipType,
      shipDate: order.shop.plannedShipDate ?? settings.today,
      delivery: { date: destination.delivery.desiredDate, timeSlot: destination.delivery.timeSlot },
      recipient: destination.recipient,
      sender: settings.sender,
      itemName,
      parcels: settings.parcels ?? 1,
      codAmount: collects && index === 0 ? order.mall.amounts.billed : null,
      slipNote: order.shop.slipNote,
      orderNumber: order.orderNumber,
      accountCodes: settings.accountCodes,
    };
  });
}
