import Encoding from 'encoding-japanese';
import type { Carrier } from '../../domain/shared/carrier';
import type { Person } from '../../domain/order/order-data';
import type { LabelRow } from './label-row';

/** A cell's text, or why the carrier's software would refuse the row (COD on a slip type without one, …). */
export type Cell = string | { readonly refused: string };

export const refuse = (reason: string): Cell => ({ refused: reason });

/** Each address split over a layout's address columns (street first, then building), see splitAddress. */
export interface AddressLines {
  readonly recipient: readonly string[];
  readonly sender: readonly string[];
}

export interface LabelColumn {
  /** The header cell, and the name problems use. */
  readonly name: string;
  readonly value: (row: LabelRow, lines: AddressLines) => Cell;
  /** Width in half-width units (full-width = 2); a wider cell is a problem, never cut. */
  readonly limit?: number;
  /** The carrier's software refuses a row with this cell empty. */
  readonly required?: boolean;
}

export interface LabelLayout {
  readonly name: string;
  readonly title: string;
  readonly carrier: Carrier | null;
  readonly header: boolean;
  readonly encoding: 'cp932' | 'utf8';
  /** Widths of the address columns in order: the address fills the first and continues into the next. */
  readonly recipientAddress: readonly number[];
  readonly senderAddress: readonly number[];
  readonly columns: readonly LabelColumn[];
  /** Rows the carrier takes per file (クリックポスト: 40); the export splits files, this module does not. */
  readonly maxRowsPerFile?: number;
  /** What the carrier refuses about the row as a whole (COD where the layout has no column for it, …). */
  readonly checkRow?: (row: LabelRow) => string | null;
}

export type LabelProblemReason = 'too-wide' | 'not-encodable' | 'required' | 'refused';

export interface LabelProblem {
  readonly key: string;
  readonly field: string;
  readonly reason: LabelProblemReason;
  readonly text: string;
  readonly width?: number;
  readonly limit?: number;
  /** The characters CP932 has not (not-encodable), or the carrier's reason (refused). */
  readonly detail?: string;
}

export const addressOf = (person: Person): string => `${person.prefecture}${person.city}${person.street}`;

export const emptyCell = (): Cell => '';

/** A column the layout has and we leave empty (the carrier's software fills it, or it is not ours to say). */
export const blank = (name: string): LabelColumn => ({ name, value: emptyCell });
export const fixed = (text: string) => (): Cell => text;

/** Full-width digits and hyphens to half-width, spaces out: how carriers take numbers. */
export const digitsOf = (text: string): string =>
  text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[－ー―‐−]/g, '-')
    .replace(/\s/g, '');

/** 123-4567 (or 1234567 with `hyphen` false); a code without 7 digits is refused, as every carrier does. */
export function postalCode(text: string, hyphen = true): Cell {
  const digits = digitsOf(text).replace(/-/g, '');
  if (!/^\d{7}$/.test(digits)) return text === '' ? '' : refuse(`郵便番号が7桁ではありません: ${text}`);
  return hyphen ? `${digits.slice(0, 3)}-${digits.slice(3)}` : digits;
}

export const phone = (text: string): Cell => digitsOf(text);

/** YYYY-MM-DD → YYYY/MM/DD or YYYYMMDD. */
/**
 * A ｶﾅ column takes half-width katakana: the malls send full-width katakana or hiragana (ワタナベ, わたなべ), which the
 * carrier's software refuses there.
 */
export const halfWidthKana = (text: string): string =>
  Encoding.toHankanaCase(Encoding.toKatakanaCase(Encoding.toHankakuCase(text))).replace(/\u3000/g, ' ');

export const slashDate = (date: string | null): Cell => (date ? date.replace(/-/g, '/') : '');
export const compactDate = (date: string | null): Cell => (date ? date.replace(/-/g, '') : '');

export const amount = (value: number | null): Cell => (value === null ? '' : String(Math.round(value)));
