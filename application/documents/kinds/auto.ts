import type { Content } from 'pdfmake';
import type { PrintedKind } from '../../../domain/documents/document-kind';
import type { Destination, Person } from '../../../domain/order/order-data';
import type { DocumentOrder } from '../document-input';
import type { DocumentContext } from '../document-parts';
import { deliveryStatement } from './delivery-statement';
import { purchaseStatement } from './purchase-statement';

export type StatementKind = Extract<PrintedKind, 'purchase-statement' | 'delivery-statement'>;

/**
 * 帳票自動判別 for one destination: a delivery statement (no prices) when the order is a gift or the parcel goes to
 * someone other than the orderer, else a purchase statement.
 */
export function chooseStatement(order: DocumentOrder, destination: Destination): StatementKind {
  if (order.mallData.gift.isGift) return 'delivery-statement';
  return samePerson(order.mallData.orderer, destination.recipient) ? 'purchase-statement' : 'delivery-statement';
}

/**
 * The orderer and a recipient are the same person when name, postal code and address match once written the same
 * way: full- and half-width (NFKC), spaces, dashes and long-vowel marks in addresses (１－２－３ and 1-2-3).
 */
function samePerson(a: Person, b: Person): boolean {
  return (
    normalised(a.name) === normalised(b.name) &&
    digits(a.postalCode) === digits(b.postalCode) &&
    normalised(address(a)) === normalised(address(b))
  );
}

const address = (person: Person): string => `${person.prefecture}${person.city}${person.street}${person.building}`;
const digits = (text: string): string => text.normalize('NFKC').replace(/\D/g, '');
const normalised = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/[\s\u3000]/g, '')
    .replace(/[‐‑‒–—―−ーｰ-]/g, '-')
    .toLowerCase();

/**
 * What auto prints for an order: a delivery statement for each destination that needs one, and the purchase
 * statement (the whole order, with its prices) once when any destination is the orderer's own.
 */
export function autoStatements(
  order: DocumentOrder,
  context: DocumentContext,
): { documents: Content[]; printed: StatementKind[] } {
  const choices = order.mallData.destinations.map((destination) => ({
    destination,
    kind: chooseStatement(order, destination),
  }));
  const deliveries = choices.filter((choice) => choice.kind === 'delivery-statement');
  const purchase = deliveries.length < choices.length || choices.length === 0;
  return {
    documents: [
      ...(purchase ? [purchaseStatement(order, context)] : []),
      ...deliveries.map((choice) => deliveryStatement(order, choice.destination, context)),
    ],
    printed: [
      ...(purchase ? ['purchase-statement' as const] : []),
      ...(deliveries.length > 0 ? ['delivery-statement' as const] : []),
    ],
  };
}
