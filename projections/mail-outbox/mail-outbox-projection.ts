import { sql } from 'slonik';
import { MailRequested } from '../../domain/order/events';
import { enqueueMail, executorOn } from '../../infrastructure/mail/mail-queue';
import { defineProjection } from '../projection';

/**
 * Each mail asked for becomes a row of the mail outbox and a job of the mail queue, in the transaction that moves this
 * projection's checkpoint: a batch applied twice (after a crash) finds the row and queues nothing, and a batch lost is
 * applied again. The outbox is not rebuilt from the log (`tables` is empty): it holds what the worker did, and a
 * rebuild replaying MailRequested finds every row there and sends nothing again.
 */
export const mailOutboxProjection = defineProjection({
  name: 'mail-outbox',
  events: { MailRequested },
  tables: [],
  async apply(tx, events) {
    for (const { event, metadata } of events) {
      const { orderId, mailId, kind, trigger, notBefore } = event.data;
      const { tenantId } = metadata;
      // A row kept earlier with staff-written content is taken over; a row already asked for stays as it is.
      const asked = await tx.maybeOneFirst(sql.unsafe`
        INSERT INTO mail_outbox (mail_id, tenant_id, order_id, kind, trigger, not_before, requested_at)
        VALUES (${mailId}, ${tenantId}, ${orderId}, ${kind}, ${trigger}, ${notBefore}, ${metadata.occurredAt})
        ON CONFLICT (mail_id) DO UPDATE SET kind = EXCLUDED.kind, trigger = EXCLUDED.trigger,
          not_before = EXCLUDED.not_before, requested_at = EXCLUDED.requested_at
          WHERE mail_outbox.requested_at IS NULL AND mail_outbox.tenant_id = EXCLUDED.tenant_id
            AND mail_outbox.order_id = EXCLUDED.order_id
        RETURNING mail_id`);
      if (!asked) continue;
      const wait = notBefore === null ? 0 : (Date.parse(notBefore) - Date.parse(metadata.occurredAt)) / 1000;
      await enqueueMail(executorOn(tx), { mailId, tenantId }, wait);
    }
  },
});
