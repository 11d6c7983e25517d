import { sql } from 'slonik';
import { MailRequested } from '../../domain/order/events';
import { enqueueMails, executorOn } from '../../infrastructure/mail/mail-queue';
import { defineProjection } from '../projection';

/**
 * Each mail asked for becomes a row of the mail outbox and a job of the mail queue, in the transaction that moves this
 * projection's checkpoint, two statements a batch: a batch applied twice (after a crash) finds the row and queues nothing, and a batch lost is
 * applied again. The outbox is not rebuilt from the log (`tables` is empty): it holds what the worker did, and a
 * rebuild replaying MailRequested finds every row there and sends nothing again.
 */
export const mailOutboxProjection = defineProjection({
  name: 'mail-outbox',
  events: { MailRequested },
  tables: [],
  async apply(tx, events) {
    const asked = new Map(
      events.map(({ event, metadata }) => [
        event.data.mailId,
        { ...event.data, tenantId: metadata.tenantId, at: metadata.occurredAt },
      ]),
    );
    if (asked.size === 0) return;
    // A row kept earlier with staff-written content is taken over; a row already asked for stays as it is.
    const taken = new Set(
      await tx.anyFirst(sql.unsafe`
        INSERT INTO mail_outbox (mail_id, tenant_id, order_id, kind, trigger, not_before, requested_at)
        SELECT * FROM ${sql.unnest(
          [...asked.values()].map((m) => [m.mailId, m.tenantId, m.orderId, m.kind, m.trigger, m.notBefore, m.at]),
          ['uuid', 'uuid', 'uuid', 'text', 'text', 'timestamptz', 'timestamptz'],
        )}
        ON CONFLICT (mail_id) DO UPDATE SET kind = EXCLUDED.kind, trigger = EXCLUDED.trigger,
          not_before = EXCLUDED.not_before, requested_at = EXCLUDED.requested_at
          WHERE mail_outbox.requested_at IS NULL AND mail_outbox.tenant_id = EXCLUDED.tenant_id
            AND mail_outbox.order_id = EXCLUDED.order_id
        RETURNING mail_id::text`),
    );
    await enqueueMails(
      executorOn(tx),
      [...asked.values()]
        .filter((m) => taken.has(m.mailId))
        .map(({ mailId, tenantId, notBefore, at }) => ({
          mailId,
          tenantId,
          startAfterSeconds: notBefore === null ? 0 : (Date.parse(notBefore) - Date.parse(at)) / 1000,
        })),
    );
  },
});
