import * as t from 'io-ts';
import { MailKind } from '../mail/mail-kind';

/**
 * A shop's own template of a kind, one stream per shop. Templates are the shop's wording, not a buyer's data, so the
 * text travels in the event.
 */
export const MailTemplateSaved = t.strict({
  type: t.literal('MailTemplateSaved'),
  data: t.strict({
    tenantId: t.string,
    shopId: t.string,
    kind: MailKind,
    subject: t.string,
    text: t.string,
    /** null: the template is text only. */
    mjml: t.union([t.string, t.null]),
  }),
});
export type MailTemplateSaved = t.TypeOf<typeof MailTemplateSaved>;

/** The shop goes back to the product's default template of the kind. */
export const MailTemplateReset = t.strict({
  type: t.literal('MailTemplateReset'),
  data: t.strict({ tenantId: t.string, shopId: t.string, kind: MailKind }),
});
export type MailTemplateReset = t.TypeOf<typeof MailTemplateReset>;

export type MailTemplateEvent = MailTemplateSaved | MailTemplateReset;

export const MAIL_TEMPLATE_EVENTS = { MailTemplateSaved, MailTemplateReset } as const;
