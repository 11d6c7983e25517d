import type { ColumnMapping } from '../column-mapping';
import type { Field } from '../fields';

/**
 * Our own order format (標準フォーマット), for carts we have no built-in format for and for shops' own exports: one row
 * per item, columns found by these header names in any order, UTF-8 (with or without BOM) or Shift_JIS. The README's
 * column table and the downloadable template are made from this list, so they cannot drift apart.
 */
export const STANDARD_COLUMNS: ReadonlyArray<{
  readonly field: Field;
  readonly header: string;
  readonly required: boolean;
  readonly note: string;
}> = [
  { field: 'orderNumber', header: '注文番号', required: true, note: '同じ注文の行は続けて並べる' },
  {
    field: 'orderedAt',
    header: '注文日時',
    required: true,
    note: '2026/11/30 10:15 など。時差の記載がなければ日本時間',
  },
  { field: 'status', header: 'ステータス', required: false, note: '「キャンセル」でモール側キャンセル' },
  { field: 'orderer.name', header: '注文者氏名', required: true, note: '' },
  { field: 'orderer.kana', header: '注文者フリガナ', required: false, note: '全角・半角どちらでも' },
  { field: 'orderer.postalCode', header: '注文者郵便番号', required: false, note: '' },
  { field: 'orderer.prefecture', header: '注文者都道府県', required: false, note: '' },
  { field: 'orderer.city', header: '注文者市区町村', required: false, note: '' },
  { field: 'orderer.street', header: '注文者番地', required: false, note: '' },
  { field: 'orderer.building', header: '注文者建物名', required: false, note: '' },
  { field: 'orderer.phone', header: '注文者電話番号', required: false, note: 'ハイフンの有無は問わない' },
  { field: 'orderer.email', header: '注文者メールアドレス', required: false, note: '' },
  { field: 'amounts.goods', header: '商品合計', required: false, note: '空欄なら明細から計算' },
  { field: 'amounts.shipping', header: '送料', required: false, note: '' },
  { field: 'amounts.codFee', header: '代引手数料', required: false, note: '' },
  { field: 'amounts.wrapping', header: 'ラッピング料', required: false, note: '' },
  { field: 'amounts.pointsUsed', header: '利用ポイント', required: false, note: '' },
  { field: 'amounts.coupons', header: 'クーポン値引', required: false, note: '' },
  { field: 'amounts.total', header: '合計金額', required: false, note: '空欄なら計算' },
  { field: 'amounts.billed', header: '請求金額', required: false, note: '空欄なら計算' },
  {
    field: 'payment',
    header: '支払方法',
    required: false,
    note: 'クレジットカード・銀行振込・代金引換・コンビニ・後払い など',
  },
  { field: 'gift', header: 'ギフト', required: false, note: '1 または あり でギフト' },
  { field: 'gift.noshi', header: 'のし', required: false, note: '' },
  { field: 'gift.wrapping', header: 'ラッピング', required: false, note: '' },
  { field: 'buyerRemarks', header: '備考', required: false, note: '改行を含むときは " で囲む' },
  {
    field: 'destinationKey',
    header: '送付先番号',
    required: false,
    note: '複数送付先の区別。空欄なら送付先氏名・住所で区別',
  },
  { field: 'recipient.name', header: '送付先氏名', required: false, note: '空欄なら注文者へ送る' },
  { field: 'recipient.kana', header: '送付先フリガナ', required: false, note: '' },
  { field: 'recipient.postalCode', header: '送付先郵便番号', required: false, note: '' },
  { field: 'recipient.prefecture', header: '送付先都道府県', required: false, note: '' },
  { field: 'recipient.city', header: '送付先市区町村', required: false, note: '' },
  { field: 'recipient.street', header: '送付先番地', required: false, note: '' },
  { field: 'recipient.building', header: '送付先建物名', required: false, note: '' },
  { field: 'recipient.phone', header: '送付先電話番号', required: false, note: '' },
  {
    field: 'delivery.desiredDate',
    header: 'お届け希望日',
    required: false,
    note: '2026/12/05 など。空欄・なし は指定なし',
  },
  { field: 'delivery.timeSlot', header: 'お届け時間帯', required: false, note: '' },
  { field: 'line.sku', header: '商品コード', required: false, note: '' },
  { field: 'line.name', header: '商品名', required: true, note: '' },
  { field: 'line.options', header: '項目選択肢', required: false, note: '' },
  { field: 'line.unitPrice', header: '単価', required: true, note: '税込・円' },
  { field: 'line.quantity', header: '数量', required: true, note: '' },
  { field: 'line.taxRate', header: '税率', required: false, note: '10 または 8。空欄は10' },
];

export const STANDARD: ColumnMapping = {
  delimiter: ',',
  quoted: true,
  header: true,
  fields: Object.fromEntries(STANDARD_COLUMNS.map((c) => [c.field, c.header])),
  dateFormats: [],
  paymentMethods: {
    クレジットカード: 'credit_card',
    カード: 'credit_card',
    銀行振込: 'bank_transfer',
    代金引換: 'cash_on_delivery',
    代引: 'cash_on_delivery',
    コンビニ: 'convenience_store',
    後払い: 'deferred',
    現金: 'cash',
  },
  cancelledStatuses: ['キャンセル'],
  trueValues: ['1', 'あり', 'はい', 'true', 'TRUE', '○'],
};

/** The template a shop downloads: the header line, UTF-8 with a BOM so that Excel opens it as UTF-8. */
export const standardTemplate = (): string => `\uFEFF${STANDARD_COLUMNS.map((c) => c.header).join(',')}\r\n`;
