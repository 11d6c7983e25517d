import { composeMail } from '../../../../application/mail/compose-mail';
import { DEFAULT_TEMPLATES } from '../../../../application/mail/default-templates';
import { type MergeValues, MERGE_FIELDS } from '../../../../application/mail/merge-fields';

const values = (given: Partial<MergeValues>): MergeValues =>
  ({ ...Object.fromEntries(MERGE_FIELDS.map((field) => [field.name, ''])), ...given }) as MergeValues;

describe('composing a mail from a template', () => {
  it('renders the subject as one line, the text as text and the mjml as escaped, compiled HTML', async () => {
    const mail = await composeMail(
      {
        subject: '【{{ショップ名}}】ご注文 {{注文番号}}',
        text: '{{注文者名}} 様\n{{差込メッセージ}}',
        mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>{{注文者名}} 様</mj-text></mj-column></mj-section></mj-body></mjml>',
      },
      values({ ショップ名: '㈱髙島商店\n本店', 注文番号: '123-①', 注文者名: '<髙橋>', 差込メッセージ: '～よろしく～' }),
    );
    expect(mail.subject).toBe('【㈱髙島商店 本店】ご注文 123-①');
    expect(mail.text).toBe('<髙橋> 様\n～よろしく～');
    expect(mail.html).toContain('&lt;髙橋&gt; 様');
    expect(mail.html).toMatch(/^<!doctype html>/i);
    expect(mail.unknownFields).toEqual([]);
    expect(mail.mjmlErrors).toEqual([]);
  });

  it('has no HTML part for a text-only template, and names every unknown field once', async () => {
    const mail = await composeMail({ subject: '{{件名}}', text: '{{件名}} {{宛名}}', mjml: null }, values({}));
    expect(mail.html).toBeNull();
    expect(mail.unknownFields).toEqual(['件名', '宛名']);
  });

  it('compiles every default template without an mjml complaint', async () => {
    for (const template of Object.values(DEFAULT_TEMPLATES)) {
      const mail = await composeMail(template, values({ 注文番号: '1', マイページURL: 'https://example.jp/my' }));
      expect(mail.mjmlErrors).toEqual([]);
      expect(mail.unknownFields).toEqual([]);
    }
  });
});
