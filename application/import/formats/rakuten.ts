import type { ColumnMapping } from '../column-mapping';
import { personFields } from './person-columns';

const person = (prefix: '注文者' | '送付先') => ({
  name: { columns: [`${prefix}姓`, `${prefix}名`], join: ' ' },
  kana: { columns: [`${prefix}姓カナ`, `${prefix}名カナ`], join: ' ' },
  postalCode: { columns: [`${prefix}郵便番号1`, `${prefix}郵便番号2`], join: '-' },
  prefecture: `${prefix}住所都道府県`,
  city: `${prefix}住所郡市区`,
  street: `${prefix}住所それ以降の住所`,
  phone: { columns: [`${prefix}電話番号1`, `${prefix}電話番号2`, `${prefix}電話番号3`], join: '-' },
});

/**
 * 楽天 RMS 受注データダウンロード (the legacy ~106-column CSV, Shift_JIS, one row per item, grouped by 注文番号 and
 * 送付先ID). Columns are found by header name: downloads of other years add or drop a few (コメント, 税率, 決済手数料).
 */
export const RAKUTEN: ColumnMapping = {
  delimiter: ',',
  quoted: true,
  header: true,
  fields: {
    orderNumber: '注文番号',
    orderedAt: '注文日時',
    status: 'ステータス',
    ...personFields('orderer', { ...person('注文者'), email: '注文者メールアドレス' }),
    'amounts.goods': '商品合計金額',
    'amounts.shipping': '送料合計',
    'amounts.codFee': '代引料合計',
    'amounts.wrapping': { sum: ['ラッピング料金1', 'ラッピング料金2'] },
    'amounts.pointsUsed': 'ポイント利用額',
    'amounts.coupons': 'クーポン利用総額',
    'amounts.total': '合計金額',
    'amounts.billed': '請求金額',
    payment: '支払方法名',
    gift: 'ギフト配送希望',
    'gift.noshi': 'のし',
    'gift.wrapping': { columns: ['ラッピング名1', 'ラッピング名2'], join: '、' },
    buyerRemarks: 'コメント',
    // 1: 離島である (the order's own flag; 0 or empty: not flagged).
    remoteIsland: '離島フラグ',
    destinationKey: '送付先ID',
    ...personFields('recipient', person('送付先')),
    'delivery.desiredDate': 'お届け日指定',
    'delivery.timeSlot': 'お届け時間帯',
    'line.sku': '商品番号',
    'line.name': '商品名',
    'line.options': '項目・選択肢',
    'line.unitPrice': '単価',
    'line.quantity': '個数',
    'line.taxRate': '税率',
  },
  dateFormats: [],
  paymentMethods: {
    クレジットカード: 'credit_card',
    代金引換: 'cash_on_delivery',
    銀行振込: 'bank_transfer',
    後払い: 'deferred',
    コンビニ: 'convenience_store',
    楽天バンク: 'bank_transfer',
    'Apple Pay': 'credit_card',
    // 楽天ペイ collects these for the shop, as it does the card payments.
    PayPal: 'mall_payment',
    Alipay: 'mall_payment',
    ショッピングクレジット: 'credit_card',
    請求書払い: 'deferred',
    セブンイレブン: 'convenience_store',
    ローソン: 'convenience_store',
  },
  cancelledStatuses: ['キャンセル', 'キャンセル確定', 'キャンセル確定待ち'],
  trueValues: ['1', 'あり', '希望する'],
};
