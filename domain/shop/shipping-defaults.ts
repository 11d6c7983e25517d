import { addBusinessDays, type IsClosedDay } from '../shared/business-days';
import { tokyoBusinessDate } from '../shared/dates';
import type { MallOrderData, ShippingMethod, ShopOrderData } from '../order/order-data';

/** A shop's defaults for new orders (see ShopShippingDefaultsSet). */
export interface ShippingDefaults {
  readonly shipping: ShippingMethod | null;
  readonly codSlipType: string | null;
  readonly leadDays: number | null;
}

export const NO_SHIPPING_DEFAULTS: ShippingDefaults = { shipping: null, codSlipType: null, leadDays: null };

/** Up to a month and a half: a longer lead time is a typing mistake, not a shop's promise. */
export const MAX_LEAD_DAYS = 45;

/** 代金引換 needs the carrier's collect-on-delivery slip (ヤマトのコレクト), or the carrier collects nothing. */
const shippingFor = (defaults: ShippingDefaults, mallData: Pick<MallOrderData, 'payment'>): ShippingMethod | null =>
  defaults.shipping &&
  (mallData.payment.method === 'cash_on_delivery' && defaults.codSlipType
    ? { carrier: defaults.shipping.carrier, slipType: defaults.codSlipType }
    : defaults.shipping);

/**
 * The shop data a new order starts with: what the importer or the staff member gave, with the shop's defaults where
 * they gave nothing (a planned ship date typed in by staff stays). The planned ship date counts from the order's day in
 * Asia/Tokyo; `isClosed` says which weekdays are closed (public holidays and the shop's own).
 */
export const withShippingDefaults = (
  shopData: ShopOrderData,
  mallData: Pick<MallOrderData, 'orderedAt' | 'payment'>,
  defaults: ShippingDefaults,
  isClosed: IsClosedDay,
): ShopOrderData => {
  const shipping = shopData.shipping ?? shippingFor(defaults, mallData);
  const orderedAt = new Date(mallData.orderedAt);
  const plannedShipDate =
    shopData.plannedShipDate ??
    (defaults.leadDays === null || Number.isNaN(orderedAt.getTime())
      ? null
      : (addBusinessDays(tokyoBusinessDate(orderedAt), defaults.leadDays, isClosed) ?? null));
  return shipping === shopData.shipping && plannedShipDate === shopData.plannedShipDate
    ? shopData
    : { ...shopData, shipping, plannedShipDate };
};
