import type { MailKind } from '../../domain/mail/mail-kind';
import type {
  MailSent,
  OrderEnteredByStaff,
  OrderImported,
  OrderStatusAdvanced,
  OrderStatusMoved,
} from '../../domain/order/events';
import { rank } from '../../domain/order/status';
import type { AutomaticMailKind, ShopMailSettings } from '../mail/ports';

/** The events the automatic mails answer. A re-import of a known order is OrderChangedAtMall, never OrderImported. */
export type AutomaticMailEvent =
  OrderImported | OrderEnteredByStaff | OrderStatusAdvanced | OrderStatusMoved | MailSent;

export interface AutomaticMailAsk {
  readonly kind: AutomaticMailKind;
  /** ISO instant before which the queue does not send it; null: at once. */
  readonly notBefore: string | null;
}

export interface AutomaticMailFacts {
  /** The shop's mail settings (the order's shop). */
  readonly settings: ShopMailSettings;
  /** When the event happened (its metadata), for the follow-up's delay. */
  readonly occurredAt: string;
  /** For MailSent: the kind of the mail that went, as the order knows it. */
  readonly sentKind?: MailKind;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The mail a status move calls for: 入金確認 on leaving 入金待ち forward, the shipping mail on reaching 発送メール未送信. */
function statusMail({ from, to }: OrderStatusAdvanced['data']): AutomaticMailKind | undefined {
  // A step back to 新規受注 confirms nothing.
  if (from === 'awaiting_payment' && rank(to) > rank(from)) return 'payment_confirmed';
  // The tracking numbers are in (the order reaches 発送メール未送信 only with them, or by staff's hand).
  if (to === 'awaiting_shipping_mail' && from !== to) return 'shipped';
  return undefined;
}

/**
 * Whether the event may call for a mail at all, from the event alone: the policy loads the order and the shop's
 * settings only for these, not for every status move of a bulk action.
 */
export const mayCallForMail = (event: AutomaticMailEvent): boolean =>
  (event.type !== 'OrderStatusAdvanced' && event.type !== 'OrderStatusMoved') || statusMail(event.data) !== undefined;

/** Which mail an event calls for, before the shop's switches: the rules of docs/mail.md "Automatic mails". */
function mailCalledFor(event: AutomaticMailEvent, facts: AutomaticMailFacts): AutomaticMailAsk | undefined {
  switch (event.type) {
    case 'OrderImported':
    case 'OrderEnteredByStaff':
      return { kind: 'thanks', notBefore: null };
    case 'OrderStatusAdvanced':
    case 'OrderStatusMoved': {
      const kind = statusMail(event.data);
      return kind && { kind, notBefore: null };
    }
    case 'MailSent': {
      if (facts.sentKind !== 'shipped') return undefined;
      const notBefore = new Date(Date.parse(facts.occurredAt) + facts.settings.followUpDays * DAY_MS).toISOString();
      return { kind: 'follow_up', notBefore };
    }
  }
}

/**
 * The automatic mails one event asks for, given the shop's settings: none when the shop switched that kind off. Pure:
 * the policy (automatic-mails-policy.ts) loads the facts and sends the asks through requestMails with trigger
 * 'first', so asking again (a replayed log, a second runner) queues nothing twice.
 */
export function automaticMailsFor(event: AutomaticMailEvent, facts: AutomaticMailFacts): readonly AutomaticMailAsk[] {
  const ask = mailCalledFor(event, facts);
  return ask && facts.settings.automatic[ask.kind] ? [ask] : [];
}
