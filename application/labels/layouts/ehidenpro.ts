import { compactDate, phone, postalCode, type LabelColumn, type LabelLayout, blank } from '../label-layout';
import { codAmount, slipCode, timeCode } from './codes';
import { SAGAWA_COLLECTING, SAGAWA_PAYER, SAGAWA_TIME_SLOTS } from './sagawa-codes';

const blanks = (names: readonly string[]): LabelColumn[] => names.map(blank);
const grid = (prefix: string): string[] =>
  [1, 2].flatMap((line) => [1, 2, 3, 4, 5, 6].map((cell) => `${prefix}${line}_${cell}`));

/**
 * 佐川 e飛伝Pro 出荷データ. Columns 1–14 are the numbered table of the Pro import layout; 15–59 follow the order of Pro's
 * own 発行済データ (so one 取込パターン reads both); 60–62 are ours, for what the 発行済データ keeps further on. Header
 * line: Pro's 取込パターン maps by it. Dates YYYYMMDD.
 */
export const ehidenpro: LabelLayout = {
  name: 'ehidenpro',
  title: '佐川 e飛伝Pro 出荷データ',
  carrier: 'sagawa',
  header: true,
  encoding: 'cp932',
  recipientAddress: [32, 32, 32],
  senderAddress: [32, 32, 32],
  columns: [
    { name: 'ご依頼主コード', value: (r) => r.accountCodes.customerCode ?? '', limit: 12 },
    blank('部署ご担当者コード'),
    blank('部署ご担当者名'),
    { name: '依頼者電話番号', value: (r) => phone(r.sender.phone), limit: 14 },
    blank('お届け先コード'),
    { name: 'お届け先郵便番号', value: (r) => postalCode(r.recipient.postalCode), limit: 8, required: true },
    { name: 'お届け先名1', value: (r) => r.recipient.name, limit: 32, required: true },
    blank('お届け先名2'),
    { name: 'お届け先住所1', value: (_, l) => l.recipient[0] ?? '', limit: 32, required: true },
    { name: 'お届け先住所2', value: (_, l) => l.recipient[1] ?? '', limit: 32 },
    { name: 'お届け先住所3', value: (_, l) => l.recipient[2] ?? '', limit: 32 },
    { name: 'お届け先電話', value: (r) => phone(r.recipient.phone), limit: 14, required: true },
    blank('ご不在連絡先'),
    blank('メールアドレス'),
    blank('代行ご依頼主コード'),
    { name: '代行ご依頼主郵便番号', value: (r) => postalCode(r.sender.postalCode), limit: 8 },
    { name: '代行ご依頼主名１', value: (r) => r.sender.name, limit: 32 },
    blank('代行ご依頼主名２'),
    { name: '代行ご依頼主住所１', value: (_, l) => l.sender[0] ?? '', limit: 32 },
    { name: '代行ご依頼主住所２', value: (_, l) => l.sender[1] ?? '', limit: 32 },
    { name: '代行ご依頼主住所３', value: (_, l) => l.sender[2] ?? '', limit: 32 },
    { name: '代行ご依頼主電話', value: (r) => phone(r.sender.phone), limit: 14 },
    { name: '送り状記事欄1_1', value: (r) => r.itemName, limit: 32 },
    { name: '送り状記事欄1_2', value: (r) => r.slipNote, limit: 32 },
    ...blanks(grid('送り状記事欄').slice(2)),
    ...blanks(grid('荷札記事欄')),
    { name: '出荷日', value: (r) => compactDate(r.shipDate) },
    blank('発行日'),
    { name: '配達指定日', value: (r) => compactDate(r.delivery.date) },
    { name: '個数', value: (r) => String(r.parcels) },
    blank('保険金額'),
    blank('決済種別'),
    { name: '代引金額', value: codAmount(SAGAWA_COLLECTING) },
    blank('消費税'),
    blank('代引税込金額'),
    blank('消費税区分'),
    blank('問い合せ№'),
    blank('旧問い合せ№'),
    { name: '顧客管理番号', value: (r) => r.key, limit: 20 },
    blank('クール指定区分'),
    { name: '時間帯コード', value: timeCode(SAGAWA_TIME_SLOTS) },
    { name: '元着区分', value: slipCode(SAGAWA_PAYER), required: true },
  ],
};
