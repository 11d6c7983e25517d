import type { Person } from '../order/order-data';
import type { BlacklistedCustomer, CheckContext, CheckedOrder } from './check-context';
import type { CheckFinding } from './check-finding';
import { type CheckedPerson, ordererAndRecipientsOf, recipientsOf } from './people';
import {
  compactAddress,
  compactText,
  foldHouseNumbers,
  leadingPrefecture,
  phoneDigits,
  postalDigits,
} from './normalise';

/** A name as the blacklist compares it: NFKC, no spaces, without the 様 or 御中 a buyer may add. */
const comparableName = (name: string): string => compactText(name).replace(/(様|御中)$/, '');

/**
 * An address as the blacklist compares it: whole, with the prefecture dropped since buyers leave it out, and its house
 * numbers written one way (2丁目8番1号 = 2-8-1).
 */
const comparableAddress = (address: string): string => {
  const compact = foldHouseNumbers(compactAddress(address));
  const prefecture = leadingPrefecture(compact);
  return prefecture === undefined ? compact : compact.slice(prefecture.length);
};

type Match = 'name_phone' | 'address';

const matchOf = (person: Person, entry: BlacklistedCustomer): Match | undefined => {
  const name = comparableName(person.name);
  const phone = phoneDigits(person.phone);
  if (name !== '' && phone !== '' && name === comparableName(entry.name) && phone === phoneDigits(entry.phone))
    return 'name_phone';
  const postal = postalDigits(person.postalCode);
  const address = comparableAddress(`${person.prefecture}${person.city}${person.street}${person.building}`);
  if (postal !== undefined && address !== '' && postal === postalDigits(entry.postalCode))
    if (address === comparableAddress(entry.address)) return 'address';
  return undefined;
};

/**
 * ブラックリスト: the buyer's customer is blacklisted, or the orderer or a recipient is a blacklisted customer by name and
 * phone or by postal code and address (buyers change e-mails and accounts; the name and address stay).
 */
export const checkBlacklist = (order: CheckedOrder, context: CheckContext): CheckFinding[] => {
  const own: CheckFinding[] = order.customerBlacklisted
    ? [{ check: 'blacklist', destinationIndex: null, data: { matchedBy: 'customer' } }]
    : [];
  // The buyer's own blacklisting already says it for the orderer.
  const people: CheckedPerson[] = order.customerBlacklisted ? recipientsOf(order) : ordererAndRecipientsOf(order);
  const matched = people.flatMap(({ destinationIndex, person }): CheckFinding[] =>
    context.blacklist.flatMap((entry) => {
      const matchedBy = matchOf(person, entry);
      if (matchedBy === undefined) return [];
      const data = { matchedBy, customerId: entry.customerId, name: entry.name, reason: entry.reason };
      return [{ check: 'blacklist', destinationIndex, data }];
    }),
  );
  return [...own, ...matched];
};
