import * as t from 'io-ts';
import { SendWindow } from './send-window';

/** The mails that go by themselves, each on or off (application/mail/ports.ts AutomaticMailKind). */
export const AutomaticMails = t.strict({
  thanks: t.boolean,
  payment_confirmed: t.boolean,
  shipped: t.boolean,
  follow_up: t.boolean,
});

/** The whole of a shop's mail behaviour, as the event carries it (the shape of ShopMailSettings). */
export const MailBehaviour = t.strict({
  automatic: AutomaticMails,
  followUpDays: t.number,
  mobileSendWindow: SendWindow,
  myPageLinkDays: t.number,
  signature: t.string,
});
export type MailBehaviour = t.TypeOf<typeof MailBehaviour>;

/** How the shop's SMTP server is reached: STARTTLS when offered, STARTTLS required, or TLS from the first byte. */
export const SmtpSecurity = t.keyof({ 'starttls-if-offered': null, starttls: null, tls: null });
export type SmtpSecurity = t.TypeOf<typeof SmtpSecurity>;

/** Its own SMTP server (DKIM-signed by the product), or 楽天あんしんメルアドサービス's relay (楽天 signs). */
export const SmtpMode = t.keyof({ smtp: null, 'rakuten-relay': null });
export type SmtpMode = t.TypeOf<typeof SmtpMode>;

/** What the history shows of a shop's SMTP settings: never the password, only that one is set. */
export const SmtpSummary = t.strict({
  mode: SmtpMode,
  host: t.string,
  port: t.number,
  security: SmtpSecurity,
  user: t.union([t.string, t.null]),
  from: t.string,
  passwordSet: t.boolean,
});
export type SmtpSummary = t.TypeOf<typeof SmtpSummary>;
