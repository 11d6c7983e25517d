import { sql } from 'slonik';
import { MAIL_TEMPLATE_EVENTS } from '../../domain/mail-template/events';
import { defineProjection } from '../projection';

/** The templates shops wrote, for the editor and the mails; a reset removes the row, so the default applies again. */
export const mailTemplatesProjection = defineProjection({
  name: 'mail-templates',
  events: MAIL_TEMPLATE_EVENTS,
  tables: ['mail_templates'],
  async apply(tx, events) {
    for (const { event, metadata } of events) {
      switch (event.type) {
        case 'MailTemplateSaved': {
          const { tenantId, shopId, kind, subject, text, mjml } = event.data;
          await tx.query(sql.unsafe`
            INSERT INTO mail_templates (tenant_id, shop_id, kind, subject, text_body, mjml, updated_at, updated_by)
            VALUES (${tenantId}, ${shopId}, ${kind}, ${subject}, ${text}, ${mjml}, ${metadata.occurredAt},
                    ${metadata.actor})
            ON CONFLICT (tenant_id, shop_id, kind) DO UPDATE
              SET subject = EXCLUDED.subject, text_body = EXCLUDED.text_body, mjml = EXCLUDED.mjml,
                  updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`);
          break;
        }
        case 'MailTemplateReset': {
          const { tenantId, shopId, kind } = event.data;
          await tx.query(sql.unsafe`
            DELETE FROM mail_templates WHERE tenant_id = ${tenantId} AND shop_id = ${shopId} AND kind = ${kind}`);
          break;
        }
      }
    }
  },
});
