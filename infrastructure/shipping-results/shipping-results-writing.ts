import type { DatabasePool } from 'slonik';
import type { CommandPipeline } from '../../application/commands/command-pipeline';
import type { EventRegistry } from '../../application/events/event-registry';
import type { Clock } from '../../application/ports/clock';
import type { EventStore } from '../../application/ports/event-store';
import type { WriteShippingResultsDependencies } from '../../application/shipping-results/write-shipping-results';
import { Mall } from '../../domain/order/order-data';
import { listShops } from '../../projections/accounts/shop-queries';
import { orderIdsMatching } from '../../projections/order-search/order-search-queries';

/** The shipping-results service's dependencies, from the services the server and the CLI resolve. */
export const shippingResultsWriting = (deps: {
  readonly db: DatabasePool;
  readonly store: EventStore;
  readonly registry: EventRegistry;
  readonly pipeline: CommandPipeline;
  readonly clock: Clock;
}): WriteShippingResultsDependencies => ({
  store: deps.store,
  registry: deps.registry,
  pipeline: deps.pipeline,
  clock: deps.clock,
  shopOf: async (tenantId, shopId) => {
    const shop = (await listShops(deps.db, tenantId)).find((s) => s.id === shopId);
    return shop && Mall.is(shop.mall) ? { mall: shop.mall } : undefined;
  },
  candidates: (tenantId, { shopId, status, includeReported }, limit) =>
    orderIdsMatching(
      deps.db,
      tenantId,
      { shopId, ...(status && { status }), ...(!includeReported && { resultsReported: false }) },
      limit,
    ),
});
