import type { DatabasePool } from 'slonik';
import { type BundleDependencies, bundleOrders, MAX_BUNDLE_ORDERS } from '../bundles/bundle-orders';
import type { DecodedEvent } from '../events/event-registry';
import { loadOrder } from '../orders/load-order';
import type { Log } from '../ports/log';
import type { ReadModelWaiter } from '../ports/read-model-waiter';
import { loadTenantSettings } from '../tenant-settings/tenant-settings';
import { OrderBundleRequested } from '../../domain/order/events';
import { bundleCandidatesOf } from '../../projections/order-search/bundle-candidate-queries';
import type { Projection } from '../../projections/projection';
import { definePolicy } from './define-policy';

export interface AutomaticBundlesDependencies extends BundleDependencies {
  /** The order list (order_search), where the 同梱候補 are found as the staff's screens find them. */
  readonly db: DatabasePool;
  /** Waits until the order list shows the request, so that the order and the orders before it are there. */
  readonly readModels: ReadModelWaiter;
  readonly log: Log;
}

export const AUTOMATIC_BUNDLES_POLICY = 'policy:automatic-bundles';

/**
 * 「同梱候補とまとめる」 as a process manager: for each OrderBundleRequested (a rule at intake), the order's 同梱候補 are
 * read from the order list, by the rule the staff's 同梱候補 screen uses (not shipped, in no bundle, the same bundle
 * key, one mall unless the tenant bundles across malls), and merged with the existing bundle command, as 'system',
 * caused by the request, each OrderBundled naming the rule in its metadata.
 *
 * Two orders of one buyer imported together: the first's request finds the second only if the list already shows it;
 * otherwise the second's request merges both. It owns no tables and merges nothing twice: the order remembers that its
 * request was answered (`autoBundle` is `merged` once a bundle took it), so a batch applied again after a crash, or a
 * bundle split by staff, is left alone; a merge a crash cut short between streams is completed (sending the same
 * bundle again writes only what is missing).
 */
export function automaticBundlesPolicy(deps: AutomaticBundlesDependencies): Projection {
  return definePolicy({
    name: AUTOMATIC_BUNDLES_POLICY,
    events: { OrderBundleRequested },
    answer: (event) => answer(deps, event),
  });
}

async function answer(deps: AutomaticBundlesDependencies, request: DecodedEvent<OrderBundleRequested>): Promise<void> {
  const { metadata, id: eventId, streamName, position } = request;
  const { tenantId } = metadata;
  const { orderId } = request.event.data;
  const { state: order } = await loadOrder(deps.store, deps.registry, orderId);
  if (!order.exists || order.tenantId !== tenantId) return;
  const rule = metadata.ruleId !== undefined ? { id: metadata.ruleId, name: metadata.ruleName ?? '' } : undefined;
  const caller = {
    tenantId,
    actor: 'system',
    correlationId: metadata.correlationId,
    causationId: eventId,
    idempotencyKey: `automatic-bundle:${eventId}`,
  };
  let orderIds: readonly string[];
  if (order.autoBundle === 'merged') {
    // Answered before; only a merge cut short (this order recorded it, another not yet) is sent again.
    if (!order.bundle) return;
    orderIds = order.bundle.orderIds;
  } else {
    if (order.autoBundle !== 'requested' || order.bundle) return;
    const shown = await deps.readModels.waitFor({ position, streamName, eventTypes: [request.event.type] });
    if (!shown) deps.log.warn({ orderId }, 'automatic bundle: the order list is behind, candidates may be missing');
    const acrossMalls = (await loadTenantSettings(deps.store, deps.registry, tenantId)).bundleAcrossMalls;
    const candidates = await bundleCandidatesOf(deps.db, tenantId, orderId, acrossMalls);
    if (candidates.length === 0) return;
    orderIds = [orderId, ...candidates.slice(0, MAX_BUNDLE_ORDERS - 1).map((c) => c.id)];
  }
  const answered = await bundleOrders(deps, caller, orderIds, rule);
  if (answered._tag === 'Left') deps.log.info({ orderId, refusal: answered.left }, 'orders not bundled automatically');
}
