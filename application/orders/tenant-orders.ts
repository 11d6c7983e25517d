import * as E from 'fp-ts/Either';
import type { Decider } from '../../domain/shared/decider';
import type { OrderCommand } from '../../domain/order/commands';
import { ORDER_NOT_FOUND } from '../../domain/order/decision';
import type { OrderEvent } from '../../domain/order/events';
import { orderDecider } from '../../domain/order/order';
import type { OrderState } from '../../domain/order/state';

/** The one refusal for a missing order, defined with the order decider. */
export { ORDER_NOT_FOUND };

/**
 * The order decider as one tenant sees it: another tenant's order does not exist. Every order command of the API goes
 * through this, so isolation does not depend on each route remembering to check.
 */
export const orderDeciderFor = (tenantId: string): Decider<OrderCommand, OrderEvent, OrderState> => ({
  ...orderDecider,
  decide: (command, state) =>
    state.exists && state.tenantId !== tenantId ? E.left(ORDER_NOT_FOUND) : orderDecider.decide(command, state),
});

/** The order as this tenant may see it: undefined for a missing order and for another tenant's. */
export const visibleTo = (tenantId: string, state: OrderState) =>
  state.exists && state.tenantId === tenantId ? state : undefined;
