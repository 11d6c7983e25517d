import { type DomainError, domainError } from '../../domain/shared/decider';
import { isStorableText } from '../../domain/shared/storable-text';

/** The longest message a buyer or the shop may write, in characters as people count them. */
export const ENQUIRY_TEXT_MAX = 4000;

/** The text as it is stored: line ends made \n, blank lines around it dropped. It is shown as text, never as HTML. */
export const normaliseEnquiryText = (text: string): string => text.replace(/\r\n?/g, '\n').trim();

/** Why a message cannot be stored, or undefined: blank, too long, or holding what PostgreSQL cannot keep. */
export function enquiryTextProblem(text: string): DomainError | undefined {
  const normalised = normaliseEnquiryText(text);
  if (normalised === '') return domainError('enquiry.text_required', '本文を入力してください', 'the text is empty');
  if ([...normalised].length > ENQUIRY_TEXT_MAX)
    return domainError(
      'enquiry.text_too_long',
      `本文は${ENQUIRY_TEXT_MAX.toLocaleString('ja-JP')}文字以内で入力してください`,
      `the text is longer than ${ENQUIRY_TEXT_MAX} characters`,
    );
  if (!isStorableText(normalised))
    return domainError(
      'enquiry.text_unstorable',
      '本文に保存できない文字が含まれています',
      'the text cannot be stored',
    );
  return undefined;
}

export const ENQUIRY_NOT_FOUND = domainError('enquiry.not_found', '問い合わせが見つかりません', 'no such enquiry');
