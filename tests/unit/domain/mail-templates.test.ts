import { mailTemplatesDecider } from '../../../domain/mail-template/mail-templates';
import type { MailTemplateEvent } from '../../../domain/mail-template/events';
import { deciderSpecification } from '../../support/decider-specification';

const spec = deciderSpecification(mailTemplatesDecider);
const tenantId = 't-1';
const shopId = 's-1';
const template: { subject: string; text: string; mjml: string | null } = {
  subject: '【髙橋商店】発送のお知らせ',
  text: '{{注文者名}} 様\n発送しました①\n',
  mjml: null,
};
const saved: MailTemplateEvent = {
  type: 'MailTemplateSaved',
  data: { tenantId, shopId, kind: 'shipped', ...template },
};
const save = (changes: Partial<typeof template> = {}) =>
  ({ type: 'SaveMailTemplate', tenantId, shopId, kind: 'shipped', ...template, ...changes }) as const;

describe('Mail templates per shop', () => {
  test('a shop saves its own template of a kind, the subject trimmed and the line ends made \\n', () =>
    spec
      .given([])
      .when(save({ subject: '　【髙橋商店】発送のお知らせ ', text: '{{注文者名}} 様\r\n発送しました①\r\n' }))
      .then([saved]));

  test('an HTML body is kept with the text', () =>
    spec
      .given([])
      .when(save({ mjml: '<mjml><mj-body></mj-body></mjml>' }))
      .then([{ ...saved, data: { ...saved.data, mjml: '<mjml><mj-body></mj-body></mjml>' } }]));

  test('saving what is already saved records nothing', () => spec.given([saved]).when(save()).then([]));

  test.each([
    ['an empty subject', { subject: '　' }, 'mail_template.subject_required', '件名'],
    ['a subject of two lines', { subject: '発送\nのお知らせ' }, 'mail_template.subject_multiline', '1行'],
    ['a subject too long', { subject: 'あ'.repeat(201) }, 'mail_template.subject_too_long', '200文字'],
    ['an empty text body', { text: ' \n ' }, 'mail_template.text_required', '本文'],
    ['a text body too long', { text: 'あ'.repeat(20_001) }, 'mail_template.text_too_long', '20000文字'],
    ['an empty HTML body', { mjml: '  ' }, 'mail_template.mjml_required', 'テキストのみ'],
    ['an HTML body too long', { mjml: 'あ'.repeat(100_001) }, 'mail_template.mjml_too_long', 'HTML本文'],
  ])('%s is refused', (_what, changes, code, ja) =>
    spec
      .given([])
      .when(save(changes as Partial<typeof template>))
      .thenRefuses(code, ja),
  );

  test('a reset goes back to the default', () =>
    spec
      .given([saved])
      .when({ type: 'ResetMailTemplate', tenantId, shopId, kind: 'shipped' })
      .then([{ type: 'MailTemplateReset', data: { tenantId, shopId, kind: 'shipped' } }]));

  test('resetting a kind that is the default already records nothing', () =>
    spec.given([saved]).when({ type: 'ResetMailTemplate', tenantId, shopId, kind: 'thanks' }).then([]));

  test('a template saved again after a reset is recorded again', () =>
    spec
      .given([saved, { type: 'MailTemplateReset', data: { tenantId, shopId, kind: 'shipped' } }])
      .when(save())
      .then([saved]));

  test("another tenant's shop has no templates to change", () => {
    spec
      .given([saved])
      .when({ ...save({ subject: '乗っ取り' }), tenantId: 't-2' })
      .thenRefuses('mail_template.not_found');
    spec
      .given([saved])
      .when({ type: 'ResetMailTemplate', tenantId: 't-2', shopId, kind: 'shipped' })
      .thenRefuses('mail_template.not_found');
  });
});
