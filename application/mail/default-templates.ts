/**
 * The templates a shop starts with, one per kind: what a careful shop writes, in 丁寧語 without letter formalities
 * (拝啓・敬具), the shop's signature last. Each has a plain-text body and, except the free individual mail, an mjml
 * body made from the same paragraphs (compiled to HTML when the mail is sent).
 */
import type { MailKind } from '../../domain/mail/mail-kind';
import type { MergeFieldName } from './merge-fields';
import { escapeHtml } from './render-template';

export interface MailTemplate {
  readonly subject: string;
  readonly text: string;
  /** mjml source; null for a text-only template. */
  readonly mjml: string | null;
}

/**
 * A paragraph of text; a link, shown as a button in HTML and as its label and URL in text; or a block shown only
 * when a field has a value (a {{#名前}} … {{/名前}} section).
 */
type Block =
  string | { readonly label: string; readonly href: string } | { readonly when: MergeFieldName; readonly block: Block };

const textBlock = (block: Block): string => {
  if (typeof block === 'string') return block;
  if ('when' in block) return `{{#${block.when}}}\n${textBlock(block.block)}\n{{/${block.when}}}`;
  return `${block.label}\n${block.href}`;
};

const textBody = (blocks: readonly Block[]): string => blocks.map(textBlock).join('\n\n') + '\n';

const mjmlBlock = (block: Block): string => {
  const indent = '        ';
  if (typeof block === 'string')
    return `${indent}<mj-text>\n${block
      .split('\n')
      .map((line) => `${indent}  ${escapeHtml(line)}`)
      .join('<br />\n')}\n${indent}</mj-text>`;
  if ('when' in block) return `${indent}{{#${block.when}}}\n${mjmlBlock(block.block)}\n${indent}{{/${block.when}}}`;
  return `${indent}<mj-button href="${block.href}">${escapeHtml(block.label)}</mj-button>`;
};

const mjmlBody = (blocks: readonly Block[]): string =>
  [
    '<mjml>',
    '  <mj-head>',
    '    <mj-attributes>',
    "      <mj-all font-family=\"'Hiragino Kaku Gothic ProN', 'Hiragino Sans', Meiryo, sans-serif\" />",
    '      <mj-text font-size="14px" line-height="1.8" color="#333333" />',
    '      <mj-button background-color="#2e6b4f" color="#ffffff" font-size="14px" align="left" />',
    '    </mj-attributes>',
    '  </mj-head>',
    '  <mj-body background-color="#f4f4f4">',
    '    <mj-section background-color="#ffffff">',
    '      <mj-column>',
    ...blocks.map(mjmlBlock),
    '      </mj-column>',
    '    </mj-section>',
    '  </mj-body>',
    '</mjml>',
    '',
  ].join('\n');

const template = (subject: string, blocks: readonly Block[], html = true): MailTemplate => ({
  subject,
  text: textBody(blocks),
  mjml: html ? mjmlBody(blocks) : null,
});

const ORDER_SUMMARY = '■ご注文内容\nご注文番号：{{注文番号}}\nご注文日：{{注文日}}\nお支払い方法：{{支払方法}}';
const ORDER_LINES = '■ご注文商品\n{{商品明細}}\nご請求金額：{{合計金額}}';
const DESTINATIONS = '■お届け先\n{{お届け先}}';
const MY_PAGE: Block = {
  when: 'マイページURL',
  block: { label: 'ご注文状況の確認はこちら（ご注文時のお電話番号でログインできます）', href: '{{マイページURL}}' },
};
const DELIVERY_DATE = (heading: string): Block => ({ when: 'お届け予定日', block: `${heading}\n{{お届け予定日}}` });
const MESSAGE: Block = { when: '差込メッセージ', block: '{{差込メッセージ}}' };
const SIGNATURE = '{{署名}}';

export const DEFAULT_TEMPLATES: Readonly<Record<MailKind, MailTemplate>> = {
  thanks: template('【{{ショップ名}}】ご注文ありがとうございます（ご注文番号：{{注文番号}}）', [
    '{{注文者名}} 様',
    'このたびは{{ショップ名}}をご利用いただき、誠にありがとうございます。\n以下の内容でご注文を承りました。お手数ですが、内容にお間違いがないかご確認ください。',
    MESSAGE,
    ORDER_SUMMARY,
    ORDER_LINES,
    DESTINATIONS,
    DELIVERY_DATE('■お届け希望日'),
    MY_PAGE,
    '商品の発送準備が整いましたら、あらためてご連絡いたします。\nご不明な点がございましたら、お気軽にお問い合わせください。',
    SIGNATURE,
  ]),
  payment_confirmed: template('【{{ショップ名}}】ご入金を確認いたしました（ご注文番号：{{注文番号}}）', [
    '{{注文者名}} 様',
    'このたびは{{ショップ名}}をご利用いただき、誠にありがとうございます。\nご注文代金 {{合計金額}} のご入金を確認いたしました。\nこれより商品の発送準備に入らせていただきます。',
    MESSAGE,
    ORDER_SUMMARY,
    ORDER_LINES,
    '発送いたしましたら、お問い合わせ伝票番号とあわせてご連絡いたします。\nいましばらくお待ちくださいますよう、お願いいたします。',
    SIGNATURE,
  ]),
  shipped: template('【{{ショップ名}}】ご注文の商品を発送いたしました（ご注文番号：{{注文番号}}）', [
    '{{注文者名}} 様',
    'このたびは{{ショップ名}}をご利用いただき、誠にありがとうございます。\n本日、ご注文の商品を発送いたしましたので、お知らせいたします。',
    MESSAGE,
    { when: '配送業者', block: '■配送業者\n{{配送業者}}' },
    { when: '伝票番号', block: '■お問い合わせ伝票番号\n{{伝票番号}}' },
    {
      when: '追跡URL',
      block: '■配送状況の確認\n{{追跡URL}}\n※配送業者のシステムに反映されるまで、お時間がかかる場合がございます。',
    },
    DELIVERY_DATE('■お届け予定日'),
    DESTINATIONS,
    ORDER_SUMMARY,
    ORDER_LINES,
    MY_PAGE,
    '商品がお手元に届きましたら、内容をご確認ください。\n万一、破損や内容の違いがございましたら、お手数ですがご連絡ください。',
    SIGNATURE,
  ]),
  follow_up: template('【{{ショップ名}}】商品は無事に届きましたでしょうか（ご注文番号：{{注文番号}}）', [
    '{{注文者名}} 様',
    '先日は{{ショップ名}}をご利用いただき、誠にありがとうございました。\nご注文の商品は、無事お手元に届きましたでしょうか。',
    MESSAGE,
    'お届けした商品について、お気づきの点やご不明な点がございましたら、このメールにご返信ください。\nまた、お使いいただいたご感想をお聞かせいただけましたら幸いです。',
    ORDER_SUMMARY,
    'またのご利用を、スタッフ一同心よりお待ちしております。',
    SIGNATURE,
  ]),
  cancelled: template('【{{ショップ名}}】ご注文キャンセルのお知らせ（ご注文番号：{{注文番号}}）', [
    '{{注文者名}} 様',
    'このたびは{{ショップ名}}をご利用いただき、誠にありがとうございます。\n下記のご注文につきまして、キャンセルの手続きが完了いたしましたので、お知らせいたします。',
    MESSAGE,
    ORDER_SUMMARY,
    ORDER_LINES,
    'すでにお支払いいただいている代金は、お支払い方法に応じてご返金いたします。\nご不明な点がございましたら、お気軽にお問い合わせください。\nまたのご利用を心よりお待ちしております。',
    SIGNATURE,
  ]),
  individual: template(
    '【{{ショップ名}}】ご注文についてのご連絡（ご注文番号：{{注文番号}}）',
    [
      '{{注文者名}} 様',
      'このたびは{{ショップ名}}をご利用いただき、誠にありがとうございます。',
      MESSAGE,
      'ご注文番号：{{注文番号}}',
      SIGNATURE,
    ],
    false,
  ),
};
