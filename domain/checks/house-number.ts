import type { Person } from '../order/order-data';
import type { CheckedOrder } from './check-context';
import type { CheckFinding } from './check-finding';
import { recipientsOf } from './people';
import { nfkc } from './normalise';

/** 三丁目, 十二番地, 五号: kanji numerals count when a 丁目/番/番地/号 follows (一番町 is a town name, not a number). */
const KANJI_HOUSE_NUMBER = /[一二三四五六七八九十百千〇]+(丁目|番地|番(?!町)|号)/;
/** An address that has no number says so: 「番地なし」「無番地」 are accepted as written. */
const NO_NUMBER_WRITTEN = /番地なし|番地無し|無番地/;

/** The city field is read too: some malls and buyers put the whole address in it. */
export const hasHouseNumber = (p: Person): boolean => {
  const text = nfkc(`${p.city}${p.street}${p.building}`);
  return /\d/.test(text) || KANJI_HOUSE_NUMBER.test(text) || NO_NUMBER_WRITTEN.test(text);
};

/** 番地未入力: a destination whose address has no house number (a parcel without one comes back). */
export const checkHouseNumber = (order: CheckedOrder): CheckFinding[] =>
  recipientsOf(order)
    .filter(({ person }) => !hasHouseNumber(person))
    .map(({ destinationIndex, person }) => ({
      check: 'house_number',
      destinationIndex,
      data: { address: `${person.prefecture}${person.city}${person.street}${person.building}`.trim() },
    }));
