import { loadOrder } from '../../application/orders/load-order';
import type { ExistingOrder } from '../../domain/order/state';
import { TOKENS } from '../../infrastructure/container';
import { messageIdFor } from '../../infrastructure/mail/mail-worker';
import { eventually } from '../support/eventually';
import { apiCaller, signIn } from '../support/api-client';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
let shop: Tenant;
let other: Tenant;
let cookie: string;

beforeAll(async () => {
  shop = await seedTenant(app(), { code: 'individual-mail', orders: 2 });
  other = await seedTenant(app(), { code: 'individual-mail-b', orders: 1 });
  cookie = await signIn(app(), shop.code, shop.staff.username, shop.staff.password);
});

const call = (...args: Parameters<ReturnType<typeof apiCaller>>) => apiCaller(app())(...args);
const mailsOf = async (orderId: string) =>
  (
    (await loadOrder(app().container.get(TOKENS.EventStore), app().container.get(TOKENS.Registry), orderId))
      .state as ExistingOrder
  ).mails;
const outboxRow = async (mailId: string) =>
  (
    await app().database.pool.query(
      'SELECT order_id, subject, text_body, html_body, content_given FROM mail_outbox WHERE mail_id = $1',
      [mailId],
    )
  ).rows[0];

describe('POST /api/orders/:id/individual-mails', () => {
  it('asks for the mail as written: an individual mail of its own trigger, its text kept for the queue', async () => {
    const orderId = shop.orderIds[0]!;
    const written = {
      subject: '【髙橋商店】お届け日のご相談',
      body: '{{注文者名}}様\n①～③の日程でいかがでしょうか。ｶﾀｶﾅ',
    };
    const answer = await call('POST', `/orders/${orderId}/individual-mails`, cookie, written);
    expect(answer.status).toBe(202);
    const again = await call('POST', `/orders/${orderId}/individual-mails`, cookie, written);
    expect(again.status).toBe(202);
    // Each individual mail is a mail of its own, never skipped as a repeat of the first.
    const mails = await mailsOf(orderId);
    expect(mails.map((mail) => mail.kind)).toEqual(['individual', 'individual']);
    expect(mails.map((mail) => mail.mailId)).toEqual([answer.body.mailId, again.body.mailId]);
    expect(mails[0]!.trigger).toMatch(/^individual:[0-9a-f-]{36}$/);
    // The merge fields staff wrote are filled in for this order, as in a template.
    const { orderer } = (
      (await loadOrder(app().container.get(TOKENS.EventStore), app().container.get(TOKENS.Registry), orderId))
        .state as ExistingOrder
    ).mallData;
    expect(await outboxRow(answer.body.mailId)).toEqual({
      order_id: orderId,
      subject: written.subject,
      text_body: expect.stringContaining(`${orderer.name}様\n①～③の日程でいかがでしょうか。ｶﾀｶﾅ`),
      html_body: null,
      content_given: true,
    });
  });

  it('takes a multipart form as the dialog sends it', async () => {
    const orderId = shop.orderIds[1]!;
    const form = new FormData();
    form.set('subject', '㈱髙﨑へのご連絡');
    form.set('body', '本文です');
    const response = await fetch(`${app().url}/api/orders/${orderId}/individual-mails`, {
      method: 'POST',
      headers: { cookie },
      body: form,
    });
    expect(response.status).toBe(202);
    const { mailId } = (await response.json()) as { mailId: string };
    expect(await outboxRow(mailId)).toMatchObject({ subject: '㈱髙﨑へのご連絡', text_body: '本文です' });
  });

  it('keeps an attached image for the order (the buyer’s page shows it) and names it as the mail’s attachment', async () => {
    const orderId = shop.orderIds[1]!;
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const post = (file: Blob, name: string) => {
      const form = new FormData();
      form.set('subject', '商品画像のご確認');
      form.set('body', 'お問い合わせの商品です');
      form.set('image', file, name);
      return fetch(`${app().url}/api/orders/${orderId}/individual-mails`, {
        method: 'POST',
        headers: { cookie },
        body: form,
      });
    };
    const response = await post(new Blob([png], { type: 'image/png' }), '商品①.png');
    expect(response.status).toBe(202);
    const { mailId } = (await response.json()) as { mailId: string };
    const { rows } = await app().database.pool.query(
      `SELECT i.filename, i.content_type, i.order_id FROM mail_attachments a
       JOIN mail_images i ON i.tenant_id = a.tenant_id AND i.image_id = a.image_id WHERE a.mail_id = $1`,
      [mailId],
    );
    expect(rows).toEqual([{ filename: '商品①.png', content_type: 'image/png', order_id: orderId }]);
    // The worker sends it (here to the local catcher) with the image attached.
    const caught = await eventually(
      async () =>
        (
          await app().database.pool.query('SELECT attachments FROM caught_mails WHERE message_id = $1', [
            messageIdFor(mailId),
          ])
        ).rows,
      (mails) => mails.length > 0,
      'the mail was not sent',
    );
    expect(caught).toEqual([{ attachments: [{ filename: '商品①.png', contentType: 'image/png', size: png.length }] }]);

    const text = await post(new Blob(['not an image'], { type: 'image/png' }), 'fake.png');
    expect(text.status).toBe(400);
    expect(((await text.json()) as { error: { fields: { path: string }[] } }).error.fields[0]!.path).toBe('image');
    const huge = await post(new Blob([png, Buffer.alloc(2 * 1024 * 1024)], { type: 'image/png' }), 'huge.png');
    expect(huge.status).toBe(400);
  });

  it('refuses a blank subject or body with the field paths, and another tenant’s order as not found', async () => {
    const orderId = shop.orderIds[0]!;
    const blank = await call('POST', `/orders/${orderId}/individual-mails`, cookie, { subject: ' ', body: 1 });
    expect(blank.status).toBe(400);
    expect(blank.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual(['body', 'subject']);
    const unknown = await call('POST', `/orders/${orderId}/individual-mails`, cookie, {
      subject: '件名',
      body: '{{存在しない項目}}',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields[0].path).toBe('body');
    const stranger = await call('POST', `/orders/${other.orderIds[0]}/individual-mails`, cookie, {
      subject: '件名',
      body: '本文',
    });
    expect(stranger.status).toBe(404);
    expect(await mailsOf(other.orderIds[0]!)).toEqual([]);
  });
  it('is the only way to an individual mail: a send by kind refuses it, and nobody signed out reads an order’s mails', async () => {
    const orderId = shop.orderIds[0]!;
    const byKind = await call('POST', '/orders/commands/send-mail', cookie, { ids: [orderId], kind: 'individual' });
    expect(byKind.status).toBe(400);
    expect(byKind.body.error.fields[0].path).toBe('kind');
    expect((await fetch(`${app().url}/api/orders/${orderId}/mails`)).status).toBe(401);
  });
});
