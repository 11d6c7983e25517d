import type { ColumnMapping } from '../column-mapping';

/**
 * Amazon Seller Central (JP) order report (注文レポート): tab-separated .txt, not quoted (a `"` in a product name is just a
 * character), one row per order item, columns found by header name because they vary by report type and year. The
 * columns are those of the order report (新規注文 / flat file order report: item-price = unit price × quantity,
 * shipping-price, gift-wrap-price, item-/ship-promotion-discount, stated per item row), as public readers of it list
 * them; the unshipped-orders report (未出荷の注文レポート) has no price column and is read with AMAZON_UNSHIPPED. The
 * report has no buyer address, no 送付先 key (one destination per order) and a status only in the all-orders variant
 * (order-status).
 */
export const AMAZON: ColumnMapping = {
  delimiter: '\t',
  quoted: false,
  header: true,
  fields: {
    orderNumber: 'order-id',
    orderedAt: 'purchase-date',
    status: 'order-status',
    'orderer.name': 'buyer-name',
    'orderer.phone': 'buyer-phone-number',
    'orderer.email': 'buyer-email',
    'amounts.shipping': 'shipping-price',
    'amounts.wrapping': 'gift-wrap-price',
    'amounts.coupons': { sum: ['item-promotion-discount', 'ship-promotion-discount'] },
    'amounts.codFee': 'payment-method-fee',
    payment: 'payment-method',
    gift: { columns: ['gift-wrap-type', 'gift-message-text'], join: ' ' },
    'gift.wrapping': 'gift-wrap-type',
    // The gift message is for the card in the parcel; the remarks are where staff read what the buyer wrote.
    buyerRemarks: 'gift-message-text',
    'recipient.name': 'recipient-name',
    'recipient.postalCode': 'ship-postal-code',
    'recipient.prefecture': 'ship-state',
    'recipient.city': 'ship-city',
    'recipient.street': 'ship-address-1',
    'recipient.building': { columns: ['ship-address-2', 'ship-address-3'], join: ' ' },
    'recipient.phone': 'ship-phone-number',
    'delivery.desiredDate': 'scheduled-delivery-start-date',
    'line.sku': 'sku',
    'line.name': 'product-name',
    'line.total': 'item-price',
    'line.quantity': 'quantity-purchased',
  },
  dateFormats: [],
  paymentMethods: {
    COD: 'cash_on_delivery',
    CVS: 'convenience_store',
    ConvenienceStore: 'convenience_store',
    Other: 'mall_payment',
  },
  cancelledStatuses: ['Cancelled', 'キャンセル済み'],
  trueValues: ['*'],
  summedFields: ['amounts.shipping', 'amounts.wrapping', 'amounts.coupons'],
};
