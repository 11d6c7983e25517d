import { addBusinessDays } from '../shared/business-days';
import { isBusinessDate, isInstant, tokyoBusinessDate } from '../shared/dates';
import type { CheckContext, CheckedOrder } from './check-context';
import type { CheckFinding } from './check-finding';
import { recipientsOf } from './people';
import { postalDigits } from './normalise';

const NO_CLOSED_DAYS = (): boolean => false;

const calendarDaysAfter = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * 配送指定日: a desired date the parcel cannot make, or one further after the order date than the shop allows. The
 * parcel leaves on the planned ship date (today when none), or the next business day when that day is closed, since
 * the shop ships on business days; the carrier then takes its lead days to the prefecture, weekends included, since
 * carriers deliver every day (a Friday shipment with 1 day of lead time arrives on Saturday).
 */
export const checkDeliveryDate = (order: CheckedOrder, context: CheckContext): CheckFinding[] => {
  const carrier = order.shopData.shipping?.carrier ?? null;
  const leavesOn = addBusinessDays(
    order.shopData.plannedShipDate ?? context.today,
    0,
    context.isClosedDay ?? NO_CLOSED_DAYS,
  );
  const orderedAt = order.mallData.orderedAt;
  const latest = isInstant(orderedAt)
    ? calendarDaysAfter(tokyoBusinessDate(new Date(orderedAt)), context.settings.maxDeliveryDaysAhead)
    : undefined;
  return recipientsOf(order).flatMap(({ destinationIndex, person }): CheckFinding[] => {
    const desiredDate = order.mallData.destinations[destinationIndex!]!.delivery.desiredDate;
    if (desiredDate === null || desiredDate.trim() === '') return [];
    if (!isBusinessDate(desiredDate))
      return [{ check: 'delivery_date', destinationIndex, data: { reason: 'unreadable', desiredDate } }];
    // A prefecture left empty is the one of the postal code.
    const digits = postalDigits(person.postalCode);
    const prefecture =
      person.prefecture.trim() || (digits !== undefined ? (context.postal(digits)?.[0]?.prefecture ?? '') : '');
    const leadDays = context.leadDays(carrier, prefecture);
    const earliest = leavesOn === undefined ? undefined : calendarDaysAfter(leavesOn, leadDays);
    if (leavesOn !== undefined && earliest !== undefined && desiredDate < earliest) {
      const data = {
        reason: 'too_early',
        desiredDate,
        earliest,
        shipDate: leavesOn,
        leadDays: String(leadDays),
        prefecture,
      };
      return [{ check: 'delivery_date', destinationIndex, data }];
    }
    if (latest !== undefined && desiredDate > latest) {
      const data = { reason: 'too_far', desiredDate, latest, maxDays: String(context.settings.maxDeliveryDaysAhead) };
      return [{ check: 'delivery_date', destinationIndex, data }];
    }
    return [];
  });
};
