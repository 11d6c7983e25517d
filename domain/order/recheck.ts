// The checks again after an edit or a change at the mall: the order's check results follow what the checks find now.
import { deepEqual } from './changes';
import type { RecheckOrder } from './commands';
import { type Decision, emit } from './decision';
import type { OrderEvent } from './events';
import type { IntakeFinding } from './intake-automation';
import type { ExistingOrder } from './state';

/**
 * A finding that is new, or finds other data than the result standing, is recorded (and waits to be accepted again);
 * a check with a result standing that no longer trips is cleared. The same finding again records nothing, so an
 * accepted result stays accepted. A recheck never holds or releases the order: staff decide on an order already in
 * their hands, and the list shows the new result.
 */
export const checkEvents = (order: ExistingOrder, findings: readonly IntakeFinding[]): OrderEvent[] => {
  const { orderId } = order;
  const tripped: OrderEvent[] = findings
    .filter(({ finding, outcome }) => {
      const standing = order.checks.find((c) => c.finding.check === finding.check);
      return !standing || standing.outcome !== outcome || !deepEqual(standing.finding, finding);
    })
    .map(({ finding, outcome, box }) => ({ type: 'OrderCheckTripped', data: { orderId, finding, outcome, box } }));
  const cleared: OrderEvent[] = order.checks
    .filter((c) => !findings.some(({ finding }) => finding.check === c.finding.check))
    .map((c) => ({ type: 'OrderCheckCleared', data: { orderId, check: c.finding.check } }));
  return [...tripped, ...cleared];
};

export const recheck = (order: ExistingOrder, command: RecheckOrder): Decision =>
  emit(checkEvents(order, command.findings));
