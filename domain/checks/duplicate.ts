import type { CheckContext, CheckedOrder, DuplicateFacts, RecentOrder } from './check-context';
import type { CheckFinding } from './check-finding';
import { compactText, nfkc, phoneDigits } from './normalise';

interface Buyer {
  readonly email: string;
  readonly name: string;
  readonly phone: string;
}

const buyerOf = (p: DuplicateFacts['orderer']): Buyer => ({
  email: nfkc(p.email).trim().toLowerCase(),
  name: compactText(p.name),
  phone: phoneDigits(p.phone),
});

/** The same e-mail, or the same name and phone (buyers change e-mails, and malls hide them). */
const sameBuyer = (a: Buyer, b: Buyer): boolean =>
  (a.email !== '' && a.email === b.email) ||
  (a.name !== '' && a.phone !== '' && a.name === b.name && a.phone === b.phone);

/** The items as a multiset: SKU (the name when there is none) to quantity, over every destination, sorted. */
const itemsOf = (data: DuplicateFacts): string => {
  const quantities = new Map<string, number>();
  for (const line of data.destinations.flatMap((d) => d.lines)) {
    const key = compactText(line.sku) || `name:${compactText(line.name)}`;
    quantities.set(key, (quantities.get(key) ?? 0) + line.quantity);
  }
  return JSON.stringify([...quantities].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
};

interface Comparable {
  readonly at: number;
  readonly buyer: Buyer;
  readonly items: string;
}

/**
 * Each recent order normalised once, not once per order checked: at intake one list of recent orders is handed to the
 * checks of every order of an import. Keyed by the object, so a list built again is normalised again.
 */
const comparables = new WeakMap<RecentOrder, Comparable>();
const comparableOf = (other: RecentOrder): Comparable => {
  let found = comparables.get(other);
  if (found === undefined) {
    found = {
      at: Date.parse(other.orderedAt),
      buyer: buyerOf(other.mallData.orderer),
      items: itemsOf(other.mallData),
    };
    comparables.set(other, found);
  }
  return found;
};

/**
 * A suspected duplicate: another order of the tenant, from any mall, by the same buyer (e-mail, or name and phone) for
 * the same items and quantities, ordered within `duplicateWithinHours` before or after this one.
 */
export const checkDuplicate = (order: CheckedOrder, context: CheckContext): CheckFinding[] => {
  const orderedAt = Date.parse(order.mallData.orderedAt);
  if (Number.isNaN(orderedAt)) return [];
  const window = context.settings.duplicateWithinHours * 3_600_000;
  const buyer = buyerOf(order.mallData.orderer);
  const items = itemsOf(order.mallData);
  return context.recentOrders
    .filter((other) => {
      if (other.orderId === order.orderId) return false;
      const { at, buyer: otherBuyer, items: otherItems } = comparableOf(other);
      return Math.abs(at - orderedAt) <= window && sameBuyer(buyer, otherBuyer) && otherItems === items;
    })
    .map((other) => ({
      check: 'duplicate',
      destinationIndex: null,
      data: { orderNumber: other.orderNumber, orderedAt: other.orderedAt },
    }));
};
