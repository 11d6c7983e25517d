import { type DatabasePool, sql } from 'slonik';
import type { MailSender } from '../../application/mail/ports';

/** The From of a shop with no SMTP configured: a reserved domain, so even a copied header leads nowhere. */
const CATCHER_FROM = 'no-smtp-configured@example.invalid';

/**
 * The way out of a shop with no SMTP server: the mail is kept in `caught_mails` (送信メール（開発用）) and goes
 * nowhere. Attachments keep their name, type and size; their bytes are not needed to read what would have been sent.
 */
export function catcherSender(db: DatabasePool, tenantId: string, shopId: string): MailSender {
  return {
    from: CATCHER_FROM,
    async send(mail) {
      const attachments = mail.attachments.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        size: a.content.length,
      }));
      await db.query(sql.unsafe`
        INSERT INTO caught_mails
          (tenant_id, shop_id, message_id, from_address, to_address, subject, text_body, html_body, attachments)
        VALUES (${tenantId}, ${shopId}, ${mail.messageId}, ${CATCHER_FROM}, ${mail.to}, ${mail.subject}, ${mail.text},
          ${mail.html}, ${sql.jsonb(attachments)})`);
    },
  };
}
