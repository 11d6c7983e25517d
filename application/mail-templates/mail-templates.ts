import {
  type MailTemplateCommand,
  type MailTemplatesState,
  mailTemplatesDecider,
} from '../../domain/mail-template/mail-templates';
import type { MailTemplateEvent } from '../../domain/mail-template/events';
import { type DomainError, domainError } from '../../domain/shared/decider';
import { streamName } from '../../domain/shared/ids';
import { type CommandRequest, commandRequest } from '../commands/command-pipeline';
import { type ComposedMail, composeMail } from '../mail/compose-mail';
import type { MailTemplate } from '../mail/default-templates';
import type { MergeValues } from '../mail/merge-fields';

/** Every template command of a shop goes to that shop's one stream. */
export const mailTemplatesRequest = (
  command: MailTemplateCommand,
): CommandRequest<MailTemplateCommand, MailTemplateEvent, MailTemplatesState> =>
  commandRequest(mailTemplatesDecider, streamName.mailTemplates(command.shopId), command);

/** A value for every field, none empty, so that every {{#…}} section is rendered and checked. */
export const SAMPLE_MERGE_VALUES: MergeValues = {
  注文番号: '123456-20261130-0000001',
  注文日: '2026年11月30日',
  注文者名: '髙橋 一郎',
  商品明細: '・有機栽培 煎茶（100g）\n　¥1,080 × 2 ＝ ¥2,160\n\n商品合計：¥2,160\n送料：¥600',
  合計金額: '¥2,760',
  支払方法: 'クレジットカード',
  お届け先: '髙橋 一郎 様\n〒150-0001\n東京都渋谷区神宮前1-2-3 ㈱サンプルビル 101',
  配送業者: 'ヤマト運輸',
  伝票番号: '4444-1375-8703',
  追跡URL: 'https://member.kms.kuronekoyamato.co.jp/parcel/detail?pno=444413758703',
  お届け予定日: '2026年12月5日 14:00～16:00',
  差込メッセージ: 'いつもありがとうございます。',
  購入回数: '3',
  マイページURL: 'https://example.jp/my/sample',
  ショップ名: '髙橋商店',
  署名: '髙橋商店\nhttps://example.jp',
};

/**
 * The template composed as composeMail does, except that mjml source too broken to parse is one mjml error rather than
 * an exception: the editor shows it, and the subject and text still render.
 */
export async function composeChecked<Composed extends ComposedMail>(
  template: MailTemplate,
  compose: (template: MailTemplate) => Promise<Composed>,
): Promise<Composed> {
  try {
    return await compose(template);
  } catch (error) {
    if (template.mjml === null) throw error;
    const textOnly = await compose({ ...template, mjml: null });
    return { ...textOnly, mjmlErrors: [`mjml: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

/** Unknown merge fields and mjml errors of a template, read with the sample values. */
export const checkTemplate = (template: MailTemplate): Promise<ComposedMail> =>
  composeChecked(template, (t) => composeMail(t, SAMPLE_MERGE_VALUES));

/** Why a template may not be saved or sent, naming the fields and mjml's complaints; undefined when it may. */
export function templateProblem(composed: Pick<ComposedMail, 'unknownFields' | 'mjmlErrors'>): DomainError | undefined {
  if (composed.unknownFields.length > 0) {
    const names = composed.unknownFields.map((name) => `{{${name}}}`).join('、');
    return domainError(
      'mail_template.unknown_fields',
      `差込項目にない名前があります：${names}`,
      `no such merge field: ${names}`,
    );
  }
  if (composed.mjmlErrors.length > 0)
    return domainError(
      'mail_template.invalid_mjml',
      `HTML本文（mjml）に誤りがあります：${composed.mjmlErrors.join(' / ')}`,
      `the HTML body (mjml) has errors: ${composed.mjmlErrors.join(' / ')}`,
    );
  return undefined;
}
