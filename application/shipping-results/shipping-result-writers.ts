import type { Mall } from '../../domain/order/order-data';
import { amazonShippingConfirm } from './amazon-shipping-confirm';
import {
  baseShippingResults,
  colormeShippingResults,
  eccubeShippingResults,
  futureshopShippingResults,
  makeshopShippingResults,
  qoo10ShippingResults,
  rakutenShippingResults,
  yahooShippingResults,
} from './cart-result-files';
import type { ShippingResultWriter } from './shipping-result-file';

/** The mall's shipping-result file, by mall; malls without one (phone, au PAY, …) are not here. */
export const SHIPPING_RESULT_WRITERS: Partial<Readonly<Record<Mall, ShippingResultWriter>>> = {
  amazon: amazonShippingConfirm,
  yahoo: yahooShippingResults,
  qoo10: qoo10ShippingResults,
  makeshop: makeshopShippingResults,
  colorme: colormeShippingResults,
  futureshop: futureshopShippingResults,
  eccube: eccubeShippingResults,
  base: baseShippingResults,
  rakuten: rakutenShippingResults,
};

export const shippingResultWriter = (mall: Mall): ShippingResultWriter | undefined => SHIPPING_RESULT_WRITERS[mall];
