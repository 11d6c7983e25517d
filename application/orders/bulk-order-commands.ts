import type { Caller, CommandPipeline, PipelineResult } from '../commands/command-pipeline';
import type { OrderCommand } from '../../domain/order/commands';
import type { OrderState } from '../../domain/order/state';
import { streamName } from '../../domain/shared/ids';
import { orderDeciderFor } from './tenant-orders';

/** Orders per round trip of a bulk action: small enough that each batch is a short transaction and a large action shows progress. */
export const BULK_BATCH = 25;

export interface BulkOrderCommand {
  readonly orderId: string;
  readonly command: OrderCommand;
}

/**
 * A bulk action on orders (the list's bulk commands, printing): each order's command through the pipeline on its own,
 * so one refused order never stops the rest, a batch of orders read and written in one round trip each
 * (`CommandPipeline.runMany`). Results come back in the order given.
 */
export async function runBulkOrderCommands(
  pipeline: CommandPipeline,
  caller: Caller,
  commandName: string,
  items: readonly BulkOrderCommand[],
): Promise<Array<PipelineResult<OrderState>>> {
  const results: Array<PipelineResult<OrderState>> = [];
  for (let start = 0; start < items.length; start += BULK_BATCH) {
    const batch = items.slice(start, start + BULK_BATCH);
    results.push(
      ...(await pipeline.runMany(
        orderDeciderFor,
        commandName,
        batch.map(({ orderId, command }) => ({ streamName: streamName.order(orderId), command })),
        caller,
      )),
    );
  }
  return results;
}
