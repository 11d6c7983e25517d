// 同梱候補: two orders go in one parcel when the same person gets them at the same place. Malls and staff spell the
// same recipient many ways (full-width digits, half-width kana, ㈱ and （株）, 髙 and 高, 1-2-3 and １－２－３), so the
// comparison is made on one normalised key.
import { foldKanjiVariants } from '../shared/kanji-variants';
import type { Destination, Person } from './order-data';

// Dash-like characters between digits of a house number or phone: hyphen-minus, hyphens and dashes, minus, the
// katakana long vowel mark (full and half width), and the full-width hyphen-minus before NFKC folds it.
const DASH = '[-\\u2010-\\u2015\\u2212\\u30fc\\uff70]';
const DASH_BETWEEN_DIGITS = new RegExp(`(?<=\\d)\\s*${DASH}+\\s*(?=\\d)`, 'g');

const fold = (text: string): string => foldKanjiVariants(text.normalize('NFKC')).replace(/\s+/g, '');

export const bundleName = (name: string): string => fold(name);

/** The 7 digits, or '' when the code does not have 7 (a destination without a postal code is never bundled). */
export const bundlePostalCode = (postalCode: string): string => {
  const digits = postalCode.normalize('NFKC').replace(/\D/g, '');
  return digits.length === 7 ? digits : '';
};

/** 都道府県 + 市区町村 + 番地 + 建物, spaces dropped and every dash between digits written as '-'. */
export const bundleAddress = (p: Pick<Person, 'prefecture' | 'city' | 'street' | 'building'>): string =>
  foldKanjiVariants([p.prefecture, p.city, p.street, p.building].join('').normalize('NFKC'))
    .replace(DASH_BETWEEN_DIGITS, '-')
    .replace(/\s+/g, '');

export const bundlePhone = (phone: string): string => phone.normalize('NFKC').replace(/\D/g, '');

/**
 * The key of one recipient at one place; null when the name, a 7-digit postal code or the address is missing, since
 * such orders would match on too little. The phone may be empty (both then match on the rest).
 */
export const bundleKeyOf = (recipient: Person): string | null => {
  const name = bundleName(recipient.name);
  const postalCode = bundlePostalCode(recipient.postalCode);
  const address = bundleAddress(recipient);
  if (name === '' || postalCode === '' || address === '') return null;
  return [name, postalCode, address, bundlePhone(recipient.phone)].join('|');
};

/** Only orders with a single destination are bundled: a gift order to three people is three parcels already. */
export const bundleKeyOfOrder = (destinations: readonly Destination[]): string | null =>
  destinations.length === 1 ? bundleKeyOf(destinations[0]!.recipient) : null;
