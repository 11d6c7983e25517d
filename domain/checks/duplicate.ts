import type { MallOrderData, Person } from '../order/order-data';
import type { CheckContext, CheckedOrder } from './check-context';
import type { CheckFinding } from './check-finding';
import { compactText, nfkc, phoneDigits } from './normalise';

const sameBuyer = (a: Person, b: Person): boolean => {
  const email = (p: Person) => nfkc(p.email).trim().toLowerCase();
  if (email(a) !== '' && email(a) === email(b)) return true;
  const name = (p: Person) => compactText(p.name);
  return (
    name(a) !== '' &&
    phoneDigits(a.phone) !== '' &&
    name(a) === name(b) &&
    phoneDigits(a.phone) === phoneDigits(b.phone)
  );
};

/** The items as a multiset: SKU (the name when there is none) to quantity, over every destination, sorted. */
const itemsOf = (data: MallOrderData): string => {
  const quantities = new Map<string, number>();
  for (const line of data.destinations.flatMap((d) => d.lines)) {
    const key = compactText(line.sku) || `name:${compactText(line.name)}`;
    quantities.set(key, (quantities.get(key) ?? 0) + line.quantity);
  }
  return JSON.stringify([...quantities].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
};

/**
 * A suspected duplicate: another order of the tenant, from any mall, by the same buyer (e-mail, or name and phone) for
 * the same items and quantities, ordered within `duplicateWithinHours` before or after this one.
 */
export const checkDuplicate = (order: CheckedOrder, context: CheckContext): CheckFinding[] => {
  const orderedAt = Date.parse(order.mallData.orderedAt);
  if (Number.isNaN(orderedAt)) return [];
  const window = context.settings.duplicateWithinHours * 3_600_000;
  const items = itemsOf(order.mallData);
  return context.recentOrders
    .filter(
      (other) =>
        other.orderId !== order.orderId &&
        Math.abs(Date.parse(other.orderedAt) - orderedAt) <= window &&
        sameBuyer(order.mallData.orderer, other.mallData.orderer) &&
        itemsOf(other.mallData) === items,
    )
    .map((other) => ({
      check: 'duplicate',
      destinationIndex: null,
      data: { orderNumber: other.orderNumber, orderedAt: other.orderedAt },
    }));
};
