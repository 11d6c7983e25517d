import type { DecodedEvent, EventRegistry } from '../events/event-registry';
import { type EventStore, readStreamOrEmpty } from '../ports/event-store';
import type { OrderEvent } from '../../domain/order/events';
import { orderDecider } from '../../domain/order/order';
import type { OrderState } from '../../domain/order/state';
import { streamName } from '../../domain/shared/ids';

export interface LoadedOrder {
  readonly state: OrderState;
  readonly revision: bigint | undefined;
  readonly events: readonly DecodedEvent[];
}

/**
 * An order rebuilt from its own stream, optionally as it was at a moment in the past (`at`): the auditor's
 * "this order as it was at time T" is the same fold, stopped earlier.
 */
export async function loadOrder(
  store: EventStore,
  registry: EventRegistry,
  orderId: string,
  at?: Date,
): Promise<LoadedOrder> {
  const recorded = await readStreamOrEmpty(store, streamName.order(orderId));
  const events = recorded.map((e) => registry.decode(e)).filter((e) => !at || new Date(e.metadata.occurredAt) <= at);
  const state = events.reduce((s, e) => orderDecider.evolve(s, e.event as OrderEvent), orderDecider.initialState());
  return { state, revision: events.at(-1)?.revision, events };
}
