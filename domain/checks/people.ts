import type { Person } from '../order/order-data';
import type { CheckedOrder } from './check-context';

/** A person a check looks at: the orderer (destinationIndex null) or the recipient of destination N. */
export interface CheckedPerson {
  readonly destinationIndex: number | null;
  readonly person: Person;
}

export const recipientsOf = (order: CheckedOrder): CheckedPerson[] =>
  order.mallData.destinations.map((d, destinationIndex) => ({ destinationIndex, person: d.recipient }));

export const ordererAndRecipientsOf = (order: CheckedOrder): CheckedPerson[] => [
  { destinationIndex: null, person: order.mallData.orderer },
  ...recipientsOf(order),
];

/** Prefecture, city and street as one text, the way the address is read aloud (the building is not part of it). */
export const writtenAddress = (person: Person): string => `${person.prefecture}${person.city}${person.street}`;
