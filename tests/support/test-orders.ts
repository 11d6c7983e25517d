import pg from 'pg';
import { CommandHandler } from '../../application/commands/command-handler';
import { createProductEventRegistry } from '../../application/events/product-events';
import { systemClock } from '../../application/ports/clock';
import { orderDecider } from '../../domain/order/order';
import { importedOrderIdFor, streamName, tenantIdFor } from '../../domain/shared/ids';
import { PostgreSqlEventStore } from '../../infrastructure/event-store/postgresql/postgresql-event-store';
import { importOrder } from './order-fixtures';
import { context } from './write-side';

/** Imports `count` fixture orders for a tenant through the real command path; returns their ids. */
export async function importTestOrders(connectionString: string, tenantCode: string, count: number): Promise<string[]> {
  const pool = new pg.Pool({ connectionString });
  const store = new PostgreSqlEventStore(pool);
  const commands = new CommandHandler(store, createProductEventRegistry(), systemClock);
  const tenantId = tenantIdFor(tenantCode);
  const ids: string[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const orderNumber = `123456-20261130-000000${i}`;
      const orderId = importedOrderIdFor(tenantId, 'shop-rakuten', orderNumber);
      await commands.handle(orderDecider, streamName.order(orderId), { ...importOrder, orderId, tenantId, shopId: 'shop-rakuten', orderNumber }, context({ tenantId, actor: 'system' }));
      ids.push(orderId);
    }
  } finally {
    await store.close();
    await pool.end();
  }
  return ids;
}
