import { type DatabaseTransactionConnection, sql } from 'slonik';
import type { DecodedEvent } from '../../application/events/event-registry';
import type { CustomerEvent, CustomerPurchaseRecorded, CustomerRegistered } from '../../domain/customer/events';
import { normalizeForSearch } from '../order-search/normalize';
import type { Projection } from '../projection';

type Registration = CustomerRegistered['data'] & { registeredAt: string };
type Purchase = CustomerPurchaseRecorded['data'] & { cancelled: boolean };
type Blacklisting = { reason: string | null; at: string | null };

/** What a batch changes, folded in memory so that each kind of change is one multi-row statement. */
interface BatchChanges {
  readonly registrations: Registration[];
  /** By customer and order; the last word on a purchase in the batch wins. */
  readonly purchases: Map<string, Purchase>;
  /** Withdrawals of purchases recorded in an earlier batch. */
  readonly withdrawals: Map<string, { customerId: string; orderId: string }>;
  readonly blacklist: Map<string, Blacklisting>;
}

const purchaseKey = (customerId: string, orderId: string) => `${customerId}\u0000${orderId}`;

function fold(events: readonly DecodedEvent[]): BatchChanges {
  const changes: BatchChanges = { registrations: [], purchases: new Map(), withdrawals: new Map(), blacklist: new Map() };
  for (const { event, metadata } of events) {
    const e = event as CustomerEvent;
    switch (e.type) {
      case 'CustomerRegistered':
        // The tenant the infrastructure recorded for the command, as every read model takes it.
        changes.registrations.push({ ...e.data, tenantId: metadata.tenantId, registeredAt: metadata.occurredAt });
        break;
      case 'CustomerPurchaseRecorded': {
        const key = purchaseKey(e.data.customerId, e.data.orderId);
        changes.withdrawals.delete(key);
        changes.purchases.set(key, { ...e.data, cancelled: false });
        break;
      }
      case 'CustomerPurchaseWithdrawn': {
        const key = purchaseKey(e.data.customerId, e.data.orderId);
        const recorded = changes.purchases.get(key);
        if (recorded) changes.purchases.set(key, { ...recorded, cancelled: true });
        else changes.withdrawals.set(key, e.data);
        break;
      }
      case 'CustomerBlacklisted':
        changes.blacklist.set(e.data.customerId, { reason: e.data.reason, at: metadata.occurredAt });
        break;
      case 'CustomerRemovedFromBlacklist':
        changes.blacklist.set(e.data.customerId, { reason: null, at: null });
        break;
    }
  }
  return changes;
}

const searchText = (r: Registration) => [r.name, r.kana, r.email, r.phone].map(normalizeForSearch).filter((part) => part !== '').join(' ');

async function insertCustomers(tx: DatabaseTransactionConnection, rows: readonly Registration[]): Promise<void> {
  if (rows.length === 0) return;
  const tuples = rows.map((r) => [r.customerId, r.tenantId, r.identityKey, r.name, r.kana, r.email, r.phone, normalizeForSearch(r.kana), r.registeredAt, searchText(r)]);
  await tx.query(sql.unsafe`
    INSERT INTO customers (id, tenant_id, identity_key, name, kana, email, phone, kana_sort, registered_at, search_text)
    SELECT * FROM ${sql.unnest(tuples, ['uuid', 'uuid', 'text', 'text', 'text', 'text', 'text', 'text', 'timestamptz', 'text'])}
    ON CONFLICT (id) DO NOTHING`);
}

async function upsertPurchases(tx: DatabaseTransactionConnection, rows: readonly Purchase[]): Promise<void> {
  if (rows.length === 0) return;
  const tuples = rows.map((p) => [p.customerId, p.orderId, p.orderNumber, p.shopId, p.orderedAt, p.billed, p.cancelled]);
  await tx.query(sql.unsafe`
    INSERT INTO customer_purchases (customer_id, order_id, order_number, shop_id, ordered_at, billed, cancelled)
    SELECT * FROM ${sql.unnest(tuples, ['uuid', 'text', 'text', 'text', 'timestamptz', 'int4', 'bool'])}
    ON CONFLICT (customer_id, order_id) DO UPDATE SET order_number = EXCLUDED.order_number, shop_id = EXCLUDED.shop_id,
      ordered_at = EXCLUDED.ordered_at, billed = EXCLUDED.billed, cancelled = EXCLUDED.cancelled`);
}

async function markWithdrawn(tx: DatabaseTransactionConnection, keys: readonly { customerId: string; orderId: string }[]): Promise<void> {
  if (keys.length === 0) return;
  await tx.query(sql.unsafe`
    UPDATE customer_purchases p SET cancelled = true
    FROM ${sql.unnest(keys.map((k) => [k.customerId, k.orderId]), ['uuid', 'text'])} AS u(customer_id, order_id)
    WHERE p.customer_id = u.customer_id AND p.order_id = u.order_id`);
}

async function setBlacklist(tx: DatabaseTransactionConnection, entries: Map<string, Blacklisting>): Promise<void> {
  if (entries.size === 0) return;
  const tuples = [...entries].map(([id, b]) => [id, b.reason, b.at]);
  await tx.query(sql.unsafe`
    UPDATE customers c SET blacklist_reason = u.reason, blacklisted_at = u.at
    FROM ${sql.unnest(tuples, ['uuid', 'text', 'timestamptz'])} AS u(id, reason, at)
    WHERE c.id = u.id`);
}

/** Count, total and first/last date over the purchases that still count, recomputed for the customers the batch touched. */
async function recomputeTotals(tx: DatabaseTransactionConnection, customerIds: readonly string[]): Promise<void> {
  if (customerIds.length === 0) return;
  await tx.query(sql.unsafe`
    UPDATE customers c SET purchase_count = s.n, total_billed = s.total, first_purchase_at = s.first, last_purchase_at = s.last
    FROM (
      SELECT c2.id, count(p.order_id)::int AS n, coalesce(sum(p.billed), 0) AS total, min(p.ordered_at) AS first, max(p.ordered_at) AS last
      FROM customers c2 LEFT JOIN customer_purchases p ON p.customer_id = c2.id AND NOT p.cancelled
      WHERE c2.id = ANY(${sql.array(customerIds, 'uuid')})
      GROUP BY c2.id
    ) s
    WHERE c.id = s.id`);
}

/** 顧客 and 購入履歴: the customer list and each customer's purchases, from the customer streams. */
export const customersProjection: Projection = {
  name: 'customers',
  filter: { streamPrefixes: ['customer-'] },
  tables: ['customer_purchases', 'customers'],
  async apply(tx, events) {
    const changes = fold(events);
    await insertCustomers(tx, changes.registrations);
    await upsertPurchases(tx, [...changes.purchases.values()]);
    await markWithdrawn(tx, [...changes.withdrawals.values()]);
    await setBlacklist(tx, changes.blacklist);
    const touched = new Set([...changes.purchases.values(), ...changes.withdrawals.values()].map((p) => p.customerId));
    await recomputeTotals(tx, [...touched]);
  },
};
