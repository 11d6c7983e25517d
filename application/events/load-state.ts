import type { Decider, DomainEvent } from '../../domain/shared/decider';
import { type EventStore, readStreamOrEmpty } from '../ports/event-store';
import type { EventRegistry } from './event-registry';

/**
 * An aggregate's state as the write side knows it (not a read model): its stream read and folded through its decider,
 * as a command would see it now. A stream never written is the decider's initial state.
 */
export async function loadState<Event extends DomainEvent, State>(
  store: EventStore,
  registry: EventRegistry,
  decider: Pick<Decider<never, Event, State>, 'initialState' | 'evolve'>,
  streamName: string,
): Promise<State> {
  const recorded = await readStreamOrEmpty(store, streamName);
  return recorded.reduce(
    (state, e) => decider.evolve(state, registry.decode(e).event as Event),
    decider.initialState(),
  );
}
