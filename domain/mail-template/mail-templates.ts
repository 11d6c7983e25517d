import * as E from 'fp-ts/Either';
import { type Decider, type DomainError, domainError } from '../shared/decider';
import type { MailKind } from '../mail/mail-kind';
import type { MailTemplateEvent } from './events';

export interface SaveMailTemplate {
  readonly type: 'SaveMailTemplate';
  readonly tenantId: string;
  readonly shopId: string;
  readonly kind: MailKind;
  readonly subject: string;
  readonly text: string;
  readonly mjml: string | null;
}
export interface ResetMailTemplate {
  readonly type: 'ResetMailTemplate';
  readonly tenantId: string;
  readonly shopId: string;
  readonly kind: MailKind;
}
export type MailTemplateCommand = SaveMailTemplate | ResetMailTemplate;

export interface SavedTemplate {
  readonly subject: string;
  readonly text: string;
  readonly mjml: string | null;
}

export interface MailTemplatesState {
  /** The tenant of the shop, once a template was saved; another tenant's shop has no templates to see. */
  readonly tenantId: string | null;
  /** The kinds the shop wrote itself; the others use the product's default. */
  readonly saved: Readonly<Partial<Record<MailKind, SavedTemplate>>>;
}

/** A subject fits a mail client's line; the bodies are bounded so that a pasted file cannot fill the log. */
export const MAIL_SUBJECT_MAX = 200;
export const MAIL_TEXT_MAX = 20_000;
export const MAIL_MJML_MAX = 100_000;

export const MAIL_TEMPLATE_NOT_FOUND = domainError(
  'mail_template.not_found',
  'メールテンプレートが見つかりません',
  'no such mail template',
);

const refuse = (code: string, ja: string, en: string): E.Either<DomainError, MailTemplateEvent[]> =>
  E.left(domainError(code, ja, en));

/** Line ends as one `\n`: the renderer reads lines, and a pasted CRLF must not leave stray `\r`s in the mail. */
const unixLines = (text: string) => text.replace(/\r\n?/g, '\n');

function problemOf(subject: string, text: string, mjml: string | null) {
  if (subject === '') return refuse('mail_template.subject_required', '件名を入力してください', 'a subject is needed');
  if (/[\r\n]/.test(subject))
    return refuse('mail_template.subject_multiline', '件名は1行で入力してください', 'a subject is one line');
  if ([...subject].length > MAIL_SUBJECT_MAX)
    return refuse(
      'mail_template.subject_too_long',
      `件名は${MAIL_SUBJECT_MAX}文字以内で入力してください`,
      `a subject has at most ${MAIL_SUBJECT_MAX} characters`,
    );
  if (text.trim() === '')
    return refuse('mail_template.text_required', '本文を入力してください', 'a text body is needed');
  if ([...text].length > MAIL_TEXT_MAX)
    return refuse(
      'mail_template.text_too_long',
      `本文は${MAIL_TEXT_MAX}文字以内で入力してください`,
      `a text body has at most ${MAIL_TEXT_MAX} characters`,
    );
  if (mjml !== null && mjml.trim() === '')
    return refuse(
      'mail_template.mjml_required',
      'HTML本文を入力するか、テキストのみにしてください',
      'write an HTML body or make the template text only',
    );
  if (mjml !== null && [...mjml].length > MAIL_MJML_MAX)
    return refuse(
      'mail_template.mjml_too_long',
      `HTML本文は${MAIL_MJML_MAX}文字以内で入力してください`,
      `an HTML body has at most ${MAIL_MJML_MAX} characters`,
    );
  return undefined;
}

/** The templates of one shop, a stream per shop. */
export const mailTemplatesDecider: Decider<MailTemplateCommand, MailTemplateEvent, MailTemplatesState> = {
  initialState: () => ({ tenantId: null, saved: {} }),

  evolve: (state, event) => {
    switch (event.type) {
      case 'MailTemplateSaved': {
        const { tenantId, kind, subject, text, mjml } = event.data;
        return { tenantId, saved: { ...state.saved, [kind]: { subject, text, mjml } } };
      }
      case 'MailTemplateReset': {
        const { [event.data.kind]: _reset, ...saved } = state.saved;
        return { tenantId: event.data.tenantId, saved };
      }
    }
  },

  decide: (command, state) => {
    const { tenantId, shopId, kind } = command;
    if (state.tenantId !== null && state.tenantId !== tenantId) return E.left(MAIL_TEMPLATE_NOT_FOUND);
    switch (command.type) {
      case 'SaveMailTemplate': {
        const subject = command.subject.trim();
        const text = unixLines(command.text);
        const mjml = command.mjml === null ? null : unixLines(command.mjml);
        const problem = problemOf(subject, text, mjml);
        if (problem) return problem;
        const current = state.saved[kind];
        if (current && current.subject === subject && current.text === text && current.mjml === mjml)
          return E.right([]);
        return E.right([{ type: 'MailTemplateSaved', data: { tenantId, shopId, kind, subject, text, mjml } }]);
      }
      case 'ResetMailTemplate':
        // Already the default: nothing to record.
        if (!state.saved[kind]) return E.right([]);
        return E.right([{ type: 'MailTemplateReset', data: { tenantId, shopId, kind } }]);
    }
  },
};
