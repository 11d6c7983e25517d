import type { ColumnMapping } from '../column-mapping';
import { AMAZON } from './amazon';

/**
 * Amazon Seller Central (JP) 未出荷の注文レポート (unshipped orders report), the file a merchant-fulfilled (FBM) shop
 * ships from: tab-separated like the order report, one row per order item, by header name. It has quantities, the
 * address, the delivery window and the COD amount (cod-collectible-amount, what the carrier collects) but no price, so
 * every line comes in at 0 yen and the order is marked as having amounts to confirm (`amountsToConfirm`) until the
 * order report of the same order brings the prices. The quantity is quantity-purchased, as in the order report, so
 * that its item-price divides by it. order-item-id has no place in an order yet and is not read.
 */
/** What only the order report has: prices, the all-orders variant's status, the recipient's phone. */
const ORDER_REPORT_ONLY = new Set([
  'status',
  'amounts.shipping',
  'amounts.wrapping',
  'amounts.coupons',
  'line.total',
  'recipient.phone',
]);

export const AMAZON_UNSHIPPED: ColumnMapping = {
  ...AMAZON,
  fields: {
    ...Object.fromEntries(Object.entries(AMAZON.fields).filter(([field]) => !ORDER_REPORT_ONLY.has(field))),
    'amounts.billed': 'cod-collectible-amount',
    'line.unitPrice': { constant: '0' },
  },
  summedFields: [],
  amountsToConfirm: true,
};
