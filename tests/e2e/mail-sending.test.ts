/**
 * Mails sent by the queue over real SMTP: asked for over the API, rendered and delivered by the worker to an SMTP
 * server the test runs, parsed with mailparser; once per order, kind and trigger; the order moved on by the shipping
 * mail; a docomo address held until the shop's window opens; another tenant sees none of it.
 */
import type { ParsedMail } from 'mailparser';
import type { Clock } from '../../application/ports/clock';
import { mailIdFor } from '../../domain/shared/ids';
import { TOKENS } from '../../infrastructure/container';
import { smtpSender } from '../../infrastructure/mail/smtp-sender';
import { apiCaller, type ApiResponse, signIn } from '../support/api-client';
import { eventually } from '../support/eventually';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { startSmtpCatcher, type SmtpCatcher } from '../support/smtp-catcher';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

let smtp: SmtpCatcher;
/** 12:00 JST: inside every shop's window, until a test moves it. */
let now = new Date('2026-12-07T03:00:00Z');
const clock: Clock = { now: () => now };

beforeAll(async () => {
  smtp = await startSmtpCatcher();
});
afterAll(() => smtp.stop());

const app = inProcessAppForThisFile({
  async beforeMail(container) {
    const sender = smtpSender({
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      requireTls: false,
      user: null,
      password: null,
      from: '"髙橋商店" <shop@example.jp>',
      dkim: null,
    });
    (await container.rebind(TOKENS.MailTransports)).toConstantValue({ forShop: async () => sender });
    (await container.rebind(TOKENS.Clock)).toConstantValue(clock);
  },
});
const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(app())(...args);
let shop: Tenant;
let other: Tenant;
let cookie: string;
let otherCookie: string;

beforeAll(async () => {
  shop = await seedTenant(app(), {
    code: 'mail-send',
    orders: 4,
    ordererEmails: ['taro@example.jp', 'ＨＡＮＡＫＯ＠Example.JP', 'taro@docomo.ne.jp', ''],
  });
  other = await seedTenant(app(), { code: 'mail-send-b', orders: 1 });
  cookie = await signIn(app(), shop.code, shop.admin.username, shop.admin.password);
  otherCookie = await signIn(app(), other.code, other.admin.username, other.admin.password);
}, 60_000);

const ok = (response: ApiResponse) => {
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
};
const deliveredTo = (address: string): ParsedMail[] =>
  smtp.received.filter(
    (mail) => mail.to && !Array.isArray(mail.to) && mail.to.text.toLowerCase() === address.toLowerCase(),
  );
const mailsOf = async (orderId: string, as = cookie) =>
  ok(await call('GET', `/orders/${orderId}/mails`, as)) as Array<Record<string, unknown>>;
const orderOf = async (orderId: string) => ok(await call('GET', `/orders/${orderId}`, cookie));

describe('mail over SMTP through the queue', () => {
  test('the shipping mail: rendered, delivered once with a stable Message-ID, and the order moved to 処理済み', async () => {
    const id = shop.orderIds[0]!;
    ok(await call('POST', `/orders/${id}/commands/move`, cookie, { to: 'awaiting_tracking_number' }));
    ok(
      await call('POST', `/orders/${id}/commands/set-tracking-number`, cookie, {
        destinationIndex: 0,
        carrier: 'yamato',
        trackingNumber: '444413758703',
      }),
    );
    const refused = await call('POST', `/orders/${id}/commands/advance`, cookie, {});
    expect(refused.body.error.code).toBe('order.shipping_mail_not_sent');

    expect(ok(await call('POST', '/orders/commands/send-mail', cookie, { ids: [id], kind: 'shipped' }))).toEqual({
      queued: 1,
      skipped: 0,
      refused: [],
    });
    // By hand again, while or after it is sent: the same mail, skipped.
    expect(
      ok(
        await call('POST', '/orders/commands/send-mail', cookie, { status: 'awaiting_shipping_mail', kind: 'shipped' }),
      ),
    ).toMatchObject({ queued: 0 });

    const [mail] = await eventually(
      async () => deliveredTo('taro@example.jp'),
      (mails) => mails.length > 0,
      'the shipping mail did not arrive',
    );
    expect(mail!.subject).toContain('発送');
    expect(mail!.text).toContain('444413758703');
    expect(mail!.text).toContain('髙橋');
    expect(mail!.html).toContain('444413758703');
    expect(mail!.messageId).toBe(`<${mailIdFor(id, 'shipped', 'first')}@oms.invalid>`);
    expect(mail!.from?.text).toContain('shop@example.jp');

    await eventually(
      () => orderOf(id),
      (order) => order.status === 'completed',
      'the sent shipping mail did not move the order on',
    );
    const [row] = await mailsOf(id);
    expect(row).toMatchObject({ kind: 'shipped', state: 'sent', attempts: 1, to: 'taro@example.jp' });
    expect(row!.subject).toBe(mail!.subject);
    const timeline = ok(await call('GET', `/orders/${id}/timeline`, cookie)) as Array<{ type: string; data: object }>;
    const types = timeline.map((e) => e.type);
    expect(types.filter((t) => t === 'MailSent')).toHaveLength(1);
    expect(types.slice(-2)).toEqual(['MailSent', 'OrderStatusAdvanced']);
    expect(JSON.stringify(timeline.filter((e) => e.type.startsWith('Mail')))).not.toContain('@');
    expect(deliveredTo('taro@example.jp')).toHaveLength(1);
  });

  test('a full-width address is mailed as the ASCII it stands for; the command sent twice is one mail', async () => {
    const id = shop.orderIds[1]!;
    const body = { kind: 'thanks' };
    expect(ok(await call('POST', `/orders/${id}/commands/send-mail`, cookie, body))).toMatchObject({ queued: 1 });
    expect(ok(await call('POST', `/orders/${id}/commands/send-mail`, cookie, body))).toMatchObject({ skipped: 1 });
    await eventually(
      () => mailsOf(id),
      (rows) => rows[0]?.state === 'sent',
    );
    expect(deliveredTo('HANAKO@Example.JP')).toHaveLength(1);
    expect(deliveredTo('HANAKO@Example.JP')[0]!.subject).toContain('ご注文');
  });

  test('an orderer without an address is refused, and moves past 発送メール未送信 by hand', async () => {
    const id = shop.orderIds[3]!;
    const refused = await call('POST', `/orders/${id}/commands/send-mail`, cookie, { kind: 'thanks' });
    expect(refused).toMatchObject({ status: 422, body: { error: { code: 'mail.no_address' } } });
    ok(
      await call('POST', `/orders/${id}/commands/set-tracking-number`, cookie, {
        destinationIndex: 0,
        carrier: 'yamato',
        trackingNumber: '512547514334',
      }),
    );
    ok(await call('POST', `/orders/${id}/commands/move`, cookie, { to: 'awaiting_shipping_mail' }));
    expect(ok(await call('POST', `/orders/${id}/commands/advance`, cookie, {})).status).toBe('completed');
  });

  test('携帯メールタイマー: a docomo address outside the window waits, and is sent when the window opens', async () => {
    const id = shop.orderIds[2]!;
    now = new Date('2026-12-07T14:00:00Z'); // 23:00 JST
    ok(await call('POST', `/orders/${id}/commands/send-mail`, cookie, { kind: 'thanks' }));
    const [waiting] = await eventually(
      () => mailsOf(id),
      (rows) => rows[0]?.sendAfter != null,
      'the mail was not put back to the window',
    );
    expect(new Date(waiting!.sendAfter as string).toISOString()).toBe('2026-12-07T23:00:00.000Z'); // 08:00 JST
    expect(waiting!.state).toBe('queued');
    expect(deliveredTo('taro@docomo.ne.jp')).toHaveLength(0);

    // The night passes: the clock reaches 08:00 JST and the job waiting for it comes due.
    now = new Date('2026-12-07T23:00:00Z');
    await app().database.pool.query(
      `UPDATE pgboss.job SET start_after = now() WHERE name = 'mail' AND state = 'created' AND data->>'mailId' = $1`,
      [mailIdFor(id, 'thanks', 'first')],
    );
    await eventually(
      async () => deliveredTo('taro@docomo.ne.jp'),
      (mails) => mails.length === 1,
      'the mail did not go when the window opened',
    );
    now = new Date('2026-12-07T03:00:00Z');
  });

  test("another tenant sees none of the shop's mails and cannot send them", async () => {
    const id = shop.orderIds[0]!;
    expect((await call('GET', `/orders/${id}/mails`, otherCookie)).status).toBe(404);
    const answer = ok(await call('POST', '/orders/commands/send-mail', otherCookie, { ids: [id], kind: 'thanks' }));
    expect(answer).toMatchObject({ queued: 0, refused: [{ orderId: id, code: 'order.not_found' }] });
    expect(await mailsOf(other.orderIds[0]!, otherCookie)).toEqual([]);
  });
});
