import type { Field } from './fields';
import type { ImportProblem } from './import-problem';

const PERSON_LIMITS = {
  name: 100,
  kana: 100,
  postalCode: 20,
  prefecture: 20,
  city: 100,
  street: 200,
  building: 200,
  phone: 30,
  // RFC 5321's longest address.
  email: 254,
} as const;

const personLimits = <P extends string>(prefix: P) =>
  Object.fromEntries(Object.entries(PERSON_LIMITS).map(([field, limit]) => [`${prefix}.${field}`, limit])) as Record<
    `${P}.${keyof typeof PERSON_LIMITS}`,
    number
  >;

/** Amounts, counts, dates and flags are read as values; a longer cell is no value anyway. */
const VALUE_LIMIT = 50;

/**
 * The longest text, in characters, an imported field may hold. Every mall's own limits are below these (楽天's
 * コメント, the longest, is a few thousand characters); a longer cell is a broken or hostile file, and an order with
 * one is refused with the row, the column and the limit, instead of a 50 MB remark reaching the order and every answer
 * that shows it.
 */
export const FIELD_LIMITS: Record<Field, number> = {
  orderNumber: 100,
  orderedAt: VALUE_LIMIT,
  status: 100,
  ...personLimits('orderer'),
  'amounts.goods': VALUE_LIMIT,
  'amounts.shipping': VALUE_LIMIT,
  'amounts.codFee': VALUE_LIMIT,
  'amounts.wrapping': VALUE_LIMIT,
  'amounts.pointsUsed': VALUE_LIMIT,
  'amounts.coupons': VALUE_LIMIT,
  'amounts.total': VALUE_LIMIT,
  'amounts.billed': VALUE_LIMIT,
  payment: 100,
  gift: VALUE_LIMIT,
  'gift.noshi': 200,
  'gift.wrapping': 200,
  buyerRemarks: 10_000,
  destinationKey: 100,
  ...personLimits('recipient'),
  'delivery.desiredDate': VALUE_LIMIT,
  'delivery.timeSlot': 100,
  'line.sku': 100,
  'line.name': 500,
  'line.options': 2_000,
  'line.unitPrice': VALUE_LIMIT,
  'line.total': VALUE_LIMIT,
  'line.quantity': VALUE_LIMIT,
  'line.taxRate': VALUE_LIMIT,
  'line.kind': 100,
};

/**
 * What PostgreSQL's jsonb (where events are kept) cannot hold: U+0000, and a surrogate without its pair. Well-formed
 * pairs (emoji in a remark) are fine.
 */
const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface CellFault {
  readonly ja: string;
  readonly en: string;
}

/** Why a cell's text cannot be imported as this field, if it cannot: a character the store refuses, or its length. */
export function cellFault(field: Field, column: string, text: string): CellFault | undefined {
  const limit = FIELD_LIMITS[field];
  // A string's length is at least its number of characters, so most cells need no count.
  if (text.length > limit && [...text].length > limit)
    return {
      ja: `${column} は${limit}文字までです`,
      en: `${column} has at most ${limit} characters`,
    };
  const unstorable = UNSTORABLE.exec(text)?.[0];
  if (unstorable === undefined) return undefined;
  return unstorable === '\0'
    ? { ja: `${column} にNUL文字 (U+0000) が含まれています`, en: `${column} contains a NUL character (U+0000)` }
    : {
        ja: `${column} に対になっていないサロゲート文字が含まれています`,
        en: `${column} contains an unpaired surrogate`,
      };
}

/**
 * A text the store can hold, for what is only shown (a problem's message quoting a cell, a file's name): unstorable
 * characters become U+FFFD and a long text is cut.
 */
export const storableProblem = (problem: ImportProblem): ImportProblem => ({
  file: storableText(problem.file),
  row: problem.row,
  column: storableText(problem.column),
  ja: storableText(problem.ja, 2_000),
  en: storableText(problem.en, 2_000),
});

export function storableText(text: string, max = 500): string {
  const cleaned = text.replace(new RegExp(UNSTORABLE.source, 'g'), '\uFFFD');
  if (cleaned.length <= max) return cleaned;
  // By characters, so that the cut never leaves half a pair.
  const characters = [...cleaned];
  return characters.length > max ? `${characters.slice(0, max).join('')}…` : cleaned;
}
