import { DEFAULT_TEMPLATES } from '../../../../application/mail/default-templates';
import { type MergeValues, mergeValues } from '../../../../application/mail/merge-fields';
import { MERGE_FIELDS, renderTemplate } from '../../../../application/mail/render-template';
import { MAIL_KIND_LABELS, MailKind } from '../../../../domain/mail/mail-kind';
import type { OrderEvent } from '../../../../domain/order/events';
import { evolveOrder, type ExistingOrder, type OrderState } from '../../../../domain/order/state';
import { imported } from '../../../support/order-fixtures';

const order = (...events: OrderEvent[]): ExistingOrder =>
  [imported, ...events].reduce<OrderState>(evolveOrder, { exists: false }) as ExistingOrder;

const context = {
  shopName: '髙島商店',
  signature: '㈱髙島商店\nshop@example.jp',
  myPageUrl: 'https://shop.example.jp/my/1?t=a&b',
  purchaseCount: 1,
};

const shippedOrder = order({
  type: 'TrackingNumberSet',
  data: {
    orderId: 'o-1',
    destinationIndex: 0,
    carrier: 'yamato',
    trackingNumber: '444413758703',
    previous: null,
    source: 'import',
    importId: 'i-1',
  },
});

const values: MergeValues = mergeValues(shippedOrder, context);
/** An order with nothing yet: no tracking number, desired date, message, page or count. */
const bare = order();
const untrackedValues: MergeValues = mergeValues(
  {
    ...bare,
    mallData: {
      ...bare.mallData,
      destinations: bare.mallData.destinations.map((d) => ({ ...d, delivery: { desiredDate: null, timeSlot: null } })),
    },
  },
  { ...context, myPageUrl: null, purchaseCount: null },
);
/** Shipped, but no page link yet. */
const withoutPage: MergeValues = mergeValues(shippedOrder, { ...context, myPageUrl: null });

describe('renderTemplate', () => {
  it('replaces each field, spaces inside the braces allowed, and leaves other text alone', () => {
    expect(renderTemplate('{{注文者名}} 様（{{ 注文番号 }}）{{ショップ名}}', values)).toEqual({
      text: '髙橋 太郎 様（123456-20261130-0000001）髙島商店',
      unknownFields: [],
    });
  });

  it('reports unknown names once each, in order, and leaves them as written', () => {
    const result = renderTemplate('{{注文者名}}{{お名前}} {{注文No}} {{お名前}}', values);
    expect(result.unknownFields).toEqual(['お名前', '注文No']);
    expect(result.text).toBe('髙橋 太郎{{お名前}} {{注文No}} {{お名前}}');
  });

  it('a {{ without its closing braces stays text, and an inherited property name is no field', () => {
    expect(renderTemplate('{{注文番号 と {{ショップ名}} {{', values).text).toBe('{{注文番号 と 髙島商店 {{');
    expect(renderTemplate('{{constructor}}{{toString}}', values).unknownFields).toEqual(['constructor', 'toString']);
  });

  it('a line of only a field the order lacks is left out with one blank line beside it', () => {
    expect(renderTemplate('前\n\n{{伝票番号}}\n\n後', untrackedValues).text).toBe('前\n\n後');
    expect(renderTemplate('伝票番号：{{伝票番号}}\n後', untrackedValues).text).toBe('伝票番号：\n後');
    expect(renderTemplate('前\n\n{{伝票番号}}\n\n後', values).text).toBe('前\n\n444413758703\n\n後');
  });

  it('lines between {{#名前}} and {{/名前}} show only when the field has a value, with one blank line beside them', () => {
    const source = '前\n\n{{#伝票番号}}\n■伝票番号\n{{伝票番号}}\n{{/伝票番号}}\n\n後';
    expect(renderTemplate(source, values).text).toBe('前\n\n■伝票番号\n444413758703\n\n後');
    expect(renderTemplate(source, untrackedValues).text).toBe('前\n\n後');
    const nested = '{{#注文番号}}\nA\n{{#伝票番号}}\nB\n{{/伝票番号}}\nC\n{{/注文番号}}';
    expect(renderTemplate(nested, untrackedValues).text).toBe('A\nC');
  });

  it('a section tag without its partner, or inside a line, is text and reported', () => {
    const result = renderTemplate('{{#伝票番号}}\n■伝票番号\n後 {{/伝票番号}}', untrackedValues);
    expect(result.text).toBe('{{#伝票番号}}\n■伝票番号\n後 {{/伝票番号}}');
    expect(result.unknownFields).toEqual(['#伝票番号', '/伝票番号']);
    const unknownSection = renderTemplate('{{#お名前}}\nA\n{{/お名前}}', untrackedValues);
    expect(unknownSection).toEqual({ text: '{{#お名前}}\nA\n{{/お名前}}', unknownFields: ['#お名前', '/お名前'] });
  });

  it('as html: values are escaped, line breaks become <br />, tracking URLs become links', () => {
    const html = (source: string) => renderTemplate(source, values, { as: 'html' }).text;
    expect(html('<a href="{{マイページURL}}">')).toBe('<a href="https://shop.example.jp/my/1?t=a&amp;b">');
    expect(html('{{署名}}')).toBe('㈱髙島商店<br />\nshop@example.jp');
    expect(html('{{追跡URL}}')).toBe(
      '<a href="https://member.kms.kuronekoyamato.co.jp/parcel/detail?pno=444413758703">https://member.kms.kuronekoyamato.co.jp/parcel/detail?pno=444413758703</a>',
    );
    const tagged = mergeValues(
      { ...shippedOrder, shopData: { ...shippedOrder.shopData, individualMessage: '<b>"A&B"</b>' } },
      context,
    );
    expect(renderTemplate('{{差込メッセージ}}', tagged, { as: 'html' }).text).toBe(
      '&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;',
    );
  });

  it('the insert menu lists every field once with a description', () => {
    expect(new Set(MERGE_FIELDS.map((f) => f.name)).size).toBe(16);
    for (const field of MERGE_FIELDS) expect(field.description).not.toBe('');
  });
});

describe('default templates', () => {
  const kinds = Object.keys(MailKind.keys) as MailKind[];

  it('there is one per kind, each with a Japanese label', () => {
    expect(Object.keys(DEFAULT_TEMPLATES).sort()).toEqual([...kinds].sort());
    expect(MAIL_KIND_LABELS.shipped).toBe('発送メール');
  });

  it.each(kinds)('%s renders with no unknown field and no undefined or null, with or without tracking', (kind) => {
    const template = DEFAULT_TEMPLATES[kind];
    for (const v of [values, untrackedValues]) {
      const parts = [
        renderTemplate(template.subject, v),
        renderTemplate(template.text, v),
        ...(template.mjml === null ? [] : [renderTemplate(template.mjml, v, { as: 'html' })]),
      ];
      for (const part of parts) {
        expect(part.unknownFields).toEqual([]);
        expect(part.text).not.toMatch(/undefined|null|\{\{|\}\}/);
      }
      expect(parts[1]!.text).toContain('髙橋 太郎 様');
      expect(parts[1]!.text.trimEnd().endsWith('shop@example.jp')).toBe(true);
      expect(parts[1]!.text).not.toMatch(/\n\n\n/);
    }
  });

  it.each(kinds)('%s leaves out what the order lacks: no bare heading, empty paragraph or link to nowhere', (kind) => {
    const template = DEFAULT_TEMPLATES[kind];
    for (const v of [untrackedValues, withoutPage]) {
      const text = renderTemplate(template.text, v).text;
      expect(text).not.toMatch(/^■.*\n(\n|$)/m);
      expect(text).not.toContain('ご注文状況の確認');
      if (template.mjml === null) continue;
      const html = renderTemplate(template.mjml, v, { as: 'html' }).text;
      expect(html).not.toMatch(/■[^<]*<br \/>\s*<\/mj-text>/);
      expect(html).not.toMatch(/<mj-text>\s*<\/mj-text>/);
      expect(html).not.toContain('href=""');
    }
  });

  it('thanks and shipped link the buyer’s page; shipped gives the carrier, number and tracking link', () => {
    expect(DEFAULT_TEMPLATES.thanks.text).toContain('{{マイページURL}}');
    const shipped = DEFAULT_TEMPLATES.shipped;
    for (const field of ['{{マイページURL}}', '{{配送業者}}', '{{伝票番号}}', '{{追跡URL}}'])
      expect([field, shipped.text.includes(field), shipped.mjml?.includes(field)]).toEqual([field, true, true]);
    const text = renderTemplate(shipped.text, values).text;
    expect(text).toContain('ヤマト運輸');
    expect(text).toContain('444413758703');
    expect(text).toContain('https://member.kms.kuronekoyamato.co.jp/parcel/detail?pno=444413758703');
    expect(text).toContain('https://shop.example.jp/my/1?t=a&b');
  });

  it('the mjml sources are balanced: every mj- tag opened is closed', () => {
    for (const kind of kinds) {
      const mjml = DEFAULT_TEMPLATES[kind].mjml;
      if (mjml === null) continue;
      const stack: string[] = [];
      for (const [, closing, name, selfClosing] of mjml.matchAll(/<(\/?)(mjml|mj-[a-z-]+)[^>]*?(\/?)>/g)) {
        if (selfClosing) continue;
        if (closing) expect([kind, stack.pop()]).toEqual([kind, name]);
        else stack.push(name!);
      }
      expect([kind, stack]).toEqual([kind, []]);
      expect(mjml.startsWith('<mjml>')).toBe(true);
    }
  });
});
