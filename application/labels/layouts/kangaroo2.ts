import { compactDate, phone, postalCode, refuse, type Cell, type LabelLayout, blank } from '../label-layout';
import type { LabelRow } from '../label-row';
import { timeSlotOf, type TimeSlot } from '../time-slot';
import { codAmount } from './codes';

/** Slip type → [元着区分 (1 元払, 2 着払), 原票区分 (0 一般, 1 宅配, 3 ミニ, 8 通販便, 9 ビジネス便)]. */
export const SEINO_SLIP_TYPES: Readonly<Record<string, readonly [string, string]>> = {
  発払い: ['1', '0'],
  発払: ['1', '0'],
  元払い: ['1', '0'],
  着払い: ['2', '0'],
  着払: ['2', '0'],
  コレクト: ['1', '0'],
  代金引換: ['1', '0'],
  代引: ['1', '0'],
  カンガルー宅配便: ['1', '1'],
  カンガルーミニ便: ['1', '3'],
  カンガルー通販便: ['1', '8'],
  カンガルービジネス便: ['1', '9'],
};

/** KM2 has no time-slot code we could verify: the wish is written as 輸送指示 text, which prints on the label. */
export const SEINO_TIME_SLOTS: Readonly<Record<TimeSlot, string>> = {
  am: '午前中指定',
  '12-14': '12-14時指定',
  '14-16': '14-16時指定',
  '16-18': '16-18時指定',
  '18-20': '18-20時指定',
  '18-21': '18-21時指定',
  '19-21': '19-21時指定',
  '20-21': '20-21時指定',
};

const COLLECTING = new Set(['コレクト', '代金引換', '代引']);

const kind =
  (part: 0 | 1) =>
  (row: LabelRow): Cell =>
    SEINO_SLIP_TYPES[row.slipType]?.[part] ?? refuse(`この運送会社にない送り状種類です: ${row.slipType}`);

function timeInstruction(row: LabelRow): Cell {
  const slot = timeSlotOf(row.delivery.timeSlot);
  if (slot === null) return '';
  return slot === 'unknown' ? refuse(`配達時間帯が読めません: ${row.delivery.timeSlot ?? ''}`) : SEINO_TIME_SLOTS[slot];
}

/** 西濃 カンガルーマジック2 出荷情報外部取込: 44 positional columns, no header line, YYYYMMDD, names 20 full-width. */
export const kangaroo2: LabelLayout = {
  name: 'kangaroo2',
  title: '西濃 カンガルーマジック2',
  carrier: 'seino',
  header: false,
  encoding: 'cp932',
  recipientAddress: [40, 40],
  senderAddress: [40, 40],
  maxRowsPerFile: 1000,
  columns: [
    { name: '荷送人コード', value: (r) => r.accountCodes.shipperCode ?? '', limit: 11, required: true },
    blank('西濃発店コード'),
    { name: '出荷予定日', value: (r) => compactDate(r.shipDate), required: true },
    blank('お問合せ番号'),
    { name: '管理番号', value: (r) => r.key, limit: 20 },
    { name: '元着区分', value: kind(0) },
    { name: '原票区分', value: kind(1) },
    { name: '個数', value: (r) => String(r.parcels), required: true },
    blank('重量区分'),
    blank('重量(K)'),
    blank('重量(才)'),
    { name: '荷送人名称', value: (r) => r.sender.name, limit: 40 },
    { name: '荷送人住所1', value: (_, l) => l.sender[0] ?? '', limit: 40 },
    { name: '荷送人住所2', value: (_, l) => l.sender[1] ?? '', limit: 40 },
    { name: '荷送人電話番号', value: (r) => phone(r.sender.phone) },
    blank('部署コード'),
    blank('部署名'),
    blank('重量契約区分'),
    { name: 'お届け先郵便番号', value: (r) => postalCode(r.recipient.postalCode) },
    { name: 'お届け先名称1', value: (r) => r.recipient.name, limit: 40, required: true },
    blank('お届け先名称2'),
    { name: 'お届け先住所1', value: (_, l) => l.recipient[0] ?? '', limit: 40, required: true },
    { name: 'お届け先住所2', value: (_, l) => l.recipient[1] ?? '', limit: 40 },
    { name: 'お届け先電話番号', value: (r) => phone(r.recipient.phone) },
    blank('お届け先コード'),
    blank('お届け先JIS市町村コード'),
    blank('着店コード付け区分'),
    blank('着地コード'),
    blank('着店コード'),
    blank('保険金額'),
    { name: '輸送指示1', value: timeInstruction },
    blank('輸送指示2'),
    { name: '記事1', value: (r) => r.itemName, limit: 30 },
    { name: '記事2', value: (r) => r.slipNote, limit: 30 },
    { name: '記事3', value: (r) => r.orderNumber, limit: 30 },
    blank('記事4'),
    blank('記事5'),
    { name: '輸送指示配達指定日', value: (r) => compactDate(r.delivery.date) },
    blank('輸送指示コード1'),
    blank('輸送指示コード2'),
    blank('輸送指示とめ店所'),
    blank('予備'),
    { name: '品代金', value: codAmount(COLLECTING) },
    blank('消費税'),
  ],
};
