import { ContainerModule } from 'inversify';
import { createProductEventRegistry } from '../../application/events/product-events';
import type { EventStore } from '../../application/ports/event-store';
import { TOKENS } from '../container';

/** The write side's storage: the chosen event store and the codecs of every event the product writes. */
export const eventStoreModule = (store: EventStore) =>
  new ContainerModule(({ bind }) => {
    bind(TOKENS.EventStore).toConstantValue(store);
    bind(TOKENS.Registry).toConstantValue(createProductEventRegistry());
  });
