import { compactDate, emptyCell, fixed, phone, postalCode, refuse, type Cell, type LabelColumn, type LabelLayout } from '../label-layout';
import type { LabelRow } from '../label-row';
import { codAmount, timeCode } from './codes';

/** Slip type → [郵便種別 (0 ゆうパック, 9 ゆうパケット), 元／着払／代引 (0 元払, 1 着払, 2 代引)]. */
export const YUPRIR_SLIP_TYPES: Readonly<Record<string, readonly [string, string]>> = {
  発払い: ['0', '0'],
  発払: ['0', '0'],
  元払い: ['0', '0'],
  ゆうパック: ['0', '0'],
  着払い: ['0', '1'],
  着払: ['0', '1'],
  コレクト: ['0', '2'],
  代金引換: ['0', '2'],
  代引: ['0', '2'],
  ゆうパケット: ['9', '0'],
};

/** 配達時間帯区分: 00 指定なし, 51 午前中, 52 12-14, 53 14-16, 54 16-18, 55 18-20, 57 19-21 (20-21 ended in 2024). */
export const YUPRIR_TIME_SLOTS = { am: '51', '12-14': '52', '14-16': '53', '16-18': '54', '18-20': '55', '19-21': '57' } as const;

const COLLECTING = new Set(['コレクト', '代金引換', '代引']);

const kind =
  (part: 0 | 1) =>
  (row: LabelRow): Cell =>
    YUPRIR_SLIP_TYPES[row.slipType]?.[part] ?? refuse(`この運送会社にない送り状種類です: ${row.slipType}`);

/** The 117 names of the 標準 positional layout, in order; cells not written are blank. */
const NAMES = [
  'お客様側管理番号', '発送予定日', '発送予定時間区分', '出荷期限日', '到着期限日', '郵便種別', '保冷種別', '元／着払／代引',
  '書留／セキュリティ／特定記録種別', '配達時間帯指定郵便種別', '送り状種別', 'お届け先 コード', 'お届け先 郵便番号',
  'お届け先 住所１', 'お届け先 住所２', 'お届け先 住所３', 'お届け先 名称１', 'お届け先 名称２', 'お届け先 敬称区分',
  'お届け先 電話番号', 'お届け先 メールアドレス１', 'お届け先 局留め区分', 'お届け先 局留め郵便局名',
  'お届け先 局留めメール使用区分', 'お届け先 局留め郵便番号', 'お届け先 配達予告メール使用区分',
  'お届け先 再配達予告メール使用区分', 'ご依頼主 コード', 'ご依頼主 集荷先と同一区分', 'ご依頼主 郵便番号', 'ご依頼主 住所１',
  'ご依頼主 住所２', 'ご依頼主 住所３', 'ご依頼主 名称１', 'ご依頼主 名称２', 'ご依頼主 敬称', 'ご依頼主 電話番号',
  'ご依頼主 メールアドレス１', 'ご依頼主 荷送人指図区分', 'ご依頼主 お届け通知メール使用区分',
  'ご依頼主 お届け通知はがき使用区分', '集荷先 コード', '集荷先 連携可否区分', '集荷先 会社コード', '集荷先 依頼先店所コード',
  '集荷先 郵便番号', '集荷先 住所１', '集荷先 住所２', '集荷先 住所３', '集荷先 名称１', '集荷先 名称２', '集荷先 敬称',
  '集荷先 電話番号', '受注番号', 'こわれもの区分', 'なまもの区分', 'ビン類区分', '逆さま厳禁区分', '下積み厳禁区分',
  '商品サイズ区分', '重量合計（ｇ）', '25kg超重量物区分', '損害要償額', '速達・配達日指定種別', '配達指定日／希望日',
  '配達時間帯区分', '差出方法区分', 'ゆうパック複数個割引', 'ゆうパック同一割引', 'セット商品コード', 'セット品名ラベル印字区分',
  '複数個口数', '記事名１', '記事名２', 'フリー項目０１', 'フリー項目０２', 'フリー項目０３', 'フリー項目０４', 'フリー項目０５',
  'フリー項目０６', 'フリー項目０７', 'フリー項目０８', 'フリー項目０９', 'フリー項目１０', '空港利用区分', '空港・局／支店名',
  '航空会社名', '利用便名', 'レジャー区分', 'プレー・搭乗日', 'プレー・搭乗時間', 'クラブ本数', '復路集貨日', '出荷先登録名',
  '集荷希望区分', '集荷日付', '集荷時間帯区分', '支店連携先選択用名称', '代引金額', '代引消費税金額', '送り状発行年月日', '商品番号',
  '品名', '個数', '重量（ｇ）', '単価', '金額', '商品備考０１', '商品備考０２', '商品備考０３', '商品備考０４', '商品備考０５',
  '商品備考０６', '商品備考０７', '商品備考０８', '商品備考０９', '商品備考１０',
] as const;

type Name = (typeof NAMES)[number];

const WRITTEN: Partial<Record<Name, Omit<LabelColumn, 'name'>>> = {
  お客様側管理番号: { value: (r) => r.key, limit: 15, required: true },
  発送予定日: { value: (r) => compactDate(r.shipDate), required: true },
  郵便種別: { value: kind(0) },
  保冷種別: { value: fixed('0') },
  '元／着払／代引': { value: kind(1) },
  'お届け先 郵便番号': { value: (r) => postalCode(r.recipient.postalCode), limit: 8, required: true },
  'お届け先 住所１': { value: (_, l) => l.recipient[0] ?? '', limit: 50, required: true },
  'お届け先 住所２': { value: (_, l) => l.recipient[1] ?? '', limit: 50 },
  'お届け先 住所３': { value: (_, l) => l.recipient[2] ?? '', limit: 50 },
  'お届け先 名称１': { value: (r) => r.recipient.name, required: true },
  'お届け先 敬称区分': { value: fixed('0') },
  'お届け先 電話番号': { value: (r) => phone(r.recipient.phone), required: true },
  'ご依頼主 郵便番号': { value: (r) => postalCode(r.sender.postalCode), limit: 8 },
  'ご依頼主 住所１': { value: (_, l) => l.sender[0] ?? '', limit: 50 },
  'ご依頼主 住所２': { value: (_, l) => l.sender[1] ?? '', limit: 50 },
  'ご依頼主 住所３': { value: (_, l) => l.sender[2] ?? '', limit: 50 },
  'ご依頼主 名称１': { value: (r) => r.sender.name },
  'ご依頼主 電話番号': { value: (r) => phone(r.sender.phone) },
  受注番号: { value: (r) => r.orderNumber },
  '配達指定日／希望日': { value: (r) => compactDate(r.delivery.date) },
  配達時間帯区分: { value: timeCode(YUPRIR_TIME_SLOTS, '00') },
  複数個口数: { value: (r) => (r.parcels > 1 ? String(r.parcels) : '') },
  記事名１: { value: (r) => r.slipNote },
  代引金額: { value: codAmount(COLLECTING) },
  品名: { value: (r) => r.itemName },
};

/** 日本郵便 ゆうプリR 標準 layout: positional, no header line, YYYYMMDD; the shop's ゆうプリR filter reads it. */
export const yuprir: LabelLayout = {
  name: 'yuprir',
  title: '日本郵便 ゆうプリR',
  carrier: 'japanpost',
  header: false,
  encoding: 'cp932',
  recipientAddress: [50, 50, 50],
  senderAddress: [50, 50, 50],
  columns: NAMES.map((name) => ({ name, value: emptyCell, ...WRITTEN[name] })),
};
