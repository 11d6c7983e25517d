/**
 * What the fault tier checks after a crash: every order is in the log once, and every row of the order list equals
 * the fold of its stream (orderSearchRows, the projection's own pure function).
 */
import type pg from 'pg';
import type { DecodedEvent } from '../../application/events/event-registry';
import { createProductEventRegistry } from '../../application/events/product-events';
import type { OrderEvent } from '../../domain/order/events';
import { PostgreSqlEventStore } from '../../infrastructure/event-store/postgresql/postgresql-event-store';
import { orderSearchRows } from '../../projections/order-search/order-search-projection';

/** The columns compared: what the list shows and filters on, and the revision the row was folded to. */
const compared = (row: {
  id: string;
  shopId: string;
  orderNumber: string;
  status: string;
  heldBox: number | null;
  tags: readonly string[];
  total: number;
  revision: bigint | string;
}) => ({
  id: row.id,
  shopId: row.shopId,
  orderNumber: row.orderNumber,
  status: row.status,
  heldBox: row.heldBox,
  tags: [...row.tags],
  total: row.total,
  revision: String(row.revision),
});

/** Checks the tenant's order list against its streams with jest's expect, and answers the streams by order id. */
export async function expectOrderListToMatchStreams(
  pool: pg.Pool,
  tenantId: string,
): Promise<Map<string, DecodedEvent<OrderEvent>[]>> {
  const registry = createProductEventRegistry();
  const store = new PostgreSqlEventStore(pool);
  const { rows: names } = await pool.query<{ stream_name: string }>(
    `SELECT DISTINCT stream_name FROM events WHERE stream_name LIKE 'order-%' AND metadata->>'tenantId' = $1`,
    [tenantId],
  );
  const streams = new Map<string, DecodedEvent<OrderEvent>[]>();
  for (const [name, events] of await store.readStreams(names.map((n) => n.stream_name))) {
    if (!Array.isArray(events)) throw events;
    streams.set(
      name.slice('order-'.length),
      events.map((e) => registry.decode(e) as DecodedEvent<OrderEvent>),
    );
  }
  const expected = orderSearchRows([...streams.values()].flat()).map(compared);
  // Each order number of a shop once in the log: an order entered twice would be two streams of one number.
  const numbers = expected.map((row) => `${row.shopId}/${row.orderNumber}`);
  expect(new Set(numbers).size).toBe(numbers.length);

  const { rows: listed } = await pool.query(
    `SELECT id, shop_id AS "shopId", order_number AS "orderNumber", status, held_box AS "heldBox", tags, total, revision
     FROM order_search WHERE tenant_id = $1`,
    [tenantId],
  );
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  expect(listed.map(compared).sort(byId)).toEqual(expected.sort(byId));
  return streams;
}
