import { firstUnstorableCharacter, fitsIn, storableText } from '../../domain/shared/storable-text';
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
  remoteIsland: VALUE_LIMIT,
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

export interface CellFault {
  readonly ja: string;
  readonly en: string;
}

/** Why a cell's text cannot be imported as this field, if it cannot: a character the store refuses, or its length. */
export function cellFault(field: Field, column: string, text: string): CellFault | undefined {
  const limit = FIELD_LIMITS[field];
  if (!fitsIn(text, limit))
    return {
      ja: `${column} は${limit}文字までです`,
      en: `${column} has at most ${limit} characters`,
    };
  const unstorable = firstUnstorableCharacter(text);
  if (unstorable === undefined) return undefined;
  return unstorable === '\0'
    ? { ja: `${column} にNUL文字 (U+0000) が含まれています`, en: `${column} contains a NUL character (U+0000)` }
    : {
        ja: `${column} に対になっていないサロゲート文字が含まれています`,
        en: `${column} contains an unpaired surrogate`,
      };
}

/** A problem the import's record can hold, whatever cells and file names it quotes. */
export const storableProblem = (problem: ImportProblem): ImportProblem => ({
  file: storableText(problem.file),
  row: problem.row,
  column: storableText(problem.column),
  ja: storableText(problem.ja, 2_000),
  en: storableText(problem.en, 2_000),
});
