import * as E from 'fp-ts/Either';
import pg from 'pg';
import { CommandHandler } from '../../application/commands/command-handler';
import { createProductEventRegistry } from '../../application/events/product-events';
import { systemClock } from '../../application/ports/clock';
import type { MallOrderData } from '../../domain/order/order-data';
import { orderDecider } from '../../domain/order/order';
import { importedOrderIdFor, streamName, tenantIdFor } from '../../domain/shared/ids';
import { PostgreSqlEventStore } from '../../infrastructure/event-store/postgresql/postgresql-event-store';
import { importOrder } from './order-fixtures';
import { context } from './write-side';

/** The id of fixture order `index` of importTestOrders. */
export const testOrderId = (tenantCode: string, index: number): string =>
  importedOrderIdFor(tenantIdFor(tenantCode), 'shop-rakuten', `123456-20261130-000000${index}`);

/**
 * The mall sends fixture order `index` of importTestOrders again with other data, as the next import of its file would;
 * past 発送待ち that leaves a change awaiting a person. Returns the order's id.
 */
export async function reimportTestOrder(
  connectionString: string,
  tenantCode: string,
  index: number,
  mallData: MallOrderData,
  changeId: string,
): Promise<string> {
  const pool = new pg.Pool({ connectionString });
  const store = new PostgreSqlEventStore(pool);
  const commands = new CommandHandler(store, createProductEventRegistry(), systemClock);
  const tenantId = tenantIdFor(tenantCode);
  const orderNumber = `123456-20261130-000000${index}`;
  const orderId = testOrderId(tenantCode, index);
  try {
    const result = await commands.handle(
      orderDecider,
      streamName.order(orderId),
      { ...importOrder, mallData, orderId, tenantId, shopId: 'shop-rakuten', orderNumber, changeId },
      context({ tenantId, actor: 'system' }),
    );
    if (E.isLeft(result)) throw new Error(`re-import refused: ${JSON.stringify(result.left)}`);
  } finally {
    await store.close();
    await pool.end();
  }
  return orderId;
}
