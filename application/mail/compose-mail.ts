import mjml2html from 'mjml';
import type { MailTemplate } from './default-templates';
import type { MergeValues } from './merge-fields';
import { renderTemplate } from './render-template';

export interface ComposedMail {
  readonly subject: string;
  readonly text: string;
  /** null for a text-only template. */
  readonly html: string | null;
  /** Names between {{ }} that are no merge field, from subject, text and mjml: the editor warns, sending refuses. */
  readonly unknownFields: readonly string[];
  /** mjml's own complaints about the HTML part (an unknown tag, a misplaced attribute). */
  readonly mjmlErrors: readonly string[];
}

/** Subject and text rendered as text, the mjml source rendered as HTML (values escaped) and then compiled. */
export async function composeMail(template: MailTemplate, values: MergeValues): Promise<ComposedMail> {
  const subject = renderTemplate(template.subject, values);
  const text = renderTemplate(template.text, values);
  const source = template.mjml === null ? null : renderTemplate(template.mjml, values, { as: 'html' });
  const compiled = source === null ? null : await mjml2html(source.text, { validationLevel: 'soft' });
  return {
    // A subject is one line, whatever a value held.
    subject: subject.text.replace(/\s*\n\s*/g, ' ').trim(),
    text: text.text,
    html: compiled?.html ?? null,
    unknownFields: [...new Set([...subject.unknownFields, ...text.unknownFields, ...(source?.unknownFields ?? [])])],
    mjmlErrors: compiled?.errors.map((error) => error.formattedMessage) ?? [],
  };
}
