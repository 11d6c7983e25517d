import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';
import type { IntakeReads, RegisteredPurchase } from '../../application/automation/intake-planner';
import { loadOrders } from '../../application/documents/print-documents';
import type { EventRegistry } from '../../application/events/event-registry';
import type { EventStore } from '../../application/ports/event-store';
import { recentOrderOf } from '../../domain/checks/check-context';
import { normaliseEmail } from '../../domain/customer/identity';

/** A buyer with a house number: more orders than this in one window is a shop account, not a duplicate to find. */
const MAX_RECENT_ORDERS = 2000;

/** The keys of migration 0038's indexes, written exactly as there so that the look-up uses them. */
const PHONE_KEY = sql.fragment`regexp_replace(normalize(orderer_phone, NFKC), '[^0-9]', '', 'g')`;
const EMAIL_KEY = sql.fragment`lower(regexp_replace(normalize(orderer_email, NFKC), '\\s', '', 'g'))`;
const phoneDigits = (phone: string): string => phone.normalize('NFKC').replace(/[^0-9]/g, '');

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

  async recentOrders(tenantId, buyers, from, to, known = () => false) {
    const phones = [...new Set(buyers.map((b) => phoneDigits(b.phone)).filter((p) => p !== ''))];
    const emails = [...new Set(buyers.map((b) => normaliseEmail(b.email)).filter((e) => e !== ''))];
    if (phones.length === 0 && emails.length === 0) return [];
    // One index look-up per phone and per e-mail (migration 0038), not every order of the window tested against each
    // buyer of the batch. Per buyer (LATERAL, kept apart by its LIMIT), so that the plan does not hang on statistics: a
    // table not yet analysed (a new database's first import) otherwise walks the window by order date.
    const window = sql.fragment`tenant_id = ${tenantId} AND ordered_at BETWEEN ${from.toISOString()} AND ${to.toISOString()}
      AND status <> 'cancelled'`;
    const candidates = await db.any(
      sql.type(CandidateRow)`
        SELECT o.id FROM unnest(${sql.array(phones, 'text')}) AS b(phone) CROSS JOIN LATERAL (
          SELECT id FROM order_search WHERE ${window} AND ${PHONE_KEY} = b.phone LIMIT ${MAX_RECENT_ORDERS}) o
        UNION
        SELECT o.id FROM unnest(${sql.array(emails, 'text')}) AS b(email) CROSS JOIN LATERAL (
          SELECT id FROM order_search WHERE ${window} AND ${EMAIL_KEY} = b.email LIMIT ${MAX_RECENT_ORDERS}) o
        LIMIT ${MAX_RECENT_ORDERS}`,
    );
    const unknown = candidates.map((c) => c.id).filter((id) => !known(id));
    if (unknown.length === 0) return [];
    const { orders } = await loadOrders({ store, registry }, tenantId, unknown);
    return [...orders.values()].map(recentOrderOf);
  },
});
