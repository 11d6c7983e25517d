import type { Caller, CommandPipeline, PipelineResult } from '../commands/command-pipeline';
import { forEachConcurrently } from '../shared/for-each-concurrently';
import type { OrderCommand } from '../../domain/order/commands';
import type { OrderState } from '../../domain/order/state';
import { streamName } from '../../domain/shared/ids';
import { orderDeciderFor } from './tenant-orders';

/** Orders worked on at once by a bulk action: enough to hide round trips, few enough to leave the pool to others. */
export const BULK_CONCURRENCY = 8;

export interface BulkOrderCommand {
  readonly orderId: string;
  readonly command: OrderCommand;
}

/**
 * A bulk action on orders (the list's bulk commands, printing): each order's command through the pipeline on its own,
 * so one refused order never stops the rest. Results come back in the order given.
 */
export async function runBulkOrderCommands(
  pipeline: CommandPipeline,
  caller: Caller,
  commandName: string,
  items: readonly BulkOrderCommand[],
): Promise<Array<PipelineResult<OrderState>>> {
  const results: Array<PipelineResult<OrderState>> = new Array(items.length);
  await forEachConcurrently(items, BULK_CONCURRENCY, async ({ orderId, command }, index) => {
    results[index] = await pipeline.run(
      { decider: orderDeciderFor, streamName: streamName.order(orderId), command, commandName },
      caller,
    );
  });
  return results;
}
