import type { Readable } from 'node:stream';
import * as E from 'fp-ts/Either';
import type { ImportOrder } from '../../domain/order/commands';
import type { IntakeAutomation } from '../../domain/order/intake-automation';
import type { IntakePlanner } from '../automation/intake-planner';
import type { Mall, ShopOrderData } from '../../domain/order/order-data';
import type { ProcessingRoute } from '../../domain/order/route';
import { DEFAULT_AMOUNTS_HOLD_BOX } from '../../domain/shop/shop';
import { importedOrderIdFor, streamName } from '../../domain/shared/ids';
import type { CommandFailure, CommandHandler, CommandSuccess } from '../commands/command-handler';
import { orderDeciderFor } from '../orders/tenant-orders';
import { inBatches } from '../shared/batches';
import { forEachConcurrently } from '../shared/for-each-concurrently';
import { type IntakeShipping, NO_INTAKE_SHIPPING } from '../shops/shop-shipping-defaults';
import type { ParsedOrder } from './assemble-order';
import type { ColumnMapping } from './column-mapping';
import { storableProblem } from './field-limits';
import { isFileError } from './file-errors';
import type { ImportProblem } from './import-problem';
import { staffFirst } from './staff-first';
import type { StaffActivity } from '../ports/staff-activity';
import { joinFiles } from './joined-files';
import { type FileItem, readOrders } from './read-orders';

export interface ImportFile {
  readonly name: string;
  open(): Readable;
}

export interface ImportRequest {
  readonly importId: string;
  readonly tenantId: string;
  readonly shopId: string;
  readonly mall: Mall;
  readonly actor: string;
  readonly correlationId: string;
  readonly mapping: ColumnMapping;
  /** The route a new order starts on (the tenant's standard route until automation rules choose another). */
  readonly route: ProcessingRoute;
  readonly files: readonly ImportFile[];
  /**
   * The shop's carrier, slip type and planned ship date for new orders, read once per import. They go into the
   * OrderImported event; a re-import decides on the mall's data only, so it never overwrites what staff set since.
   */
  readonly intakeShipping?: IntakeShipping;
  /** The shop's hold box for orders from a file without prices (mapping.amountsToConfirm); DEFAULT_AMOUNTS_HOLD_BOX. */
  readonly amountsHoldBox?: number;
  /**
   * Batches in flight (default 1): the product gives as many as the import has connections of its own, so that staff
   * working while it runs keep theirs and most of the machine's time.
   */
  readonly concurrency?: number;
  /** Staff working while the import runs, who go first (staff-first.ts). */
  readonly staffActivity?: StaffActivity;
  /** The checks and automation rules for new orders, planned a batch at a time; none: orders come in as they are. */
  readonly intake?: IntakePlanner;
}

export interface ImportCounts {
  readonly imported: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly rows: number;
}

export const NO_COUNTS: ImportCounts = { imported: 0, updated: 0, unchanged: 0, failed: 0, rows: 0 };

export interface ImportResult extends ImportCounts {
  readonly problems: readonly ImportProblem[];
  /** The file broke the reader: the row where reading stopped (no order from it on came in). */
  readonly stoppedAt?: { readonly file: string; readonly row: number };
}

/** Where a file broke the reader: the items before it are worked as usual, this ends the file. */
interface Stopped {
  readonly kind: 'stopped';
  readonly problem: ImportProblem;
}

/**
 * A file's items until the reader breaks (a malformed quote at row 2,000), then where it stopped: the orders read
 * before it are imported and counted like any others, the order being read when it broke and the rest are not.
 */
async function* readUntilBroken(
  file: string,
  items: AsyncIterable<FileItem>,
  headerRows: number,
): AsyncGenerator<FileItem | Stopped> {
  let rows = 0;
  try {
    for await (const item of items) {
      rows += item.rows;
      yield item;
    }
  } catch (error) {
    if (!isFileError(error)) throw error;
    const row = headerRows + rows + 1;
    yield {
      kind: 'stopped',
      problem: {
        file,
        row,
        column: '',
        ja: `ファイルを最後まで読めませんでした。${row}行目から先は取り込まれていません: ${error.message}`,
        en: `the file could not be read to the end; nothing from row ${row} on was imported: ${error.message}`,
      },
    };
  }
}

const EMPTY_SHOP_DATA: ShopOrderData = {
  shopMemo: '',
  slipNote: '',
  individualMessage: '',
  tags: [],
  shipping: null,
  plannedShipDate: null,
};

/** Orders decided and appended per round trip, and batches in flight unless the request says otherwise. */
const BATCH_SIZE = 500;
const CONCURRENCY = 1;

type Outcome = 'imported' | 'updated' | 'unchanged';

/**
 * Imports files of orders through the ImportOrder command, in batches (CommandHandler.handleMany). The order's id is derived
 * from (tenant, shop, order number), so importing a file twice, or two overlapping files at once, records each order
 * once: the second command finds the order and decides a re-import (nothing, a change, or a change to confirm).
 */
export async function importOrders(
  commands: CommandHandler,
  request: ImportRequest,
  onProgress?: (counts: ImportCounts) => void,
): Promise<ImportResult> {
  const counts = { ...NO_COUNTS };
  const problems: ImportProblem[] = [];
  const decider = orderDeciderFor(request.tenantId);
  const intakeShipping = request.intakeShipping ?? NO_INTAKE_SHIPPING;

  const commandFor = (order: ParsedOrder, automation: IntakeAutomation | undefined) => {
    const orderId = importedOrderIdFor(request.tenantId, request.shopId, order.orderNumber);
    const command: ImportOrder = {
      type: 'ImportOrder',
      orderId,
      tenantId: request.tenantId,
      shopId: request.shopId,
      mall: request.mall,
      orderNumber: order.orderNumber,
      mallData: order.mallData,
      shopData: intakeShipping(EMPTY_SHOP_DATA, order.mallData),
      route: request.route,
      cancelledAtMall: order.cancelledAtMall,
      changeId: `${request.importId}:${orderId}`,
      ...(order.amountsToConfirm && {
        amountsToConfirm: { holdBox: request.amountsHoldBox ?? DEFAULT_AMOUNTS_HOLD_BOX },
      }),
      ...(automation && { automation }),
    };
    const context = {
      tenantId: request.tenantId,
      actor: request.actor,
      correlationId: request.correlationId,
      commandId: `import:${request.importId}:${orderId}`,
    };
    return { streamName: streamName.order(orderId), command, context };
  };

  const outcomeOf = (
    file: string,
    order: ParsedOrder,
    result: E.Either<CommandFailure, CommandSuccess<unknown>>,
  ): Outcome | ImportProblem => {
    if (E.isLeft(result)) {
      const reason =
        result.left.kind === 'rejected'
          ? result.left.error
          : {
              ja: '他の取込と競合しました。もう一度取り込んでください',
              en: 'another import changed this order at the same time; import again',
            };
      return {
        file,
        row: order.firstRow,
        column: '',
        ja: `注文番号 ${order.orderNumber}: ${reason.ja}`,
        en: `order ${order.orderNumber}: ${reason.en}`,
      };
    }
    const events = result.right.events;
    if (events.length === 0) return 'unchanged';
    return events[0]!.type === 'OrderImported' ? 'imported' : 'updated';
  };

  /** One batch of the file's orders: read together, decided one by one, appended together. */
  let stoppedAt: ImportResult['stoppedAt'];
  const importBatch = async (file: string, batch: readonly (FileItem | Stopped)[]) => {
    const items = batch.flatMap((item) => (item.kind === 'stopped' ? [] : [item]));
    for (const item of batch)
      if (item.kind === 'stopped') {
        problems.push(item.problem);
        stoppedAt = { file, row: item.problem.row };
      }
    const orders = items.flatMap((item) => (item.kind === 'order' ? [item.order] : []));
    // Planned for every order of the batch: which are new is known only once the streams are read, and a re-import
    // ignores the plan.
    const plans = request.intake
      ? await request.intake.planBatch(
          orders.map((order) => ({
            orderId: importedOrderIdFor(request.tenantId, request.shopId, order.orderNumber),
            tenantId: request.tenantId,
            shopId: request.shopId,
            orderNumber: order.orderNumber,
            mall: request.mall,
            mallData: order.mallData,
            shopData: intakeShipping(EMPTY_SHOP_DATA, order.mallData),
            amountsToConfirm: order.amountsToConfirm,
          })),
        )
      : [];
    // Another import of the same order at the same moment: re-read and decide again as a re-import.
    const results = await commands.handleMany(
      decider,
      orders.map((order, i) => commandFor(order, plans[i])),
      {
        commandName: 'ImportOrder',
        retries: 5,
      },
    );
    for (const item of items) {
      counts.rows += item.rows;
      if (item.kind === 'problems') {
        counts.failed++;
        problems.push(...item.problems);
      }
    }
    for (const [i, order] of orders.entries()) {
      const outcome = outcomeOf(file, order, results[i]!);
      if (typeof outcome === 'string') counts[outcome]++;
      else {
        counts.failed++;
        problems.push(outcome);
      }
    }
    onProgress?.({ ...counts });
  };

  // Yahoo's Orders + Items: the order file is read first and joined onto the item rows; other layouts pass through.
  const joined = await joinFiles(request.files, request.mapping);
  problems.push(...joined.problems);
  for (const file of joined.itemFiles) {
    const items = readUntilBroken(
      file.name,
      readOrders(file.name, file.open(), request.mapping, joined.joiner?.()),
      request.mapping.header ? 1 : 0,
    );
    await forEachConcurrently(inBatches(items, BATCH_SIZE), request.concurrency ?? CONCURRENCY, async (batch) => {
      await staffFirst(request.staffActivity, () => importBatch(file.name, batch));
    });
  }
  const unmatched = joined.unmatched();
  counts.failed += unmatched.length;
  problems.push(...unmatched);
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.row - b.row);
  // Messages quote cells and file names; the import's record must hold whatever they are.
  return { ...counts, problems: problems.map(storableProblem), ...(stoppedAt && { stoppedAt }) };
}
