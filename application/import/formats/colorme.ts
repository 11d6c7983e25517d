import type { ColumnMapping } from '../column-mapping';
import { CART_PAYMENT_METHODS } from './cart-payment-methods';

/**
 * カラーミーショップ 受注CSV (Shift_JIS, quoted, first header "売上ID"). Columns are read by position as the reference
 * gives them (a public reader of this file, 0-based there, 1-based `#n` here): 売上ID, 受注日, 購入者 (名前, 郵便番号,
 * 住所1, 住所2, メール, 電話), amounts, 決済方法, 配送先 (名前, 郵便番号, 住所1, 住所2, 電話, 配送希望日, 配送希望時間)
 * and the item (型番, 商品名, 販売価格(消費税込), 販売個数). The names of the other columns are not known, nor the
 * columns of a status, a gift or the 配送先ID: destinations are told apart by recipient, and a cancelled sale cannot be
 * seen in this file. 住所1 is taken as prefecture and city (the prefecture is split off), 住所2 as the rest.
 */
export const COLORME: ColumnMapping = {
  delimiter: ',',
  quoted: true,
  header: true,
  fields: {
    orderNumber: '#1',
    orderedAt: '#2',
    'orderer.name': '#5',
    'orderer.postalCode': '#6',
    'orderer.city': '#7',
    'orderer.street': '#8',
    'orderer.email': '#9',
    'orderer.phone': '#10',
    'amounts.goods': '#11',
    'amounts.shipping': '#13',
    'amounts.codFee': '#14',
    'amounts.total': '#22',
    payment: '#23',
    'recipient.name': '#35',
    'recipient.postalCode': '#37',
    'recipient.city': '#38',
    'recipient.street': '#39',
    'recipient.phone': '#40',
    'delivery.desiredDate': '#42',
    'delivery.timeSlot': '#43',
    'line.sku': '#56',
    'line.name': '#58',
    'line.unitPrice': '#59',
    'line.quantity': '#61',
  },
  dateFormats: [],
  paymentMethods: CART_PAYMENT_METHODS,
  cancelledStatuses: [],
  trueValues: [],
};
