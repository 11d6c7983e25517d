import * as E from 'fp-ts/Either';
import type { Caller, CommandPipeline } from '../commands/command-pipeline';
import type { Refusal } from '../commands/refusals';
import type { EventRegistry } from '../events/event-registry';
import type { EventStore } from '../ports/event-store';
import { loadOrders } from '../documents/print-documents';
import { ORDER_NOT_FOUND, orderDeciderFor } from '../orders/tenant-orders';
import { decideBundle } from '../../domain/order/bundle';
import { domainError } from '../../domain/shared/decider';
import { streamName } from '../../domain/shared/ids';

export interface BundleDependencies {
  readonly store: EventStore;
  readonly registry: EventRegistry;
  readonly pipeline: CommandPipeline;
}

export interface BundleAnswer {
  readonly bundleId: string;
  readonly orderIds: readonly string[];
  readonly readModels: 'current' | 'behind';
}

/** A merge or split is at most a page of candidates: more would be a mistake, not a parcel. */
export const MAX_BUNDLE_ORDERS = 50;

const rejected = (error: ReturnType<typeof domainError>): Refusal => ({ kind: 'rejected', error });

const readModelsOf = (results: readonly E.Either<Refusal, { readonly readModels: 'current' | 'behind' }>[]) =>
  results.every((r) => E.isRight(r) && r.right.readModels === 'current') ? 'current' : 'behind';

// The undo is a command of its own: the request's key names the merge, and would make the undo look like a repeat.
const withoutKey = ({ idempotencyKey: _key, ...caller }: Caller): Caller => caller;

/**
 * 同梱: the orders are read and the whole merge decided first (decideBundle), so one refused order refuses it before
 * anything is written. Then each order records OrderBundled on its own stream through the one bulk path (`runMany`).
 *
 * The streams are separate records: the process may die after some orders recorded the bundle and before the others
 * did (PostgreSQL appends a batch in one transaction, EventStoreDB stream by stream). Nothing is lost: an order already
 * in this very bundle passes decideBundle and writes nothing again (the bundle id follows from the sorted order ids),
 * so sending the request again, with the same Idempotency-Key (each stream's command id is the key and the stream) or
 * without, records the bundle on the orders that lack it and answers the same bundle.
 *
 * A change that lands between the read and the write (the mall cancels one order) refuses that order's command; the
 * orders that did record the bundle are then split again, so no order points at a bundle that is not whole.
 */
export async function bundleOrders(
  deps: BundleDependencies,
  caller: Caller,
  requestedIds: readonly string[],
  /** The rule that merges (the automatic-bundles policy), named in the events' metadata. */
  rule?: { readonly id: string; readonly name: string },
): Promise<E.Either<Refusal, BundleAnswer>> {
  const ids = [...new Set(requestedIds)];
  if (ids.length > MAX_BUNDLE_ORDERS)
    return E.left(
      rejected(
        domainError(
          'bundle.too_many',
          `同梱できるのは${MAX_BUNDLE_ORDERS}件までです`,
          `at most ${MAX_BUNDLE_ORDERS} orders in a bundle`,
        ),
      ),
    );
  const { orders, histories, missing } = await loadOrders(deps, caller.tenantId, ids);
  if (missing.length > 0) return E.left(rejected(ORDER_NOT_FOUND));
  const decided = decideBundle(ids.map((id) => orders.get(id)!));
  if (E.isLeft(decided)) return E.left(rejected(decided.left));
  const { bundleId, orderIds } = decided.right;

  const results = await deps.pipeline.runMany(
    orderDeciderFor,
    'BundleOrder',
    orderIds.map((id) => ({
      streamName: streamName.order(id),
      command: { type: 'BundleOrder' as const, bundleId, orderIds, ...(rule && { rule }) },
      history: histories.get(id)!,
    })),
    caller,
  );
  const refused = results.find(E.isLeft);
  if (refused && E.isLeft(refused)) {
    const written = orderIds.filter((_, index) => E.isRight(results[index]!));
    await deps.pipeline.runMany(
      orderDeciderFor,
      'UnbundleOrder',
      written.map((id) => ({ streamName: streamName.order(id), command: { type: 'UnbundleOrder' as const } })),
      withoutKey(caller),
    );
    return E.left(refused.left);
  }
  return E.right({ bundleId, orderIds, readModels: readModelsOf(results) });
}

/**
 * 同梱解除 from any order of the bundle: every order still in it records OrderUnbundled. Refused as a whole when the
 * parcel has shipped (each order's decider says so; the first refusal is the answer). A repeat after a crash finds
 * the orders already split outside the bundle and splits the rest.
 */
export async function unbundleOrders(
  deps: BundleDependencies,
  caller: Caller,
  orderId: string,
): Promise<E.Either<Refusal, BundleAnswer>> {
  const { orders } = await loadOrders(deps, caller.tenantId, [orderId]);
  const order = orders.get(orderId);
  if (!order) return E.left(rejected(ORDER_NOT_FOUND));
  if (!order.bundle)
    return E.left(
      rejected(domainError('bundle.not_bundled', 'この受注は同梱されていません', 'the order is not bundled')),
    );
  const { bundleId } = order.bundle;
  const { orders: members, histories } = await loadOrders(deps, caller.tenantId, order.bundle.orderIds);
  const inBundle = [...members.values()].filter((o) => o.bundle?.bundleId === bundleId);
  // Decided for every order first: one shipped order refuses the split before anything is written.
  const decider = orderDeciderFor(caller.tenantId);
  for (const member of inBundle) {
    const decided = decider.decide({ type: 'UnbundleOrder' }, member);
    if (E.isLeft(decided)) return E.left(rejected(decided.left));
  }
  const results = await deps.pipeline.runMany(
    orderDeciderFor,
    'UnbundleOrder',
    inBundle.map((o) => ({
      streamName: streamName.order(o.orderId),
      command: { type: 'UnbundleOrder' as const },
      history: histories.get(o.orderId)!,
    })),
    caller,
  );
  const refused = results.find(E.isLeft);
  if (refused && E.isLeft(refused)) return E.left(refused.left);
  return E.right({ bundleId, orderIds: inBundle.map((o) => o.orderId), readModels: readModelsOf(results) });
}
