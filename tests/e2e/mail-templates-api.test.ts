/**
 * `/api/mail-templates` through the real app: a shop's own template saved, read back and used by the mails
 * (StoredMailTemplates), reset to the default, refused with the unknown field's name, previewed on a real order and
 * sent as a test to the local catcher; another tenant sees none of it.
 */
import { sql } from 'slonik';
import { DEFAULT_TEMPLATES } from '../../application/mail/default-templates';
import { readStreamOrEmpty } from '../../application/ports/event-store';
import { streamName } from '../../domain/shared/ids';
import { TOKENS } from '../../infrastructure/container';
import { apiCaller, listQuery, signIn } from '../support/api-client';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
const cookies = { a: '', b: '', staff: '' };
const call = (method: string, path: string, who: keyof typeof cookies, body?: unknown) =>
  apiCaller(app())(method, path, cookies[who], body);
let a: Tenant;
let b: Tenant;
let shopId: string;
let shippedId: string;

const edited = {
  subject: '【{{ショップ名}}】発送しました（{{注文番号}}）',
  text: '{{注文者名}} 様\n㈱髙橋商店より発送しました①～\n{{伝票番号}}\n',
  mjml: null,
};

beforeAll(async () => {
  [a, b] = await Promise.all([
    seedTenant(app(), { code: 'takahashi', orders: 2 }),
    seedTenant(app(), { code: 'other-co', orders: 1 }),
  ]);
  shopId = a.shops[0]!.id;
  shippedId = `${shopId}:shipped`;
  cookies.a = await signIn(app(), a.code, a.admin.username, a.admin.password);
  cookies.b = await signIn(app(), b.code, b.admin.username, b.admin.password);
  cookies.staff = await signIn(app(), a.code, a.staff.username, a.staff.password);
}, 60_000);

describe('mail templates API', () => {
  test('every shop has every kind, the default until it writes its own', async () => {
    const list = await call('GET', `/mail-templates?${listQuery({ range: [0, 99] })}`, 'a');
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(3 * 6);
    expect(list.range).toBe('mail-templates 0-17/18');
    const shipped = list.body.find((row: { id: string }) => row.id === shippedId);
    expect(shipped).toMatchObject({ shopId, kind: 'shipped', customised: false, ...DEFAULT_TEMPLATES.shipped });
    const ofShop = await call('GET', `/mail-templates?${listQuery({ filter: { shopId, kind: 'thanks' } })}`, 'a');
    expect(ofShop.body.map((row: { id: string }) => row.id)).toEqual([`${shopId}:thanks`]);
  });

  test('a saved template is read back and is what the mails use; a reset brings back the default', async () => {
    const templates = app().container.get(TOKENS.MailTemplates);
    const saved = await call('PUT', `/mail-templates/${shippedId}`, 'a', edited);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ id: shippedId, customised: true, ...edited });
    expect((await call('GET', `/mail-templates/${shippedId}`, 'a')).body).toMatchObject({
      customised: true,
      ...edited,
    });
    expect(await templates.forShop(a.id, shopId, 'shipped')).toEqual(edited);
    expect(await templates.forShop(a.id, a.shops[1]!.id, 'shipped')).toEqual(DEFAULT_TEMPLATES.shipped);

    const reset = await call('POST', `/mail-templates/${shippedId}/reset`, 'a');
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ customised: false, ...DEFAULT_TEMPLATES.shipped });
    expect(await templates.forShop(a.id, shopId, 'shipped')).toEqual(DEFAULT_TEMPLATES.shipped);
  });

  test('an unknown merge field or broken mjml is refused with its name, and nothing is saved', async () => {
    const id = `${shopId}:follow_up`;
    const unknown = await call('PUT', `/mail-templates/${id}`, 'a', { ...edited, text: '{{お名前}} 様\n{{注文番号}}' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error).toMatchObject({ code: 'mail_template.unknown_fields' });
    expect(unknown.body.error.ja).toContain('{{お名前}}');
    const mjml = await call('PUT', `/mail-templates/${id}`, 'a', {
      ...edited,
      mjml: '<mjml><mj-body><mj-foo /></mj-body></mjml>',
    });
    expect(mjml.status).toBe(422);
    expect(mjml.body.error.code).toBe('mail_template.invalid_mjml');
    expect(mjml.body.error.ja).toContain('mj-foo');
    const multiline = await call('PUT', `/mail-templates/${id}`, 'a', { ...edited, subject: '一行目\n二行目' });
    expect(multiline.body.error.code).toBe('mail_template.subject_multiline');
    expect((await call('GET', `/mail-templates/${id}`, 'a')).body.customised).toBe(false);
  });

  test('bad bodies are a 400 with the field; staff without settings.manage may not save', async () => {
    const bad = await call('PUT', `/mail-templates/${shippedId}`, 'a', { subject: 1, text: 'x', mjml: null });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['subject']);
    const preview = await call('POST', '/mail-templates/preview', 'a', { ...edited, shopId, kind: 'parcel' });
    expect(preview.status).toBe(400);
    expect(JSON.stringify(preview.body.error.fields)).toContain('kind');
    const send = await call('POST', '/mail-templates/test-send', 'a', { ...edited, shopId, kind: 'shipped', to: 'x' });
    expect(send.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['to']);
    expect((await call('PUT', `/mail-templates/${shippedId}`, 'staff', edited)).status).toBe(403);
    expect((await call('GET', `/mail-templates/${shippedId}`, 'staff')).status).toBe(200);
    expect((await call('GET', `/mail-templates/${shopId}:parcel`, 'a')).status).toBe(404);
  });

  test('the preview renders a real order: its number and, once tracked, the carrier link', async () => {
    const orderId = a.orderIds[0]!;
    const tracked = await call('POST', `/orders/${orderId}/commands/set-tracking-number`, 'a', {
      destinationIndex: 0,
      carrier: 'yamato',
      trackingNumber: '4444-1375-8703',
    });
    expect(tracked.status).toBe(200);
    const preview = await call('POST', '/mail-templates/preview', 'a', {
      shopId,
      kind: 'shipped',
      ...DEFAULT_TEMPLATES.shipped,
      orderId,
    });
    expect(preview.status).toBe(200);
    const link = 'https://member.kms.kuronekoyamato.co.jp/parcel/detail?pno=444413758703';
    expect(preview.body.subject).toContain('123456-20261130-0000000');
    expect(preview.body.text).toContain('444413758703');
    expect(preview.body.text).toContain(link);
    expect(preview.body.html).toContain(`<a href="${link}">`);
    expect(preview.body).toMatchObject({ unknownFields: [], mjmlErrors: [] });
    // The fixture's address is full-width (ＴＡＲＯ＠Example.JP): the mail goes to it folded to half-width.
    expect(preview.body.to).toBe('TARO@Example.JP');

    const unknown = await call('POST', '/mail-templates/preview', 'a', {
      ...edited,
      text: '{{お名前}} 様',
      shopId,
      kind: 'shipped',
      orderId,
    });
    expect(unknown.body.unknownFields).toEqual(['お名前']);
  });

  test('a test send lands in the catcher with 【テスト送信】 and records nothing on the order', async () => {
    const orderId = a.orderIds[1]!;
    const before = await readStreamOrEmpty(app().container.get(TOKENS.EventStore), streamName.order(orderId));
    const sent = await call('POST', '/mail-templates/test-send', 'a', {
      ...edited,
      shopId,
      kind: 'shipped',
      orderId,
      to: 'sato.hanako@example.jp',
    });
    expect(sent.status).toBe(200);
    const caught = await app()
      .container.get(TOKENS.Db)
      .any(sql.unsafe`SELECT to_address, subject, text_body, html_body FROM caught_mails WHERE tenant_id = ${a.id}`);
    expect(caught).toEqual([
      {
        to_address: 'sato.hanako@example.jp',
        subject: '【テスト送信】【髙橋商店 楽天市場店】発送しました（123456-20261130-0000001）',
        text_body: expect.stringContaining('㈱髙橋商店より発送しました①～'),
        html_body: null,
      },
    ]);
    const after = await readStreamOrEmpty(app().container.get(TOKENS.EventStore), streamName.order(orderId));
    expect(after).toHaveLength(before.length);

    const refused = await call('POST', '/mail-templates/test-send', 'a', {
      ...edited,
      text: '{{お名前}}',
      shopId,
      kind: 'shipped',
      to: 'sato.hanako@example.jp',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.ja).toContain('{{お名前}}');
  });

  test("tenant B cannot read, change or preview with tenant A's shop or order", async () => {
    const orderId = a.orderIds[0]!;
    expect((await call('GET', `/mail-templates/${shippedId}`, 'b')).status).toBe(404);
    expect((await call('PUT', `/mail-templates/${shippedId}`, 'b', edited)).status).toBe(404);
    expect((await call('POST', `/mail-templates/${shippedId}/reset`, 'b')).status).toBe(404);
    const listOfB = await call('GET', `/mail-templates?${listQuery({ range: [0, 99] })}`, 'b');
    expect(JSON.stringify(listOfB.body)).not.toContain(shopId);
    const trial = { ...edited, kind: 'shipped', to: 'b@example.jp' };
    expect((await call('POST', '/mail-templates/preview', 'b', { ...trial, shopId })).status).toBe(404);
    const shopOfB = b.shops[0]!.id;
    expect((await call('POST', '/mail-templates/preview', 'b', { ...trial, shopId: shopOfB, orderId })).status).toBe(
      404,
    );
    expect((await call('POST', '/mail-templates/test-send', 'b', { ...trial, shopId: shopOfB, orderId })).status).toBe(
      404,
    );
    // A body naming B's shop changes only the shop in A's URL: B's shop stays B's to write.
    const sneaky = await call('PUT', `/mail-templates/${shippedId}`, 'a', {
      ...edited,
      shopId: shopOfB,
      kind: 'thanks',
    });
    expect(sneaky.body).toMatchObject({ id: shippedId, shopId });
    expect((await call('PUT', `/mail-templates/${shopOfB}:shipped`, 'b', edited)).status).toBe(200);
    // Its own order of its own shop previews as usual.
    const own = await call('POST', '/mail-templates/preview', 'b', {
      ...trial,
      shopId: shopOfB,
      orderId: b.orderIds[0],
    });
    expect(own.status).toBe(200);
  });

  test('the merge fields are listed with their descriptions for the editor', async () => {
    const fields = await call('GET', '/mail-merge-fields', 'staff');
    expect(fields.status).toBe(200);
    expect(fields.body).toContainEqual({
      id: '追跡URL',
      name: '追跡URL',
      description: '送付先ごとの配送状況確認ページ',
    });
    expect(fields.body).toHaveLength(16);
  });
});
