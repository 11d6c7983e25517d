import type { ColumnMapping } from '../column-mapping';

/**
 * BASE order CSV (quoted, one row per item, by header name; UTF-8 as public readers open it, though one tool's notes
 * saw Shift_JIS: the reader detects either). An item's options come as rows of their own whose 商品名 is
 * 商品オプション「X」 (with the choice in バリエーション): they are folded into the item above. 合計金額 is taken as what
 * the buyer pays (billed); 調整金額 and 特典 are not read, so an order that has them is flagged.
 */
export const BASE: ColumnMapping = {
  delimiter: ',',
  quoted: true,
  header: true,
  fields: {
    orderNumber: '注文ID',
    orderedAt: '注文日時',
    status: '発送状況',
    'orderer.name': { columns: ['氏(請求先)', '名(請求先)'], join: ' ' },
    'orderer.postalCode': '郵便番号(請求先)',
    'orderer.prefecture': '都道府県(請求先)',
    'orderer.street': '住所(請求先)',
    'orderer.building': '住所2(請求先)',
    'orderer.phone': '電話番号(請求先)',
    'orderer.email': 'メールアドレス(請求先)',
    'amounts.shipping': '送料',
    'amounts.codFee': '代引き手数料',
    'amounts.billed': '合計金額',
    payment: '支払い方法',
    buyerRemarks: '備考',
    'recipient.name': { columns: ['氏(配送先)', '名(配送先)'], join: ' ' },
    'recipient.postalCode': '郵便番号(配送先)',
    'recipient.prefecture': '都道府県(配送先)',
    'recipient.street': '住所(配送先)',
    'recipient.building': '住所2(配送先)',
    'recipient.phone': '電話番号(配送先)',
    'delivery.desiredDate': '配送日',
    'delivery.timeSlot': '配送時間帯',
    'line.sku': { columns: ['商品ID', '種類ID'], join: '-' },
    'line.name': '商品名',
    'line.options': 'バリエーション',
    'line.unitPrice': '価格',
    'line.quantity': '数量',
    'line.taxRate': '税率',
  },
  dateFormats: [],
  paymentMethods: {
    クレジット: 'credit_card',
    コンビニ: 'convenience_store',
    銀行振込: 'bank_transfer',
    代金引換: 'cash_on_delivery',
    後払い: 'deferred',
    キャリア決済: 'mall_payment',
    PayPal: 'mall_payment',
    'Amazon Pay': 'mall_payment',
  },
  cancelledStatuses: ['キャンセル'],
  trueValues: [],
  optionRows: '^商品オプション「(.+)」$',
};
