import * as E from 'fp-ts/Either';
import { streamName } from '../../domain/shared/ids';
import type { Caller, CommandPipeline, PipelineResult } from '../commands/command-pipeline';
import { loadOrder } from '../orders/load-order';
import { orderDeciderFor } from '../orders/tenant-orders';
import { type IntakePlannerDependencies, plannerWith } from './intake-planner';
import { ORDER_NOT_FOUND } from '../../domain/order/decision';

/**
 * The checks again for an order as it is now (after 受注編集 or a change from the mall): what they find is recorded as
 * OrderCheckTripped / OrderCheckCleared (RecheckOrder). The rules do not run again: they act once, at intake.
 * Called by whoever changed the order, after its change is stored.
 */
export async function recheckOrder(
  deps: IntakePlannerDependencies & { readonly pipeline: CommandPipeline },
  tenantId: string,
  orderId: string,
  caller: Caller,
): Promise<PipelineResult<unknown>> {
  const { state } = await loadOrder(deps.store, deps.registry, orderId);
  if (!state.exists || state.tenantId !== tenantId) return E.left({ kind: 'rejected', error: ORDER_NOT_FOUND });
  const [settings, blacklist] = await Promise.all([deps.settings.forTenant(tenantId), deps.reads.blacklist(tenantId)]);
  const planner = plannerWith(deps, tenantId, { ...settings, rules: [] }, blacklist, () => undefined);
  const [plan] = await planner.planBatch([state]);
  return deps.pipeline.run(
    {
      decider: orderDeciderFor,
      streamName: streamName.order(orderId),
      command: { type: 'RecheckOrder', findings: plan!.findings },
      commandName: 'RecheckOrder',
      retries: 3,
    },
    { ...caller, tenantId },
  );
}
