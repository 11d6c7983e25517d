// 受注編集: staff change what the mall sent (lines, destinations, charges). The amounts are worked out again the one way
// the product works them out (amounts.ts), so an edited order never states a total its parts do not add up to.
import { amountsFromLines, type Charges } from './amounts';
import { deepEqual } from './changes';
import type { Destination, MallOrderData, OrderLine, Person } from './order-data';

export interface ContentsEdit {
  /** The whole new list: a line or destination left out is removed, one more is added. */
  readonly destinations?: readonly Destination[];
  /** 送料, 代引手数料, ラッピング料, ポイント利用, クーポン: the buyer's discounts do not lower the taxable base. */
  readonly amounts?: Charges;
}

export const chargesOf = (data: MallOrderData): Charges => {
  const { shipping, codFee, wrapping, pointsUsed, coupons } = data.amounts;
  return { shipping, codFee, wrapping, pointsUsed, coupons };
};

/**
 * The order's data after the edit: goods, total, billed and tax per rate recomputed from the lines and charges. An edit
 * that changes nothing leaves the data as it is, amounts included: a mall's own stated tax (its rounding) is not
 * replaced by ours unless something it was worked out from changed.
 */
export const editContents = (data: MallOrderData, edit: ContentsEdit): MallOrderData => {
  const destinations = edit.destinations ? edit.destinations.map(copyDestination) : data.destinations;
  const charges = edit.amounts ? { ...edit.amounts } : chargesOf(data);
  if (deepEqual(destinations, data.destinations) && deepEqual(charges, chargesOf(data))) return data;
  return { ...data, destinations, amounts: amountsFromLines(destinations, charges) };
};

/**
 * One more line for a destination (a leaflet for every order, a rule's free gift). The same item at the same price
 * already there gets the quantity added instead, so the parcel lists it once. An index the order does not have leaves
 * the data as it is: the decision refuses it before this is called.
 */
export const addLine = (data: MallOrderData, destinationIndex: number, line: OrderLine): MallOrderData => {
  const destination = data.destinations[destinationIndex];
  if (!destination) return data;
  const same = destination.lines.findIndex((l) => sameItem(l, line));
  const lines =
    same >= 0
      ? destination.lines.map((l, i) => (i === same ? { ...l, quantity: l.quantity + line.quantity } : l))
      : [...destination.lines, { ...line }];
  const destinations = data.destinations.map((d, i) => (i === destinationIndex ? { ...d, lines } : d));
  return editContents(data, { destinations });
};

const sameItem = (a: OrderLine, b: OrderLine): boolean =>
  a.sku === b.sku &&
  a.name === b.name &&
  a.options === b.options &&
  a.unitPrice === b.unitPrice &&
  a.taxRate === b.taxRate;

// Copies only the fields an order holds, so a key a client added never reaches an event.
const copyDestination = (d: Destination): Destination => ({
  recipient: copyPerson(d.recipient),
  lines: d.lines.map(({ sku, name, options, unitPrice, quantity, taxRate }) => ({
    sku,
    name,
    options,
    unitPrice,
    quantity,
    taxRate,
  })),
  delivery: { desiredDate: d.delivery.desiredDate, timeSlot: d.delivery.timeSlot },
});

const copyPerson = ({ name, kana, postalCode, prefecture, city, street, building, phone, email }: Person): Person => ({
  name,
  kana,
  postalCode,
  prefecture,
  city,
  street,
  building,
  phone,
  email,
});
