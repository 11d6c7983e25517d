import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import type { Person } from '../../../../domain/order/order-data';
import type { LabelRow } from '../../../../application/labels/label-row';

export const recipient: Person = {
  name: '髙橋 ①郎',
  kana: 'ﾀｶﾊｼ ｲﾁﾛｳ',
  postalCode: '１５０－０００１',
  prefecture: '東京都',
  city: '渋谷区',
  street: '神宮前１－２－３',
  building: '㈱髙﨑ビル ～３Ｆ',
  phone: '03-1234-5678',
  email: 'ichiro@example.jp',
};

export const sender: Person = {
  name: '㈱ねこ商店',
  kana: 'ﾈｺｼｮｳﾃﾝ',
  postalCode: '5300001',
  prefecture: '大阪府',
  city: '大阪市北区',
  street: '梅田１－１－１',
  building: '',
  phone: '06-0000-1111',
  email: 'shop@example.jp',
};

export const labelRow = (changes: Partial<LabelRow> = {}): LabelRow => ({
  key: 'L000123',
  carrier: 'yamato',
  slipType: '発払い',
  shipDate: '2026-12-07',
  delivery: { date: '2026-12-09', timeSlot: '14:00-16:00' },
  recipient,
  sender,
  itemName: '猫用おやつ詰合せ',
  parcels: 1,
  codAmount: null,
  slipNote: 'ワレモノ',
  orderNumber: '123456-20261206-0000000001',
  accountCodes: { customerCode: '0312345678', classCode: '', freightCode: '01', shipperCode: '12345678901' },
  ...changes,
});

/** The file as the carrier's software reads it: CP932 bytes → records. */
export function readCp932(bytes: Buffer): { text: string; records: string[][] } {
  const text = iconv.decode(bytes, 'cp932');
  return { text, records: parse(text, { relax_column_count: true }) as string[][] };
}

/** Every line ends with CRLF and no bare LF occurs. */
export const hasOnlyCrlf = (text: string): boolean => text.endsWith('\r\n') && !/[^\r]\n/.test(text);

/** The cell of the column named `name` in `record`, by the layout's column order. */
export const cellOf = (names: readonly string[], record: readonly string[], name: string): string | undefined =>
  record[names.indexOf(name)];
