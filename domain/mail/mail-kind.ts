import * as t from 'io-ts';

/** The mails the shop sends a buyer: one template per shop and kind. `individual` is a free mail staff write per order. */
export const MailKind = t.keyof({
  thanks: null,
  payment_confirmed: null,
  shipped: null,
  follow_up: null,
  cancelled: null,
  individual: null,
});
export type MailKind = t.TypeOf<typeof MailKind>;

/** The kinds sent from the shop's template, which a send by kind (bulk, CLI) may ask for; an individual mail has no template to send. */
export const TemplateMailKind = t.keyof({
  thanks: null,
  payment_confirmed: null,
  shipped: null,
  follow_up: null,
  cancelled: null,
});
export type TemplateMailKind = t.TypeOf<typeof TemplateMailKind>;

export const MAIL_KIND_LABELS: Readonly<Record<MailKind, string>> = {
  thanks: 'サンクスメール',
  payment_confirmed: '入金確認メール',
  shipped: '発送メール',
  follow_up: 'フォローメール',
  cancelled: 'キャンセルメール',
  individual: '個別メール',
};
