import type { SendAnswerMail } from './answer-enquiry';
import { type RequestMailsDependencies, requestMails } from '../mail/request-mails';

/** The subject of an answer sent by mail: the buyer finds it by the order number. */
export const answerMailSubject = (orderNumber: string | null): string =>
  orderNumber ? `お問い合わせへの回答（ご注文番号：${orderNumber}）` : 'お問い合わせへの回答';

/**
 * The answer as an individual mail through the mail queue: plain text as staff wrote it (no HTML part, so nothing they
 * typed is read as markup), triggered by the message's id so that it is asked for once whatever is retried.
 */
export const answerMailVia =
  (mail: RequestMailsDependencies): SendAnswerMail =>
  (caller, answer) =>
    requestMails(mail, {
      ...caller,
      kind: 'individual',
      orderIds: [answer.orderId],
      trigger: `individual:${answer.messageId}`,
      content: { subject: answerMailSubject(answer.orderNumber), text: answer.text, html: null },
    });
