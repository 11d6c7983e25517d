import { ApiError, send } from '../../dataProvider/orders';
import { fetchOnce } from '../../dataProvider/once-per-action';

/** One mail of an order as the mail outbox holds it (GET /api/orders/:id/mails). */
export interface OrderMail {
  readonly id: string;
  readonly kind: string;
  readonly trigger: string;
  readonly state: 'queued' | 'sending' | 'sent' | 'failed';
  readonly to: string | null;
  readonly subject: string | null;
  readonly text: string | null;
  readonly html: string | null;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly notBefore: string | null;
  readonly sendAfter: string | null;
  readonly requestedAt: string;
  readonly sentAt: string | null;
}

/** What a send answers: queued now, skipped as asked before, refused with the reason per order. */
export interface MailSendAnswer {
  readonly queued: number;
  readonly skipped: number;
  readonly refused: ReadonlyArray<{ readonly orderId: string; readonly code: string; readonly message: string }>;
}

export const mailApi = {
  list: (orderId: string) => send<OrderMail[]>(`/orders/${orderId}/mails`),
  /** Sends the kind again as a mail of its own (the outbox renders it anew). */
  resend: (orderId: string, kind: string) =>
    send<MailSendAnswer>(`/orders/${orderId}/commands/send-mail`, {
      method: 'POST',
      body: JSON.stringify({ kind, resend: true }),
    }),
  bulkSend: (ids: readonly string[], kind: string) =>
    send<MailSendAnswer>('/orders/commands/send-mail', { method: 'POST', body: JSON.stringify({ ids, kind }) }),
  /** Multipart, so an image can go with it; the browser sets the boundary. */
  async sendIndividual(orderId: string, mail: { subject: string; body: string; image?: File }) {
    const form = new FormData();
    form.set('subject', mail.subject);
    form.set('body', mail.body);
    if (mail.image) form.set('image', mail.image, mail.image.name);
    const response = await fetchOnce(`/api/orders/${orderId}/individual-mails`, { method: 'POST', body: form });
    const body = (await response.json().catch(() => ({}))) as { mailId?: string; error?: { ja?: string } };
    if (!response.ok) throw new ApiError(response.status, body);
    return body;
  },
};
