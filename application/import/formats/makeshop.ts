import type { ColumnMapping } from '../column-mapping';

/**
 * MakeShop order download, built from the shop's own 注文出力用テンプレート (Shift_JIS, comma separated, first row the
 * header), so columns are found by name. 日付 (2026/11/30), 注文時間 (hhmmss), 注文番号 (P + 18 digits), 処理状況 (配送,
 * 未処理, 注文キャンセル, 返送), 注文者 and 注文者(振り仮名) are the names of MakeShop's item list; the other names follow
 * the same pattern but are not confirmed (the reference has no full list): a shop whose template differs saves its own
 * mapping. Addresses come in one column each; the prefecture is split off.
 */
export const MAKESHOP: ColumnMapping = {
  delimiter: ',',
  quoted: true,
  header: true,
  fields: {
    orderNumber: '注文番号',
    orderedAt: { columns: ['日付', '注文時間'], join: ' ' },
    status: '処理状況',
    'orderer.name': '注文者',
    'orderer.kana': '注文者(振り仮名)',
    'orderer.postalCode': '注文者郵便番号',
    'orderer.street': '注文者住所',
    'orderer.phone': '注文者電話番号',
    'orderer.email': '注文者メールアドレス',
    'amounts.goods': '商品合計金額',
    'amounts.shipping': '送料',
    'amounts.codFee': '決済手数料',
    'amounts.pointsUsed': '使用ポイント',
    'amounts.coupons': 'クーポン割引額',
    'amounts.billed': '請求金額',
    payment: '決済方法',
    gift: 'のし',
    'gift.noshi': 'のし',
    'gift.wrapping': 'ギフト包装',
    buyerRemarks: '備考',
    destinationKey: '配送先番号',
    'recipient.name': '配送先',
    'recipient.kana': '配送先(振り仮名)',
    'recipient.postalCode': '配送先郵便番号',
    'recipient.street': '配送先住所',
    'recipient.phone': '配送先電話番号',
    'delivery.desiredDate': '配送希望日',
    'delivery.timeSlot': '配送希望時間',
    'line.sku': '独自商品コード',
    'line.name': '商品名',
    'line.options': 'オプション',
    'line.unitPrice': '販売価格',
    'line.quantity': '数量',
  },
  dateFormats: ['yyyy/M/d HHmmss'],
  paymentMethods: {
    クレジット: 'credit_card',
    代金引換: 'cash_on_delivery',
    代引: 'cash_on_delivery',
    銀行振込: 'bank_transfer',
    コンビニ: 'convenience_store',
    後払い: 'deferred',
  },
  cancelledStatuses: ['注文キャンセル'],
  trueValues: ['*'],
};
