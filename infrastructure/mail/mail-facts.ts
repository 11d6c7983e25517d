import { type DatabasePool, sql } from 'slonik';
import type { MailFacts } from '../../application/mail/prepare-mail';

/** {{ショップ名}} and {{購入回数}} from the read models. */
export const readModelMailFacts = (db: DatabasePool): MailFacts => ({
  async shopName(tenantId, shopId) {
    const name = await db.maybeOneFirst(
      sql.unsafe`SELECT name FROM shops WHERE tenant_id = ${tenantId} AND id = ${shopId}`,
    );
    return typeof name === 'string' ? name : '';
  },
  // Counted up to this order, so a mail sent again later still says what it said the first time.
  async purchaseCount(tenantId, orderId) {
    const count = await db.maybeOneFirst(sql.unsafe`
      SELECT count(*) FILTER (WHERE NOT other.cancelled AND other.ordered_at <= this.ordered_at)::int
      FROM customer_purchases this
      JOIN customers c ON c.id = this.customer_id AND c.tenant_id = ${tenantId}
      JOIN customer_purchases other ON other.customer_id = this.customer_id
      WHERE this.order_id = ${orderId}
      GROUP BY this.customer_id`);
    return typeof count === 'number' ? count : null;
  },
});
