import type * as E from 'fp-ts/Either';
import type { CommandSuccess } from '../commands/command-handler';
import type { BulkWritten, Caller, CommandPipeline, PipelineResult } from '../commands/command-pipeline';
import type { Refusal } from '../commands/refusals';
import { comparePositions, type RecordedEvent } from '../ports/event-store';
import type { OrderCommand } from '../../domain/order/commands';
import type { OrderState } from '../../domain/order/state';
import { streamName } from '../../domain/shared/ids';
import { orderDeciderFor } from './tenant-orders';

/** Orders per round trip of a bulk action: small enough that each batch is a short transaction and a large action shows progress. */
export const BULK_BATCH = 25;

/**
 * Orders per round trip for the file-sized actions (送り状データ出力, 伝票番号取込): 10,000 orders in batches of 25 are 400
 * transactions, whose fixed cost is most of the time; 500 keeps each transaction to a few hundred milliseconds.
 */
export const FILE_BULK_BATCH = 500;
/** Batches of a file-sized action in flight at once (see runBulkOrderCommands). */
export const FILE_BULK_CONCURRENCY = 2;

export interface BulkOrderCommand {
  readonly orderId: string;
  readonly command: OrderCommand;
  /** The order's events as the caller just read them (`loadOrders`): the batch does not read them again. */
  readonly history?: readonly RecordedEvent[];
}

/** What two parts of one action wrote, as one: the furthest position and every event type. */
export const furthestWritten = (a: BulkWritten | undefined, b: BulkWritten): BulkWritten =>
  !a
    ? b
    : {
        furthest:
          !a.furthest || (b.furthest && comparePositions(b.furthest.position, a.furthest.position) > 0)
            ? b.furthest
            : a.furthest,
        eventTypes: new Set([...a.eventTypes, ...b.eventTypes]),
      };

/**
 * A bulk action on orders (the list's bulk commands, printing): each order's command through the pipeline on its own,
 * so one refused order never stops the rest, a batch of orders read and written in one round trip each
 * (`CommandPipeline.appendMany`), and the read models waited for once, after the last batch. Results come back in the
 * order given.
 */
export async function runBulkOrderCommands(
  pipeline: CommandPipeline,
  caller: Caller,
  commandName: string,
  items: readonly BulkOrderCommand[],
  batchSize = BULK_BATCH,
  concurrency = 1,
): Promise<Array<PipelineResult<OrderState>>> {
  const { results, written } = await appendBulkOrderCommands(
    pipeline,
    caller,
    commandName,
    items,
    batchSize,
    concurrency,
  );
  // Once for the whole action: 10,000 orders are 400 batches, and a wait per batch would be a read-model round each.
  return written ? pipeline.awaitReadModels(results, written, commandName, caller) : [];
}

/**
 * `runBulkOrderCommands` without the wait, for an action of several steps (伝票番号取込 reports its progress per step)
 * that waits once, after its last step, with `pipeline.awaitReadModels` and `furthestWritten`.
 */
export async function appendBulkOrderCommands(
  pipeline: CommandPipeline,
  caller: Caller,
  commandName: string,
  items: readonly BulkOrderCommand[],
  batchSize = BULK_BATCH,
  concurrency = 1,
): Promise<{ results: Array<E.Either<Refusal, CommandSuccess<OrderState>>>; written: BulkWritten | undefined }> {
  const results: Array<E.Either<Refusal, CommandSuccess<OrderState>>> = [];
  let written: BulkWritten | undefined;
  const batches: BulkOrderCommand[][] = [];
  for (let start = 0; start < items.length; start += batchSize) batches.push(items.slice(start, start + batchSize));
  // Batches of distinct orders may overlap: one is decided in this process while the last is appended in PostgreSQL.
  const inFlight = new Set(items.map((item) => item.orderId)).size === items.length ? concurrency : 1;
  for (let next = 0; next < batches.length; next += inFlight) {
    const appended = await Promise.all(
      batches.slice(next, next + inFlight).map((batch) =>
        pipeline.appendMany(
          orderDeciderFor,
          commandName,
          batch.map(({ orderId, command, history }) => ({
            streamName: streamName.order(orderId),
            command,
            ...(history && { history }),
          })),
          caller,
        ),
      ),
    );
    for (const batch of appended) {
      results.push(...batch.results);
      written = furthestWritten(written, batch.written);
    }
  }
  return { results, written };
}
