// The seams of mail: what a shop chose, which template a kind uses, and how a rendered mail leaves the machine.
import type { MailKind } from '../../domain/mail/mail-kind';
import { DEFAULT_SEND_WINDOW, type SendWindow } from '../../domain/mail/send-window';
import type { MailTemplate } from './default-templates';

/** The mails that may go by themselves, each switched on or off per shop. */
export type AutomaticMailKind = Extract<MailKind, 'thanks' | 'payment_confirmed' | 'shipped' | 'follow_up'>;

/** A shop's mail behaviour. A shop that set nothing has DEFAULT_SHOP_MAIL_SETTINGS. */
export interface ShopMailSettings {
  readonly automatic: Readonly<Record<AutomaticMailKind, boolean>>;
  /** The follow-up mail goes this many days after the shipping mail. */
  readonly followUpDays: number;
  /** 携帯メールタイマー: addresses at the mobile carriers' domains get mail only inside this window (JST). */
  readonly mobileSendWindow: SendWindow;
  /** How long the {{マイページURL}} link opens the buyer's page. */
  readonly myPageLinkDays: number;
  /** {{署名}}. */
  readonly signature: string;
}

export const DEFAULT_SHOP_MAIL_SETTINGS: ShopMailSettings = {
  automatic: { thanks: true, payment_confirmed: true, shipped: true, follow_up: false },
  followUpDays: 7,
  mobileSendWindow: DEFAULT_SEND_WINDOW,
  myPageLinkDays: 90,
  signature: '',
};

export interface ShopMailSettingsReader {
  forShop(tenantId: string, shopId: string): Promise<ShopMailSettings>;
}

/** The shop's template of a kind, or the product's default when the shop kept none. */
export interface MailTemplates {
  forShop(tenantId: string, shopId: string, kind: MailKind): Promise<MailTemplate>;
}

export interface MailAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: Buffer;
}

/** A rendered, addressed mail. `messageId` is derived from the mail's id, so a retry carries the same Message-ID. */
export interface OutgoingMail {
  readonly messageId: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** null for a text-only template. */
  readonly html: string | null;
  readonly attachments: readonly MailAttachment[];
}

/** One shop's way out: its SMTP server (DKIM-signed), 楽天's relay, or the local catcher. */
export interface MailSender {
  /** The From address; `"ショップ名" <info@example.jp>` form allowed. */
  readonly from: string;
  /** Resolves once the server accepted the mail; rejects with the server's answer. */
  send(mail: OutgoingMail): Promise<void>;
}

/** A shop with no SMTP configured gets the local catcher: nothing leaves the machine by accident. */
export interface MailTransports {
  forShop(tenantId: string, shopId: string): Promise<MailSender>;
}
