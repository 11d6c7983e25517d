import type { ColumnMapping } from '../column-mapping';
import { personFields } from './person-columns';

const person = (prefix: '' | '配送先_') => ({
  name: { columns: [`${prefix}お名前(姓)`, `${prefix}お名前(名)`], join: ' ' },
  kana: { columns: [`${prefix}お名前(セイ)`, `${prefix}お名前(メイ)`], join: ' ' },
  postalCode: `${prefix}郵便番号`,
  prefecture: `${prefix}都道府県(名称)`,
  city: `${prefix}住所1`,
  street: `${prefix}住所2`,
  phone: `${prefix}TEL`,
});

/**
 * EC-CUBE 4 default 受注CSV (dtb_csv csv_type_id=3; Shift_JIS as EC-CUBE exports by default), by header name. A row is
 * one 受注明細 of one 出荷 (出荷ID tells destinations apart); the rows of 明細区分 送料, 手数料, 割引, 税 and ポイント are not
 * items and are skipped, their amounts being stated on the order. 価格 is before tax: tax is added per unit, rounded
 * half up as EC-CUBE's default 税率ルール does. The header has 送料 twice (the order's, then the 出荷's): the first is
 * read. 手数料 and the points used are not in the default CSV, so an order with them shows a billed mismatch.
 */
export const ECCUBE: ColumnMapping = {
  delimiter: ',',
  quoted: true,
  header: true,
  fields: {
    orderNumber: '注文番号',
    orderedAt: '受注日',
    status: '対応状況(名称)',
    ...personFields('orderer', { ...person(''), email: 'メールアドレス' }),
    'amounts.goods': '小計',
    'amounts.shipping': '送料',
    'amounts.coupons': '値引き',
    'amounts.billed': '支払合計',
    payment: '支払方法(名称)',
    destinationKey: '出荷ID',
    ...personFields('recipient', person('配送先_')),
    'delivery.desiredDate': 'お届け希望日',
    'delivery.timeSlot': 'お届け時間(名称)',
    'line.kind': '明細区分(ID)',
    'line.sku': '商品コード',
    'line.name': '商品名',
    'line.options': { columns: ['規格分類名1', '規格分類名2'], join: ' ' },
    'line.unitPrice': '価格',
    'line.quantity': '個数',
    'line.taxRate': '税率',
  },
  dateFormats: [],
  paymentMethods: {
    郵便振替: 'bank_transfer',
    銀行振込: 'bank_transfer',
    代金引換: 'cash_on_delivery',
    クレジット: 'credit_card',
    現金書留: 'cash',
  },
  cancelledStatuses: ['キャンセル', '注文取消し'],
  trueValues: [],
  itemKinds: ['1'],
  pricesBeforeTax: 'round',
};
