import pg from 'pg';
import { CommandHandler } from '../../application/commands/command-handler';
import { createProductEventRegistry } from '../../application/events/product-events';
import { systemClock } from '../../application/ports/clock';
import { orderDecider } from '../../domain/order/order';
import { importedOrderIdFor, streamName, tenantIdFor } from '../../domain/shared/ids';
import { PostgreSqlEventStore } from '../../infrastructure/event-store/postgresql/postgresql-event-store';
import { importOrder } from './order-fixtures';
import { context } from './write-side';

/**
 * Imports `count` fixture orders for a tenant through the real command path; returns their ids. `desiredDates[i]`, when
 * given, is order i's desired delivery date (お届け希望日).
 */
export async function importTestOrders(
  connectionString: string,
  tenantCode: string,
  count: number,
  desiredDates: readonly (string | null)[] = [],
): Promise<string[]> {
  const pool = new pg.Pool({ connectionString });
  const store = new PostgreSqlEventStore(pool);
  const commands = new CommandHandler(store, createProductEventRegistry(), systemClock);
  const tenantId = tenantIdFor(tenantCode);
  const ids: string[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const orderNumber = `123456-20261130-000000${i}`;
      const orderId = importedOrderIdFor(tenantId, 'shop-rakuten', orderNumber);
      const mallData = i < desiredDates.length ? withDesiredDate(desiredDates[i] ?? null) : importOrder.mallData;
      await commands.handle(
        orderDecider,
        streamName.order(orderId),
        { ...importOrder, mallData, orderId, tenantId, shopId: 'shop-rakuten', orderNumber },
        context({ tenantId, actor: 'system' }),
      );
      ids.push(orderId);
    }
  } finally {
    await store.close();
    await pool.end();
  }
  return ids;
}

const withDesiredDate = (desiredDate: string | null) => ({
  ...importOrder.mallData,
  destinations: importOrder.mallData.destinations.map((d) => ({ ...d, delivery: { ...d.delivery, desiredDate } })),
});
