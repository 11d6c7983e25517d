import type { ColumnMapping } from '../column-mapping';
import { personFields } from './person-columns';
import { CART_PAYMENT_METHODS } from './cart-payment-methods';

const person = (prefix: '' | 'お届け先') => ({
  name: { columns: [`${prefix}氏名(姓)`, `${prefix}氏名(名)`], join: ' ' },
  kana: { columns: [`${prefix}フリガナ(姓)`, `${prefix}フリガナ(名)`], join: ' ' },
  postalCode: `${prefix}郵便番号`,
  prefecture: `${prefix}都道府県区分`,
  city: `${prefix}住所1`,
  street: `${prefix}住所2`,
  building: `${prefix}住所3`,
});

/**
 * futureshop 受注データ (Shift_JIS), with the columns a shop selects in 「受注データ取得項目設定」, found by name. The
 * names are those of the set an OMS needs as NextEngine's manual lists it (受注コード … 割引合計金額(送料)); the few it
 * leaves out (フリガナ, メールアドレス(メイン), お届け先電話番号) follow the same pattern and are not confirmed. The list
 * has no status and no gift flag; 都道府県区分 is taken to hold the prefecture's name. A row is one item of one お届け先:
 * destinations are told apart by recipient.
 */
export const FUTURESHOP: ColumnMapping = {
  delimiter: ',',
  quoted: true,
  header: true,
  fields: {
    orderNumber: '受注コード',
    orderedAt: '注文日時',
    ...personFields('orderer', { ...person(''), phone: '電話番号(メイン)', email: 'メールアドレス(メイン)' }),
    'amounts.goods': '商品合計金額',
    'amounts.shipping': { sum: ['送料', 'クール便手数料'] },
    'amounts.codFee': '決済手数料',
    'amounts.wrapping': '包装手数料',
    'amounts.pointsUsed': 'ポイント利用額',
    'amounts.coupons': { sum: ['割引合計金額(商品)', '割引合計金額(送料)'] },
    'amounts.billed': '請求合計金額',
    payment: '決済方法',
    buyerRemarks: '通信欄',
    ...personFields('recipient', { ...person('お届け先'), phone: 'お届け先電話番号' }),
    'delivery.desiredDate': 'お届け希望日',
    'delivery.timeSlot': 'お届け希望時間',
    'line.sku': { columns: ['商品番号', '枝番号'], join: '-' },
    'line.name': '商品名',
    'line.options': { columns: ['バリエーション名', '項目選択肢'], join: ' ' },
    'line.unitPrice': { sum: ['販売単価', 'オプション価格'] },
    'line.quantity': '購入数量',
  },
  dateFormats: [],
  paymentMethods: CART_PAYMENT_METHODS,
  cancelledStatuses: [],
  trueValues: [],
};
