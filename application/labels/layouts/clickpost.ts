import { fixed, postalCode, type LabelLayout } from '../label-layout';

/** クリックポスト まとめ申込: 8 columns, header line, at most 40 rows a file; 郵便番号 as 7 digits. */
export const clickpost: LabelLayout = {
  name: 'clickpost',
  title: '日本郵便 クリックポスト まとめ申込',
  carrier: 'japanpost',
  header: true,
  encoding: 'cp932',
  recipientAddress: [40, 40, 40, 40],
  senderAddress: [],
  maxRowsPerFile: 40,
  checkRow: (row) => (row.codAmount === null ? null : 'クリックポストは代金引換を扱いません'),
  columns: [
    { name: 'お届け先郵便番号', value: (r) => postalCode(r.recipient.postalCode, false), required: true },
    { name: 'お届け先氏名', value: (r) => r.recipient.name, limit: 40, required: true },
    { name: 'お届け先敬称', value: fixed('様') },
    { name: 'お届け先住所1行目', value: (_, l) => l.recipient[0] ?? '', limit: 40, required: true },
    { name: 'お届け先住所2行目', value: (_, l) => l.recipient[1] ?? '', limit: 40 },
    { name: 'お届け先住所3行目', value: (_, l) => l.recipient[2] ?? '', limit: 40 },
    { name: 'お届け先住所4行目', value: (_, l) => l.recipient[3] ?? '', limit: 40 },
    { name: '内容品', value: (r) => r.itemName, limit: 30, required: true },
  ],
};
