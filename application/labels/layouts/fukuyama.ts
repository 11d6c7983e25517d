import { phone, postalCode, refuse, slashDate, type Cell, type LabelLayout } from '../label-layout';
import type { LabelRow } from '../label-row';
import { timeSlotOf } from '../time-slot';
import { codAmount } from './codes';

/** 元着区分 as our own layout writes it: 1 元払, 2 着払; 代金引換 is 元払 with 代引金額. */
export const FUKUYAMA_SLIP_TYPES: Readonly<Record<string, string>> = {
  発払い: '1',
  発払: '1',
  元払い: '1',
  着払い: '2',
  着払: '2',
  コレクト: '1',
  代金引換: '1',
  代引: '1',
};

const COLLECTING = new Set(['コレクト', '代金引換', '代引']);

const payer = (row: LabelRow): Cell =>
  FUKUYAMA_SLIP_TYPES[row.slipType] ?? refuse(`この運送会社にない送り状種類です: ${row.slipType}`);

/** The wish as plain words (午前中, 14-16時): no 福山 code table was found, and words print as they are. */
function timeWords(row: LabelRow): Cell {
  const slot = timeSlotOf(row.delivery.timeSlot);
  if (slot === null) return '';
  if (slot === 'unknown') return refuse(`配達時間帯が読めません: ${row.delivery.timeSlot ?? ''}`);
  return slot === 'am' ? '午前中' : `${slot}時`;
}

/**
 * 福山通運: no published import layout was found, so this is the product's own, with a header line so that 福山's
 * software (or the shop's 取込設定) maps it by name. Widths follow the other carriers' 20 full-width names.
 */
export const fukuyama: LabelLayout = {
  name: 'fukuyama',
  title: '福山通運',
  carrier: 'fukuyama',
  header: true,
  encoding: 'cp932',
  recipientAddress: [40, 40],
  senderAddress: [40, 40],
  columns: [
    { name: '荷送人コード', value: (r) => r.accountCodes.shipperCode ?? '' },
    { name: 'お客様管理番号', value: (r) => r.key, limit: 20 },
    { name: '出荷日', value: (r) => slashDate(r.shipDate), required: true },
    { name: '届先電話番号', value: (r) => phone(r.recipient.phone), required: true },
    { name: '届先郵便番号', value: (r) => postalCode(r.recipient.postalCode), required: true },
    { name: '届先住所1', value: (_, l) => l.recipient[0] ?? '', limit: 40, required: true },
    { name: '届先住所2', value: (_, l) => l.recipient[1] ?? '', limit: 40 },
    { name: '届先名', value: (r) => r.recipient.name, limit: 40, required: true },
    { name: '個数', value: (r) => String(r.parcels) },
    { name: '品名', value: (r) => r.itemName, limit: 40 },
    { name: '記事', value: (r) => r.slipNote, limit: 40 },
    { name: '配達指定日', value: (r) => slashDate(r.delivery.date) },
    { name: '配達時間', value: timeWords },
    { name: '元着区分', value: payer },
    { name: '代引金額', value: codAmount(COLLECTING) },
    { name: '荷送人名', value: (r) => r.sender.name, limit: 40 },
    { name: '荷送人住所1', value: (_, l) => l.sender[0] ?? '', limit: 40 },
    { name: '荷送人住所2', value: (_, l) => l.sender[1] ?? '', limit: 40 },
    { name: '荷送人電話番号', value: (r) => phone(r.sender.phone) },
    { name: '荷送人郵便番号', value: (r) => postalCode(r.sender.postalCode) },
    { name: '受注番号', value: (r) => r.orderNumber },
  ],
};
