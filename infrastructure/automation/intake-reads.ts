import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';
import type { IntakeReads, RegisteredPurchase } from '../../application/automation/intake-planner';
import type { EventRegistry } from '../../application/events/event-registry';
import type { EventStore } from '../../application/ports/event-store';
import type { RecentOrder } from '../../domain/checks/check-context';
import type { OrderEvent } from '../../domain/order/events';
import { orderDecider } from '../../domain/order/order';
import { streamName } from '../../domain/shared/ids';

/** A buyer with a house number: more orders than this in one window is a shop account, not a duplicate to find. */
const MAX_RECENT_ORDERS = 2000;

const BlacklistRow = z.object({
  customerId: z.string(),
  name: z.string(),
  phone: z.string(),
  postalCode: z.string(),
  address: z.string(),
  reason: z.string(),
});
const PurchaseRow = z.object({ customerId: z.string(), orderId: z.string(), orderedAt: z.number() });
const CandidateRow = z.object({ id: z.string() });

/**
 * Intake's look-ups in the read models: the customer register for the blacklist and purchase counts, the order list
 * for the duplicate check's candidates, whose contents are read from their streams in one round trip.
 */
export const intakeReadsFrom = (db: DatabasePool, store: EventStore, registry: EventRegistry): IntakeReads => ({
  async blacklist(tenantId) {
    // The name and phone of the first order, the postal code and address of the latest: buyers move and change e-mails.
    return [
      ...(await db.any(
        sql.type(BlacklistRow)`
          SELECT id AS "customerId", name, phone, postal_code AS "postalCode", address, blacklist_reason AS reason
          FROM customers WHERE tenant_id = ${tenantId} AND blacklist_reason IS NOT NULL`,
      )),
    ];
  },

  async purchases(tenantId, customerIds) {
    const byCustomer = new Map<string, RegisteredPurchase[]>();
    if (customerIds.length === 0) return byCustomer;
    const rows = await db.any(
      sql.type(PurchaseRow)`
        SELECT p.customer_id AS "customerId", p.order_id AS "orderId", p.ordered_at AS "orderedAt"
        FROM customer_purchases p JOIN customers c ON c.id = p.customer_id
        WHERE c.tenant_id = ${tenantId} AND p.customer_id = ANY(${sql.array(customerIds, 'uuid')}) AND NOT p.cancelled`,
    );
    for (const row of rows) {
      const list = byCustomer.get(row.customerId) ?? [];
      list.push({ orderId: row.orderId, orderedAt: new Date(row.orderedAt).toISOString() });
      byCustomer.set(row.customerId, list);
    }
    return byCustomer;
  },

  async recentOrders(tenantId, buyers, from, to) {
    const phones = [...new Set(buyers.map((b) => b.phone).filter((p) => p.trim() !== ''))];
    const emails = [...new Set(buyers.map((b) => b.email).filter((e) => e.trim() !== ''))];
    if (phones.length === 0 && emails.length === 0) return [];
    const candidates = await db.any(
      sql.type(CandidateRow)`
        SELECT id FROM order_search
        WHERE tenant_id = ${tenantId}
          AND ordered_at BETWEEN ${from.toISOString()} AND ${to.toISOString()}
          AND status <> 'cancelled'
          AND (orderer_phone = ANY(${sql.array(phones, 'text')}) OR orderer_email = ANY(${sql.array(emails, 'text')}))
        LIMIT ${MAX_RECENT_ORDERS}`,
    );
    if (candidates.length === 0) return [];
    const streams = await store.readStreams(candidates.map((c) => streamName.order(c.id)));
    const recent: RecentOrder[] = [];
    for (const recorded of streams.values()) {
      if (!Array.isArray(recorded)) continue;
      const state = recorded.reduce(
        (s, e) => orderDecider.evolve(s, registry.decode(e).event as OrderEvent),
        orderDecider.initialState(),
      );
      if (state.exists)
        recent.push({
          orderId: state.orderId,
          orderNumber: state.orderNumber,
          orderedAt: state.mallData.orderedAt,
          mallData: state.mallData,
        });
    }
    return recent;
  },
});
