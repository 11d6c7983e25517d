// Mails to the orderer, as the order knows them: asked for, sent, failed; and the rule that keeps 発送メール未送信 honest.
import * as E from 'fp-ts/Either';
import { MAIL_KIND_LABELS } from '../mail/mail-kind';
import type { RecordMailFailed, RecordMailSent, RequestMail, UntrackedSlipTypes } from './commands';
import { type Decision, emit, label, refuse } from './decision';
import type { OrderEvent } from './events';
import { nextOnRoute } from './route';
import type { ExistingOrder } from './state';
import type { WorkflowStatus } from './status';
import { hasEveryTrackingNumber, isUntracked, passes } from './tracking';

const SHIPPING_MAIL_STATUS: WorkflowStatus = 'awaiting_shipping_mail';

/** Where a sent mail of a kind moves the order on from: sending it is the work of that status. */
const STATUS_A_MAIL_ENDS: Partial<Record<string, WorkflowStatus>> = {
  shipped: 'awaiting_shipping_mail',
  follow_up: 'awaiting_follow_up_mail',
};

const hasAddress = (order: ExistingOrder): boolean => order.mallData.orderer.email.trim() !== '';

/** Events keep no addresses: a server's answer often quotes the recipient. */
export const withoutAddresses = (reason: string): string =>
  reason.replace(/[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+\.[^\s<>()[\]"',;:]+/g, '<address>');

/**
 * Refuses a move past 発送メール未送信 before the shipping mail was sent. An orderer without an address cannot be mailed:
 * staff move such an order on by hand.
 */
export const shippingMailNotSent = (
  order: ExistingOrder,
  from: WorkflowStatus,
  to: WorkflowStatus,
): Decision | undefined => {
  if (!passes(order, from, to, SHIPPING_MAIL_STATUS) || !hasAddress(order)) return undefined;
  if (order.mails.some((mail) => mail.kind === 'shipped' && mail.state === 'sent')) return undefined;
  return refuse(
    'order.shipping_mail_not_sent',
    `発送メールが未送信のため、${label(SHIPPING_MAIL_STATUS)}から先へは進めません。発送メールを送信してください`,
    `the shipping mail was not sent: the order cannot pass ${SHIPPING_MAIL_STATUS}`,
  );
};

export const requestMail = (order: ExistingOrder, command: RequestMail): Decision => {
  const { mailId, kind, trigger, notBefore } = command;
  if (order.mails.some((mail) => mail.kind === kind && mail.trigger === trigger)) return emit([]);
  if (!hasAddress(order))
    return refuse(
      'mail.no_address',
      '注文者のメールアドレスがないため、メールを送信できません',
      'the orderer has no e-mail address',
    );
  if (order.status === 'cancelled' && kind !== 'cancelled' && kind !== 'individual')
    return refuse(
      'mail.order_cancelled',
      `キャンセル済みの受注には${MAIL_KIND_LABELS[kind]}を送信できません`,
      'a cancelled order gets only the cancellation mail or an individual mail',
    );
  if (kind === 'shipped' && !shipsWithNumbers(order, command.untrackedSlipTypes ?? {}))
    return refuse(
      'mail.tracking_number_missing',
      '伝票番号が未設定の送付先があるため、発送メールを送信できません。伝票番号を設定してください',
      'a destination has no tracking number: the shipping mail cannot be sent',
    );
  return emit([{ type: 'MailRequested', data: { orderId: order.orderId, mailId, kind, trigger, notBefore } }]);
};

const shipsWithNumbers = (order: ExistingOrder, untrackedSlipTypes: UntrackedSlipTypes): boolean =>
  hasEveryTrackingNumber(order) || isUntracked(order, untrackedSlipTypes);

const mailOf = (order: ExistingOrder, mailId: string) => order.mails.find((mail) => mail.mailId === mailId);

const NO_SUCH_MAIL = refuse('mail.not_found', 'この受注にそのメールはありません', 'the order has no such mail');

export const recordMailSent = (order: ExistingOrder, { mailId }: RecordMailSent): Decision => {
  const mail = mailOf(order, mailId);
  if (!mail) return NO_SUCH_MAIL;
  if (mail.state === 'sent') return emit([]);
  const sent: OrderEvent = { type: 'MailSent', data: { orderId: order.orderId, mailId } };
  return emit([sent, ...moveOnAfter(order, mail.kind)]);
};

/** A shipping or follow-up mail sent at its own status moves the order on, as staff advancing it would. */
const moveOnAfter = (order: ExistingOrder, kind: string): OrderEvent[] => {
  const from = STATUS_A_MAIL_ENDS[kind];
  if (!from || order.status !== from || order.pendingChange) return [];
  const to = nextOnRoute(order.route, from);
  return to ? [{ type: 'OrderStatusAdvanced', data: { orderId: order.orderId, from, to } }] : [];
};

export const recordMailFailed = (order: ExistingOrder, command: RecordMailFailed): Decision => {
  const mail = mailOf(order, command.mailId);
  if (!mail) return NO_SUCH_MAIL;
  // A late report of a mail already settled changes nothing.
  if (mail.state !== 'requested') return emit([]);
  const reason = withoutAddresses(command.reason).slice(0, 1000);
  return E.right([
    { type: 'MailFailed', data: { orderId: order.orderId, mailId: command.mailId, reason, final: command.final } },
  ]);
};
