import type { EventMetadata } from '../events/event-metadata';
import type { CommandPipeline } from '../commands/command-pipeline';
import type { IntakePlannerDependencies } from '../automation/intake-planner';
import { recheckOrder } from '../automation/recheck-order';
import type { Log } from '../ports/log';
import { OrderChangeConfirmed, OrderChangedAtMall, OrderEdited } from '../../domain/order/events';
import type { Projection } from '../../projections/projection';
import { definePolicy } from './define-policy';

export interface RecheckOrdersDependencies {
  readonly intake: IntakePlannerDependencies;
  /** Its pipeline should not wait for the read models: a policy reads the log, not the screens. */
  readonly pipeline: CommandPipeline;
  readonly log: Log;
}

export const RECHECK_ORDERS_POLICY = 'policy:recheck-orders';

/**
 * The checks again after every change to an order's contents (受注編集, a change at the mall applied or confirmed): a
 * process manager that follows the log from its own checkpoint and sends RecheckOrder as 'system', caused by the
 * change. It owns no tables: the same findings again record nothing, so a batch applied again asks for nothing new.
 * An edit made by a rule (商品の自動追加) is skipped: it happens at intake, whose plan already ran the checks.
 */
export function recheckOrdersPolicy(deps: RecheckOrdersDependencies): Projection {
  // Beginning at the head: installed on a shop with years of orders, it must not rewrite every past order's results.
  return definePolicy({
    name: RECHECK_ORDERS_POLICY,
    events: { OrderEdited, OrderChangedAtMall, OrderChangeConfirmed },
    answer: ({ event, metadata, id }) => recheck(deps, event.data.orderId, metadata, id),
  });
}

async function recheck(
  deps: RecheckOrdersDependencies,
  orderId: string,
  metadata: EventMetadata,
  eventId: string,
): Promise<void> {
  if (metadata.ruleId !== undefined) return;
  const { tenantId } = metadata;
  const answered = await recheckOrder({ ...deps.intake, pipeline: deps.pipeline }, tenantId, orderId, {
    tenantId,
    actor: 'system',
    correlationId: metadata.correlationId,
    causationId: eventId,
  });
  if (answered._tag === 'Left') deps.log.info({ orderId, refusal: answered.left }, 'order not checked again');
}
