import type { Person } from '../order/order-data';
import type { CheckContext, CheckedOrder, PostalPlace } from './check-context';
import type { CheckFinding } from './check-finding';
import { ordererAndRecipientsOf, writtenAddress } from './people';
import { compactText, formatPostal, postalDigits } from './normalise';

/**
 * The ways one KEN_ALL city may be written: as KEN_ALL has it (八重山郡与那国町, 大阪市北区, 三宅島三宅村), without its
 * 郡 (与那国町), without the island the 東京都 islands are listed under (三宅村).
 */
const cityWritings = (city: string): string[] => {
  const writings = [city];
  const county = /^.+郡(.+)$/.exec(city);
  if (county) writings.push(county[1]!);
  else {
    const island = /^.+?島(.+[町村])$/.exec(city);
    if (island) writings.push(island[1]!);
  }
  return writings;
};

/** 大阪市 of 大阪市北区: a 政令市 written without its ward still names the right city, unless another ward follows. */
const wardlessCity = (city: string): string | undefined => /^(.+?市).+区$/.exec(city)?.[1];

const namesPlace = (written: string, place: PostalPlace): boolean => {
  const prefecture = compactText(place.prefecture);
  // Another prefecture written stays in `rest`, so no city of this one can match it.
  const rest = written.startsWith(prefecture) ? written.slice(prefecture.length) : written;
  const city = compactText(place.city);
  if (cityWritings(city).some((writing) => rest.startsWith(writing))) return true;
  const wardless = wardlessCity(city);
  return wardless !== undefined && rest.startsWith(wardless) && !/^[^\d-]{1,4}区/.test(rest.slice(wardless.length));
};

/** Only a person with nothing written is skipped: Amazon sends no orderer address. */
const isBlank = (p: Person): boolean => `${p.postalCode}${p.prefecture}${p.city}${p.street}`.trim() === '';

/** The prefecture and city as written, for the message (the street may hold the city when the city field is empty). */
const writtenPlace = (p: Person): string =>
  (p.city.trim() !== '' ? `${p.prefecture}${p.city}` : writtenAddress(p)).trim();

const unique = (texts: string[]): string[] => [...new Set(texts)];

/**
 * 住所チェック: the postal code against the prefecture and city (KEN_ALL, `context.postal`). The town is not compared:
 * KEN_ALL writes 町域 its own way (丁目 ranges, 「次のビルを除く」, 京都's 通り names), and 「以下に掲載がない場合」 covers
 * every town of the city anyway. A code KEN_ALL does not know (事業所の個別番号 such as 100-8994) cannot be checked
 * and does not trip; a code that is not 7 digits does.
 */
export const checkAddress = (order: CheckedOrder, context: CheckContext): CheckFinding[] =>
  ordererAndRecipientsOf(order).flatMap(({ destinationIndex, person }): CheckFinding[] => {
    if (destinationIndex === null && isBlank(person)) return [];
    const digits = postalDigits(person.postalCode);
    if (digits === undefined)
      return [{ check: 'address', destinationIndex, data: { reason: 'malformed', postalCode: person.postalCode } }];
    const places = context.postal(digits);
    if (places === undefined || places.length === 0) return [];
    const written = compactText(writtenAddress(person));
    if (places.some((place) => namesPlace(written, place))) return [];
    const expected = unique(places.map((p) => `${p.prefecture}${p.city}`)).join('・');
    const data = { reason: 'mismatch', postalCode: formatPostal(digits), expected, written: writtenPlace(person) };
    return [{ check: 'address', destinationIndex, data }];
  });
