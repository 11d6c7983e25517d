import type { DatabasePool } from 'slonik';
import { OrderStatus } from '../../domain/order/status';
import { orderIdsByNumber, orderIdsMatching } from '../../projections/order-search/order-search-queries';

/** `--status S` or `--orders N,N…`, as the commands that act on a selection of orders take them. */
export interface OrderSelectionOptions {
  readonly status?: string;
  readonly orders?: string;
}

/** Refuses both, or (when one is required) neither, and a status the product does not have. */
export function checkOrderSelection(options: OrderSelectionOptions, required: boolean): void {
  const both = options.status !== undefined && options.orders !== undefined;
  const neither = options.status === undefined && options.orders === undefined;
  if (both || (required && neither))
    throw new Error('--status か --orders のどちらか一方を指定してください / give --status or --orders');
  if (options.status !== undefined && !OrderStatus.is(options.status))
    throw new Error(`--status: ステータス「${options.status}」はありません / no status ${options.status}`);
}

/** The ids of the orders named by number, in the order given; an unknown number refuses them all. */
export async function orderIdsOfNumbers(db: DatabasePool, tenantId: string, list: string): Promise<string[]> {
  const numbers = [...new Set(list.split(',').map((n) => n.trim()))].filter((n) => n !== '');
  const ids = await orderIdsByNumber(db, tenantId, numbers);
  const unknown = numbers.filter((n) => !ids.has(n));
  if (unknown.length > 0) throw new Error(`受注番号が見つかりません / no such order: ${unknown.join(', ')}`);
  return numbers.map((n) => ids.get(n)!);
}

/** The selected orders: by number, or every order of the status tab (one more than `max`, for the service to refuse). */
export async function selectedOrderIds(
  db: DatabasePool,
  tenantId: string,
  options: OrderSelectionOptions,
  max: number,
): Promise<readonly string[]> {
  if (options.orders !== undefined) return orderIdsOfNumbers(db, tenantId, options.orders);
  return orderIdsMatching(db, tenantId, { status: options.status as OrderStatus }, max + 1);
}
