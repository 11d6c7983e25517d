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

/**
 * Imports fixture order `index` of importTestOrders again, as the mall now has it, through the real command path: the
 * order takes the change at once up to 発送待ち and waits for a person's confirmation after it.
 */
export async function reimportTestOrder(
  connectionString: string,
  tenantCode: string,
  index: number,
  mallData: MallOrderData,
  changeId: string = crypto.randomUUID(),
): Promise<void> {
  const pool = new pg.Pool({ connectionString });
  const store = new PostgreSqlEventStore(pool);
  const commands = new CommandHandler(store, createProductEventRegistry(), systemClock);
  const tenantId = tenantIdFor(tenantCode);
  const orderNumber = `123456-20261130-000000${index}`;
  const orderId = importedOrderIdFor(tenantId, 'shop-rakuten', orderNumber);
  try {
    const result = await commands.handle(
      orderDecider,
      streamName.order(orderId),
      { ...importOrder, mallData, orderId, tenantId, shopId: 'shop-rakuten', orderNumber, changeId },
      context({ tenantId, actor: 'system' }),
    );
    if (result._tag === 'Left') throw new Error(`re-import refused: ${JSON.stringify(result.left)}`);
  } finally {
    await store.close();
    await pool.end();
  }
}
