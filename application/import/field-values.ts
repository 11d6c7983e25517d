import { DateTime } from 'luxon';
import type { PaymentMethod } from '../../domain/shared/payment-method';
import type { Person, TaxRate } from '../../domain/order/order-data';
import type { ColumnMapping } from './column-mapping';
import { paymentMethodOf } from './payment-wording';

export type Parsed<A> =
  { readonly ok: true; readonly value: A } | { readonly ok: false; readonly ja: string; readonly en: string };
const ok = <A>(value: A): Parsed<A> => ({ ok: true, value });
const bad = (ja: string, en: string): Parsed<never> => ({ ok: false, ja, en });

/** NFKC folds full-width digits and signs (１，２８０円) to ASCII. */
const fold = (text: string) => text.normalize('NFKC').trim();

/** Rakuten writes -9999 for an amount that was never set. */
const UNSET_AMOUNT = '-9999';

export const parseYen = (text: string): Parsed<number> => {
  const folded = fold(text).replace(/[¥,\s円]/g, '');
  if (folded === '' || folded === UNSET_AMOUNT) return ok(0);
  const value = Number(folded);
  return Number.isSafeInteger(value) && value >= 0
    ? ok(value)
    : bad(`金額「${text}」は0以上の整数(円)ではありません`, `amount "${text}" is not whole yen`);
};

/**
 * A discount (points, coupons) is an amount off, however the file signs it: Amazon's promotion columns are written
 * as negative numbers in some reports and positive in others.
 */
export const parseDiscount = (text: string): Parsed<number> => parseYen(fold(text).replace(/^[-−－]/, ''));

export const parseCount = (text: string): Parsed<number> => {
  const value = Number(fold(text).replace(/,/g, ''));
  return Number.isSafeInteger(value) && value >= 1
    ? ok(value)
    : bad(`数量「${text}」は1以上の整数ではありません`, `quantity "${text}" is not a whole number of 1 or more`);
};

export const parseTaxRate = (text: string): Parsed<TaxRate | undefined> => {
  const folded = fold(text).replace(/[%％]/g, '');
  if (folded === '') return ok(undefined);
  if (['10', '0.1', '0.10'].includes(folded)) return ok(10);
  if (['8', '0.08', '軽減', '軽減税率'].includes(folded)) return ok(8);
  return bad(`税率「${text}」は10%か8%ではありません`, `tax rate "${text}" is neither 10 % nor 8 %`);
};

const ZONE = 'Asia/Tokyo';

/** A moment read from a file: its Tokyo (or stated) calendar date, and the instant with its offset. */
interface WallTime {
  readonly date: string;
  readonly instant: string;
}

const fromLuxon = (parsed: DateTime): WallTime => ({
  date: parsed.toISODate()!,
  instant: parsed.toISO({ suppressMilliseconds: true })!,
});

const NUMERIC = /^(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?(?:\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$/;
const two = (n: number) => String(n).padStart(2, '0');

/**
 * The layouts every mall's file uses (2026-11-30 09:15:00, 2026/11/30 9:15, 20261130091500, 2026年11月30日 9:15, each
 * also without the time), read without luxon: trying format after format with it on every row cost a tenth of an
 * import's time. Japan has kept +09:00 all year since 1951, so a Tokyo wall time needs no zone rules. An impossible
 * date (2月30日) reads as nothing.
 */
const numericWallTime = (text: string): WallTime | undefined => {
  const match = NUMERIC.exec(text) ?? COMPACT.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part)));
  const utc = new Date(Date.UTC(year!, month! - 1, day!));
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month! - 1 || utc.getUTCDate() !== day) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const date = `${year}-${two(month!)}-${two(day!)}`;
  return { date, instant: `${date}T${two(hour)}:${two(minute)}:${two(second)}+09:00` };
};

const parseDateTime = (text: string, formats: readonly string[]): WallTime | undefined => {
  const folded = fold(text);
  if (/^\d{4}-\d{2}-\d{2}T/.test(folded)) {
    const iso = DateTime.fromISO(folded, { zone: ZONE, setZone: true });
    if (iso.isValid) return fromLuxon(iso);
  }
  // A mapping's own formats come first: 'yyyy/dd/MM' must not be read as the usual year/month/day.
  for (const format of formats) {
    const parsed = DateTime.fromFormat(folded, format, { zone: ZONE });
    if (parsed.isValid) return fromLuxon(parsed);
  }
  return numericWallTime(folded);
};

/** An order time as an instant with its offset; a file's times are Tokyo times unless they say otherwise. */
export const parseInstant = (text: string, formats: readonly string[]): Parsed<string> => {
  const parsed = parseDateTime(text, formats);
  return parsed ? ok(parsed.instant) : bad(`日時「${text}」を読み取れません`, `cannot read the date-time "${text}"`);
};

const NO_DATE = ['', 'なし', '指定なし', '希望なし', '-'];

/** お届け希望日: a business date, or null when the buyer chose none. */
export const parseDate = (text: string, formats: readonly string[]): Parsed<string | null> => {
  if (NO_DATE.includes(fold(text))) return ok(null);
  const parsed = parseDateTime(text, formats);
  return parsed ? ok(parsed.date) : bad(`日付「${text}」を読み取れません`, `cannot read the date "${text}"`);
};

export const parsePayment = (text: string, mapping: ColumnMapping): { method: PaymentMethod; label: string } => ({
  method: paymentMethodOf(text, mapping.paymentMethods),
  label: text.trim(),
});

export const parseFlag = (text: string, mapping: ColumnMapping): boolean => {
  const folded = fold(text);
  return mapping.trueValues.includes(folded) || (folded !== '' && mapping.trueValues.includes('*'));
};

const PREFECTURE = /^(東京都|北海道|京都府|大阪府|神奈川県|和歌山県|鹿児島県|\p{Script=Han}{2}県)\s*/u;

/**
 * Some files give the address in one column (Qoo10's 住所) or put the prefecture in front of the city: the prefecture
 * is split off when the file has no column of its own for it, since labels and remote-area checks need it.
 */
export const withPrefecture = (person: Person): Person => {
  if (person.prefecture !== '') return person;
  const field = person.city !== '' ? 'city' : 'street';
  const match = PREFECTURE.exec(person[field]);
  return match ? { ...person, prefecture: match[1]!, [field]: person[field].slice(match[0].length) } : person;
};

export const isCancelledStatus = (text: string, mapping: ColumnMapping): boolean =>
  mapping.cancelledStatuses.includes(text.trim());
