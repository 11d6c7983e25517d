import type { ColumnMapping } from '../column-mapping';
import { CART_PAYMENT_METHODS } from './cart-payment-methods';

/**
 * カラーミーショップ 受注データCSV (sales_all.csv; Shift_JIS, quoted, one row per item of one 配送先), by header name.
 * The names are those public readers of this file use (the label_me gem, a Laravel importer): the buyer's columns are
 * 「購入者 …」, the destination's 「配送先 …」 and the item's 「購入商品 …」, with a half-width space. The buyer's
 * prefecture is 購入者 都道府県 but the destination's is 配送先 都道府県名; 住所 is the rest of the address. 総合計金額
 * is kept as the order's total; whether it is before or after 割引金額 and the points is not documented, so a
 * difference is flagged. 発送状態 キャンセル marks a cancelled sale.
 */
export const COLORME: ColumnMapping = {
  delimiter: ',',
  quoted: true,
  header: true,
  fields: {
    orderNumber: '売上ID',
    orderedAt: '受注日',
    status: '発送状態',
    'orderer.name': '購入者 名前',
    'orderer.postalCode': '購入者 郵便番号',
    'orderer.prefecture': '購入者 都道府県',
    'orderer.street': '購入者 住所',
    'orderer.email': '購入者 メールアドレス',
    'orderer.phone': '購入者 電話番号',
    'amounts.goods': '商品の合計金額(税込)',
    'amounts.shipping': '送料合計',
    'amounts.codFee': '決済手数料',
    'amounts.pointsUsed': { sum: ['ショップポイントによる割引金額', '外部ポイントによる割引金額'] },
    'amounts.coupons': '割引金額',
    'amounts.total': '総合計金額',
    payment: '決済方法',
    gift: { columns: ['配送先 熨斗（のし）', '配送先 メッセージカード種類'], join: ' ' },
    'gift.noshi': '配送先 熨斗（のし）',
    buyerRemarks: '備考',
    destinationKey: '配送先ID',
    'recipient.name': '配送先 名前',
    'recipient.kana': '配送先 フリガナ',
    'recipient.postalCode': '配送先 郵便番号',
    'recipient.prefecture': '配送先 都道府県名',
    'recipient.street': '配送先 住所',
    'recipient.phone': '配送先 電話番号',
    'delivery.desiredDate': '配送希望日',
    'delivery.timeSlot': '配送希望時間',
    'line.sku': '購入商品 型番',
    'line.name': '購入商品 商品名',
    'line.unitPrice': '購入商品 販売価格(消費税込)',
    'line.quantity': '購入商品 販売個数',
  },
  dateFormats: [],
  paymentMethods: CART_PAYMENT_METHODS,
  cancelledStatuses: ['キャンセル'],
  trueValues: ['*'],
};
