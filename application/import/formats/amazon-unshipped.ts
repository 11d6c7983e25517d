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
export const AMAZON_UNSHIPPED: ColumnMapping = {
  ...AMAZON,
  fields: {
    orderNumber: 'order-id',
    orderedAt: 'purchase-date',
    'orderer.name': 'buyer-name',
    'orderer.phone': 'buyer-phone-number',
    'orderer.email': 'buyer-email',
    'amounts.codFee': 'payment-method-fee',
    'amounts.billed': 'cod-collectible-amount',
    payment: 'payment-method',
    gift: { columns: ['gift-wrap-type', 'gift-message-text'], join: ' ' },
    'gift.wrapping': 'gift-wrap-type',
    buyerRemarks: 'gift-message-text',
    'recipient.name': 'recipient-name',
    'recipient.postalCode': 'ship-postal-code',
    'recipient.prefecture': 'ship-state',
    'recipient.city': 'ship-city',
    'recipient.street': 'ship-address-1',
    'recipient.building': { columns: ['ship-address-2', 'ship-address-3'], join: ' ' },
    'delivery.desiredDate': 'scheduled-delivery-start-date',
    'line.sku': 'sku',
    'line.name': 'product-name',
    'line.unitPrice': { constant: '0' },
    'line.quantity': 'quantity-purchased',
  },
  summedFields: [],
  amountsToConfirm: true,
};
