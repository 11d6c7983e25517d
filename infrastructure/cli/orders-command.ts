import type { Command } from 'commander';
import * as E from 'fp-ts/Either';
import { runBulkOrderCommands } from '../../application/orders/bulk-order-commands';
import { refusalText } from '../../application/commands/refusals';
import type { OrderLine } from '../../domain/order/order-data';
import { findTenantByCode } from '../../projections/accounts/account-queries';
import { registerBundleCommands } from './bundle-commands';
import { withCli } from './cli-context';
import { orderIdsOfNumbers } from './order-selection';
import { operator } from './operator';

interface AddItemOptions {
  readonly tenant: string;
  readonly orders: string;
  readonly sku: string;
  readonly name: string;
  readonly price: string;
  readonly quantity: string;
  readonly taxRate: string;
  readonly options: string;
  readonly destination: string;
  readonly json?: boolean;
}

/** As many orders as the API's bulk actions take at once. */
const MAX_ORDERS = 500;

const wholeNumber = (option: string, text: string, min: number): number => {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min)
    throw new Error(`${option}: ${min}以上の整数で指定してください / a whole number, ${min} or more`);
  return n;
};

/** The line as the options give it, each part checked before any order is touched. */
function lineOf(options: AddItemOptions): OrderLine {
  if (options.name.trim() === '') throw new Error('--name: 商品名を指定してください / give the item name');
  if (options.taxRate !== '10' && options.taxRate !== '8')
    throw new Error('--tax-rate: 10 か 8 を指定してください / 10 or 8');
  return {
    sku: options.sku.trim(),
    name: options.name.trim(),
    options: options.options,
    unitPrice: wholeNumber('--price', options.price, 0),
    quantity: wholeNumber('--quantity', options.quantity, 1),
    taxRate: options.taxRate === '8' ? 8 : 10,
  };
}

/** `oms orders add-item`: 商品を追加 to many orders (a leaflet in every parcel), the same bulk action as the list's. */
function registerAddItemCommand(orders: Command): void {
  orders
    .command('add-item')
    .description('add an item to each order / 商品を追加')
    .requiredOption('--tenant <code>', 'tenant code')
    .requiredOption('--orders <numbers>', 'order numbers, comma-separated')
    .requiredOption('--sku <sku>', '商品コード')
    .requiredOption('--name <name>', '商品名')
    .requiredOption('--price <yen>', '単価 (税込, 円)')
    .requiredOption('--quantity <n>', '数量')
    .option('--tax-rate <rate>', '税率 10 or 8', '10')
    .option('--options <text>', '項目・選択肢', '')
    .option('--destination <n>', '送付先 (1 = the first)', '1')
    .option('--json', 'print {"succeeded":N,"failed":N,"results":[…]} only')
    .action((options: AddItemOptions) =>
      withCli(async (cli) => {
        const line = lineOf(options);
        const destinationIndex = wholeNumber('--destination', options.destination, 1) - 1;
        const tenant = await findTenantByCode(cli.db, options.tenant);
        if (!tenant) throw new Error(`no tenant ${options.tenant} / テナントが見つかりません`);
        const numbers = [...new Set(options.orders.split(',').map((n) => n.trim()))].filter((n) => n !== '');
        if (numbers.length > MAX_ORDERS)
          throw new Error(`一度に${MAX_ORDERS}件までです / at most ${MAX_ORDERS} orders`);
        const ids = await orderIdsOfNumbers(cli.db, tenant.id, options.orders);
        const ran = await runBulkOrderCommands(
          cli.pipeline,
          operator(tenant.id),
          'add-item',
          ids.map((orderId) => ({ orderId, command: { type: 'AddOrderLine', destinationIndex, line } })),
        );
        // Each order on its own: one refused order never stops the rest.
        const results = numbers.map((orderNumber, i) => {
          const result = ran[i]!;
          return E.isRight(result)
            ? { orderNumber, ok: true, message: '追加しました / added' }
            : { orderNumber, ok: false, message: refusalText(result.left) };
        });
        const succeeded = results.filter((r) => r.ok).length;
        const failed = results.length - succeeded;
        if (failed > 0) process.exitCode = 1;
        if (options.json) return void console.log(JSON.stringify({ succeeded, failed, results }));
        for (const r of results) (r.ok ? console.log : console.error)(`${r.orderNumber}: ${r.message}`);
        console.log(`商品を追加 ${line.name}×${line.quantity}: 成功 ${succeeded}件 / 失敗 ${failed}件`);
      }),
    );
}

/** `oms orders …`: actions on orders by order number. */
export function registerOrdersCommand(program: Command): void {
  const orders = program.command('orders').description('受注: actions on orders');
  registerAddItemCommand(orders);
  registerBundleCommands(orders);
}
