import iconv from 'iconv-lite';
import { amazonCarrier } from '../../domain/shipping/carrier-codes';
import type { ShippingResultRow, ShippingResultWriter } from './shipping-result-file';

// Flat.File.ShippingConfirm's three header lines, as Seller Central's template has them (file-formats.md §2.3).
const HEADER = [
  ['TemplateType=OrderFulfillment', 'Version=2011.1102', 'この行はAmazonが使用しますので変更や削除しないでください。'],
  [
    '注文番号',
    '注文商品番号',
    '出荷数',
    '出荷日',
    '配送業者コード',
    '配送業者名',
    'お問い合わせ伝票番号',
    '配送方法',
    '代金引換',
  ],
  [
    'order-id',
    'order-item-id',
    'quantity',
    'ship-date',
    'carrier-code',
    'carrier-name',
    'tracking-number',
    'ship-method',
    'cod-collection-method',
  ],
];

// Tab-separated and unquoted: a tab or line break inside a value would split the record, so it becomes a space.
const cell = (text: string) => text.replace(/[\t\r\n]+/g, ' ');

function records(row: ShippingResultRow): string[][] {
  const carrier = amazonCarrier(row.carrier);
  const line = (item: string, quantity: string, n: string) => [
    row.orderNumber,
    item,
    quantity,
    row.shippedAt,
    carrier.code,
    carrier.name,
    n,
    '',
    '',
  ];
  const [first = '', ...more] = row.trackingNumbers;
  // Blank order-item-id and quantity confirm the whole order. With items, each is confirmed with its quantity and the
  // first parcel's number (we do not know which item went in which parcel); further parcels follow as whole-order lines.
  const items = row.orderItems ?? [];
  const confirmed =
    items.length === 0 ? [line('', '', first)] : items.map((item) => line(item.id, String(item.quantity), first));
  return [...confirmed, ...more.map((n) => line('', '', n))];
}

/** Amazon 出荷通知ファイル: TSV in CP932, CRLF, the template's three header lines, ship-date YYYY-MM-DD. */
export const amazonShippingConfirm: ShippingResultWriter = {
  label: 'Amazon 出荷通知ファイル',
  write: (rows) => {
    const lines = [...HEADER, ...rows.flatMap(records)].map((fields) => fields.map(cell).join('\t'));
    return {
      fileName: 'Flat.File.ShippingConfirm.txt',
      contentType: 'text/tab-separated-values; charset=Shift_JIS',
      bytes: iconv.encode(lines.map((l) => `${l}\r\n`).join(''), 'cp932'),
    };
  },
};
