import type * as t from 'io-ts';
import { type DatabaseTransactionConnection, sql } from 'slonik';
import { z } from 'zod';
import type { DecodedEvent } from '../../application/events/event-registry';
import { CustomerBlacklisted, CustomerRemovedFromBlacklist } from '../../domain/customer/events';
import { customerOfBuyer } from '../../domain/customer/identity';
import { OrderCancelled, OrderEnteredByStaff, OrderImported } from '../../domain/order/events';
import type { Person } from '../../domain/order/order-data';
import { normalizeForSearch } from '../order-search/normalize';
import { defineProjection } from '../projection';

export interface Registration {
  readonly customerId: string;
  readonly tenantId: string;
  readonly identityKey: string;
  readonly name: string;
  readonly kana: string;
  readonly email: string;
  readonly phone: string;
  readonly registeredAt: string;
  /** The orderer's postal code and address on the customer's latest order in the batch (for the blacklist check). */
  readonly postalCode: string;
  readonly address: string;
  /** That order's orderedAt. */
  readonly addressAt: string;
}

export interface Purchase {
  readonly customerId: string;
  readonly orderId: string;
  readonly orderNumber: string;
  readonly shopId: string;
  readonly orderedAt: string;
  readonly billed: number;
  cancelled: boolean;
}

export type Blacklisting = { tenantId: string; reason: string | null; at: string | null };

/** What a batch changes, folded in memory so that each kind of change is one multi-row statement. */
export interface BatchChanges {
  /** By customer: the buyer's details as on their first order, and the address of their latest. */
  readonly registrations: Map<string, Registration>;
  /** Orders created in this batch, by order id. */
  readonly purchases: Map<string, Purchase>;
  /** Orders created in an earlier batch and cancelled in this one. */
  readonly cancellations: Set<string>;
  readonly blacklist: Map<string, Blacklisting>;
}

const CUSTOMERS_EVENTS = {
  OrderImported,
  OrderEnteredByStaff,
  OrderCancelled,
  CustomerBlacklisted,
  CustomerRemovedFromBlacklist,
} as const;
type CustomersEvent = t.TypeOf<(typeof CUSTOMERS_EVENTS)[keyof typeof CUSTOMERS_EVENTS]>;

/** The read model as a pure function of a batch of events: what the batch changes, before any SQL is written. */
export function customerChanges(events: readonly DecodedEvent<CustomersEvent>[]): BatchChanges {
  const changes: BatchChanges = {
    registrations: new Map(),
    purchases: new Map(),
    cancellations: new Set(),
    blacklist: new Map(),
  };
  for (const { event: e, metadata } of events) {
    switch (e.type) {
      case 'OrderImported':
      case 'OrderEnteredByStaff': {
        const { orderer, orderedAt, amounts } = e.data.mallData;
        // The tenant the command ran for, as the infrastructure recorded it: every read model takes it from there.
        const customer = customerOfBuyer(metadata.tenantId, orderer);
        if (!customer) break;
        const { customerId } = customer;
        const registered = changes.registrations.get(customerId);
        const latest = { postalCode: orderer.postalCode, address: addressOf(orderer), addressAt: orderedAt };
        if (!registered) {
          const { name, kana, email, phone } = orderer;
          changes.registrations.set(customerId, {
            ...customer,
            tenantId: metadata.tenantId,
            name,
            kana,
            email,
            phone,
            registeredAt: metadata.occurredAt,
            ...latest,
          });
        } else if (Date.parse(orderedAt) >= Date.parse(registered.addressAt))
          changes.registrations.set(customerId, { ...registered, ...latest });
        const { orderId, orderNumber, shopId } = e.data;
        changes.purchases.set(orderId, {
          customerId,
          orderId,
          orderNumber,
          shopId,
          orderedAt,
          billed: amounts.billed,
          cancelled: false,
        });
        break;
      }
      case 'OrderCancelled': {
        const purchase = changes.purchases.get(e.data.orderId);
        if (purchase) purchase.cancelled = true;
        else changes.cancellations.add(e.data.orderId);
        break;
      }
      case 'CustomerBlacklisted':
        changes.blacklist.set(e.data.customerId, {
          tenantId: metadata.tenantId,
          reason: e.data.reason,
          at: metadata.occurredAt,
        });
        break;
      case 'CustomerRemovedFromBlacklist':
        changes.blacklist.set(e.data.customerId, { tenantId: metadata.tenantId, reason: null, at: null });
        break;
    }
  }
  return changes;
}

/** The address as one text, as the buyer wrote it; the blacklist check normalises it when it compares. */
const addressOf = (p: Person): string => `${p.prefecture}${p.city}${p.street}${p.building}`;

const searchText = (r: Registration) =>
  [r.name, r.kana, r.email, r.phone]
    .map(normalizeForSearch)
    .filter((part) => part !== '')
    .join(' ');

/** The batch brings a later order's address than the one the customer has (none, for a row from before 0040). */
const NEWER_ADDRESS = sql.fragment`(customers.address_at IS NULL OR EXCLUDED.address_at >= customers.address_at)`;

/**
 * The batch's purchases and their customers in one statement. Counts, totals and first/last dates move by the purchases
 * really inserted (an order already in the history, as in a replay, moves nothing; one cancelled within the batch never
 * counts), and a new customer is inserted with them: updating it right after would write every index twice, its
 * trigram index too.
 */
async function addPurchases(
  tx: DatabaseTransactionConnection,
  registrations: readonly Registration[],
  purchases: readonly Purchase[],
): Promise<void> {
  if (registrations.length === 0) return;
  const customers = registrations.map((r) => [
    r.customerId,
    r.tenantId,
    r.identityKey,
    r.name,
    r.kana,
    r.email,
    r.phone,
    normalizeForSearch(r.kana),
    r.registeredAt,
    searchText(r),
    r.postalCode,
    r.address,
    r.addressAt,
  ]);
  const bought = purchases.map((p) => [
    p.customerId,
    p.orderId,
    p.orderNumber,
    p.shopId,
    p.orderedAt,
    p.billed,
    p.cancelled,
  ]);
  await tx.query(sql.unsafe`
    WITH added AS (
      INSERT INTO customer_purchases (customer_id, order_id, order_number, shop_id, ordered_at, billed, cancelled)
      SELECT * FROM ${sql.unnest(bought, ['uuid', 'text', 'text', 'text', 'timestamptz', 'int4', 'bool'])}
      ON CONFLICT (customer_id, order_id) DO NOTHING
      RETURNING customer_id, ordered_at, billed, cancelled
    ), counted AS (
      SELECT customer_id, count(*)::int AS n, sum(billed) AS total, min(ordered_at) AS first, max(ordered_at) AS last
      FROM added WHERE NOT cancelled GROUP BY customer_id
    )
    INSERT INTO customers (id, tenant_id, identity_key, name, kana, email, phone, kana_sort, registered_at, search_text,
      postal_code, address, address_at, purchase_count, total_billed, first_purchase_at, last_purchase_at)
    SELECT r.*, coalesce(d.n, 0), coalesce(d.total, 0), d.first, d.last
    FROM ${sql.unnest(customers, [
      'uuid',
      'uuid',
      'text',
      'text',
      'text',
      'text',
      'text',
      'text',
      'timestamptz',
      'text',
      'text',
      'text',
      'timestamptz',
    ])}
      AS r(id, tenant_id, identity_key, name, kana, email, phone, kana_sort, registered_at, search_text,
        postal_code, address, address_at)
    LEFT JOIN counted d ON d.customer_id = r.id
    ON CONFLICT (id) DO UPDATE SET purchase_count = customers.purchase_count + EXCLUDED.purchase_count,
      total_billed = customers.total_billed + EXCLUDED.total_billed,
      first_purchase_at = LEAST(customers.first_purchase_at, EXCLUDED.first_purchase_at),
      last_purchase_at = GREATEST(customers.last_purchase_at, EXCLUDED.last_purchase_at),
      -- The latest order's address wins; an older order imported late does not move it back.
      postal_code = CASE WHEN ${NEWER_ADDRESS} THEN EXCLUDED.postal_code ELSE customers.postal_code END,
      address = CASE WHEN ${NEWER_ADDRESS} THEN EXCLUDED.address ELSE customers.address END,
      address_at = GREATEST(customers.address_at, EXCLUDED.address_at)
    WHERE EXCLUDED.purchase_count > 0`);
}

/** Cancelled orders stay in the history, marked; their customers' figures are worked out again from what still counts. */
async function cancelPurchases(tx: DatabaseTransactionConnection, orderIds: readonly string[]): Promise<void> {
  if (orderIds.length === 0) return;
  const customerIds = await tx.anyFirst(sql.type(z.object({ customer_id: z.string() }))`
    UPDATE customer_purchases SET cancelled = true WHERE order_id = ANY(${sql.array(orderIds, 'text')}) AND NOT cancelled
    RETURNING customer_id`);
  if (customerIds.length === 0) return;
  await tx.query(sql.unsafe`
    UPDATE customers c SET purchase_count = s.n, total_billed = s.total, first_purchase_at = s.first, last_purchase_at = s.last
    FROM (
      SELECT c2.id, count(p.order_id)::int AS n, coalesce(sum(p.billed), 0) AS total, min(p.ordered_at) AS first, max(p.ordered_at) AS last
      FROM customers c2 LEFT JOIN customer_purchases p ON p.customer_id = c2.id AND NOT p.cancelled
      WHERE c2.id = ANY(${sql.array([...new Set(customerIds)], 'uuid')})
      GROUP BY c2.id
    ) s
    WHERE c.id = s.id`);
}

/** Blacklisting is the one thing staff decide about a customer; it applies only within the tenant that decided it. */
async function setBlacklist(tx: DatabaseTransactionConnection, entries: Map<string, Blacklisting>): Promise<void> {
  if (entries.size === 0) return;
  const tuples = [...entries].map(([id, b]) => [id, b.tenantId, b.reason, b.at]);
  await tx.query(sql.unsafe`
    UPDATE customers c SET blacklist_reason = u.reason, blacklisted_at = u.at
    FROM ${sql.unnest(tuples, ['uuid', 'uuid', 'text', 'timestamptz'])} AS u(id, tenant_id, reason, at)
    WHERE c.id = u.id AND c.tenant_id = u.tenant_id`);
}

/**
 * 顧客 and 購入履歴, read from the orders: an order's buyer is the customer their normalised e-mail (else phone)
 * identifies within the tenant, registered with the details of their first order. A cancelled order stays in the
 * history and stops counting. The customer is always the one the order's creation named, so a later change of the
 * buyer's e-mail at the mall does not move the purchase. Blacklisting comes from the customers' own streams.
 */
export const customersProjection = defineProjection({
  name: 'customers',
  events: CUSTOMERS_EVENTS,
  filter: { streamPrefixes: ['order-', 'customer-'], eventTypes: Object.keys(CUSTOMERS_EVENTS) },
  tables: ['customer_purchases', 'customers'],
  async apply(tx, events) {
    const changes = customerChanges(events);
    await addPurchases(tx, [...changes.registrations.values()], [...changes.purchases.values()]);
    await cancelPurchases(tx, [...changes.cancellations]);
    await setBlacklist(tx, changes.blacklist);
  },
});
