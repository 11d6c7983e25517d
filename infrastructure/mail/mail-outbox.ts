import { type DatabasePool, sql } from 'slonik';
import type { MailContents } from '../../application/mail/request-mails';

/** Staff-written content kept in the outbox before the mail is asked for; the first content kept stands. */
export const outboxMailContents = (db: DatabasePool): MailContents => ({
  async keep(tenantId, orderId, mailId, content) {
    await db.query(sql.unsafe`
      INSERT INTO mail_outbox (mail_id, tenant_id, order_id, subject, text_body, html_body, content_given)
      VALUES (${mailId}, ${tenantId}, ${orderId}, ${content.subject}, ${content.text}, ${content.html}, true)
      ON CONFLICT (mail_id) DO NOTHING`);
  },
});
