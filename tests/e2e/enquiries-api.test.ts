import { sql } from 'slonik';
import { TOKENS } from '../../infrastructure/container';
import { answerEnquiry } from '../../application/enquiries/answer-enquiry';
import { answerMailVia } from '../../application/enquiries/answer-mail';
import { EnquiryRefused, receiveEnquiry } from '../../application/enquiries/receive-enquiry';
import { enquiriesForBuyer, enquiriesOfOrder } from '../../projections/enquiries/enquiry-queries';
import { apiCaller, listQuery, signIn } from '../support/api-client';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
let shop: Tenant;
let other: Tenant;
let cookie: string;
let otherCookie: string;

const deps = () => ({ pipeline: app().container.get(TOKENS.Pipeline), db: app().container.get(TOKENS.Db) });
const receive = (
  tenant: Tenant,
  orderIndex: number,
  text: string,
  ids: { enquiryId?: string; messageId?: string } = {},
) => receiveEnquiry(deps(), { tenantId: tenant.id, orderId: tenant.orderIds[orderIndex]!, text, ...ids });
const buyerView = (tenant: Tenant, orderIndex: number) =>
  enquiriesForBuyer(app().container.get(TOKENS.Db), tenant.id, tenant.orderIds[orderIndex]!);

beforeAll(async () => {
  shop = await seedTenant(app(), { code: 'enquiries-a', orders: 4 });
  other = await seedTenant(app(), { code: 'enquiries-b', orders: 1 });
  cookie = await signIn(app(), shop.code, shop.staff.username, shop.staff.password);
  otherCookie = await signIn(app(), other.code, other.admin.username, other.admin.password);
}, 60_000);

describe('問い合わせ from the buyer’s page', () => {
  test('a message opens a thread the buyer sees as 未対応, its text kept as written', async () => {
    const text = '髙﨑です。①の商品のお届け日を教えてください～ ｶﾀｶﾅ <b>太字</b>';
    const { enquiryId } = await receive(shop, 0, `  ${text}\r\n`);
    expect(await buyerView(shop, 0)).toEqual([
      { enquiryId, state: 'open', messages: [{ from: 'buyer', text, at: expect.any(String) }] },
    ]);
  });

  test('a follow-up without a thread continues the order’s latest one', async () => {
    const first = await receive(shop, 1, 'はじめの質問');
    const second = await receive(shop, 1, '追加の質問です');
    expect(second.enquiryId).toBe(first.enquiryId);
    const [thread] = await buyerView(shop, 1);
    expect(thread!.messages.map((m) => m.text)).toEqual(['はじめの質問', '追加の質問です']);
  });

  test('a retried message with the same id is recorded once', async () => {
    const first = await receive(shop, 2, '二重送信のテスト', { messageId: 'form-token-1' });
    const again = await receive(shop, 2, '二重送信のテスト', { messageId: 'form-token-1' });
    expect(again).toEqual(first);
    const threads = await buyerView(shop, 2);
    expect(threads).toHaveLength(1);
    expect(threads[0]!.messages).toHaveLength(1);
    const [row] = await enquiriesOfOrder(app().container.get(TOKENS.Db), shop.id, shop.orderIds[2]!);
    expect(row!.messageCount).toBe(1);
  });

  test('blank and too long texts, another tenant’s order and another order’s thread are refused', async () => {
    const code = (promise: Promise<unknown>) =>
      promise.then(
        () => 'accepted',
        (error: unknown) => (error instanceof EnquiryRefused ? error.error.code : String(error)),
      );
    expect(await code(receive(shop, 3, ' \n '))).toBe('enquiry.text_required');
    expect(await code(receive(shop, 3, 'あ'.repeat(4001)))).toBe('enquiry.text_too_long');
    expect(await code(receive(shop, 3, 'あ'.repeat(4000)))).toBe('accepted');
    const theirs = await receive(other, 0, '別のテナントの問い合わせ');
    expect(await code(receiveEnquiry(deps(), { tenantId: shop.id, orderId: other.orderIds[0]!, text: '覗き見' }))).toBe(
      'order.not_found',
    );
    expect(await code(receive(shop, 3, '別の受注のスレッドへ', { enquiryId: theirs.enquiryId }))).toBe(
      'enquiry.not_found',
    );
    // Nothing of the refused ones is shown anywhere.
    expect((await buyerView(other, 0))[0]!.messages.map((m) => m.text)).toEqual(['別のテナントの問い合わせ']);
    expect(await enquiriesForBuyer(app().container.get(TOKENS.Db), shop.id, other.orderIds[0]!)).toEqual([]);
    // Not even its text is kept: a refused message leaves nothing behind.
    const kept = await app()
      .container.get(TOKENS.Db)
      .oneFirst(sql.unsafe`SELECT count(*)::int FROM enquiry_messages WHERE body = '覗き見'`);
    expect(kept).toBe(0);
  });
});

describe('問い合わせ in the admin: the inbox, the thread, answers and states', () => {
  const call = (...args: Parameters<ReturnType<typeof apiCaller>>) => apiCaller(app())(...args);
  const inbox = async (filter: Record<string, unknown> = {}, who = cookie) =>
    (await call('GET', `/enquiries?${listQuery({ filter, range: [0, 99] })}`, who)).body as {
      id: string;
      state: string;
      orderNumber: string;
      excerpt: string;
      lastFrom: string;
    }[];
  let tenant: Tenant;
  let staffCookie: string;

  beforeAll(async () => {
    tenant = await seedTenant(app(), { code: 'enquiries-inbox', orders: 3 });
    staffCookie = await signIn(app(), tenant.code, tenant.staff.username, tenant.staff.password);
  }, 60_000);
  const ask = (orderIndex: number, text: string) =>
    receiveEnquiry(deps(), { tenantId: tenant.id, orderId: tenant.orderIds[orderIndex]!, text });

  test('the inbox lists 未対応 first, newest first within; an answer shows on the buyer’s page and makes it 対応中', async () => {
    const first = await ask(0, '一件目：在庫はありますか');
    const second = await ask(1, '二件目：のし紙をお願いします');
    const list = async () => (await inbox({}, staffCookie)).map((e) => [e.id, e.state]);
    expect(await list()).toEqual([
      [second.enquiryId, 'open'],
      [first.enquiryId, 'open'],
    ]);

    const answered = await call('POST', `/enquiries/${first.enquiryId}/answer`, staffCookie, {
      text: 'お問い合わせありがとうございます。<script>alert(1)</script>在庫ございます。',
      sendMail: false,
    });
    expect(answered.status).toBe(200);
    expect(answered.body.state).toBe('in_progress');
    expect(answered.body.messages.map((m: { from: string }) => m.from)).toEqual(['buyer', 'shop']);
    expect(await list()).toEqual([
      [second.enquiryId, 'open'],
      [first.enquiryId, 'in_progress'],
    ]);
    const [thread] = await enquiriesForBuyer(app().container.get(TOKENS.Db), tenant.id, tenant.orderIds[0]!);
    expect(thread!.state).toBe('in_progress');
    expect(thread!.messages.at(-1)).toEqual({
      from: 'shop',
      text: 'お問い合わせありがとうございます。<script>alert(1)</script>在庫ございます。',
      at: expect.any(String),
    });

    expect(await inbox({ state: 'open' }, staffCookie)).toEqual([
      expect.objectContaining({ id: second.enquiryId, excerpt: '二件目：のし紙をお願いします', lastFrom: 'buyer' }),
    ]);
    expect((await call('GET', '/enquiries/open-count', staffCookie)).body).toEqual({ open: 1 });
  });

  test('完了, then the buyer’s follow-up reopens the thread as 未対応', async () => {
    const { enquiryId } = await ask(2, 'ギフト包装はできますか');
    const done = await call('POST', `/enquiries/${enquiryId}/state`, staffCookie, { state: 'done' });
    expect(done.status).toBe(200);
    expect(done.body.state).toBe('done');
    expect((await inbox({ state: 'done' }, staffCookie)).map((e) => e.id)).toEqual([enquiryId]);

    await ask(2, 'すみません、もう一点質問です');
    const thread = (await call('GET', `/enquiries/${enquiryId}`, staffCookie)).body;
    expect(thread.state).toBe('open');
    expect(thread.messages.map((m: { text: string }) => m.text)).toEqual([
      'ギフト包装はできますか',
      'すみません、もう一点質問です',
    ]);
    const ofOrder = await call('GET', `/orders/${tenant.orderIds[2]}/enquiries`, staffCookie);
    expect(ofOrder.body).toEqual([expect.objectContaining({ id: enquiryId, state: 'open', messageCount: 2 })]);
  });

  test('another tenant sees none of these enquiries, and cannot answer or close them', async () => {
    const [one] = await inbox({}, staffCookie);
    expect((await inbox({}, otherCookie)).map((e) => e.id)).not.toContain(one!.id);
    expect((await call('GET', `/enquiries/${one!.id}`, otherCookie)).status).toBe(404);
    expect(
      (await call('POST', `/enquiries/${one!.id}/answer`, otherCookie, { text: '横から回答', sendMail: false })).status,
    ).toBe(404);
    expect((await call('POST', `/enquiries/${one!.id}/state`, otherCookie, { state: 'done' })).status).toBe(404);
    expect((await call('GET', `/orders/${tenant.orderIds[0]}/enquiries`, otherCookie)).body).toEqual([]);
    expect((await call('GET', `/enquiries/${one!.id}`, staffCookie)).body.messages).not.toContainEqual(
      expect.objectContaining({ text: '横から回答' }),
    );
  });

  test('bad bodies and filters are 400 with the field’s path', async () => {
    const [one] = await inbox({}, staffCookie);
    const paths = async (method: string, path: string, body?: unknown) => {
      const answer = await call(method, path, staffCookie, body);
      return [answer.status, answer.body?.error?.fields?.map((f: { path: string }) => f.path)];
    };
    expect(await paths('POST', `/enquiries/${one!.id}/answer`, { text: '   ', sendMail: false })).toEqual([
      400,
      ['text'],
    ]);
    expect(await paths('POST', `/enquiries/${one!.id}/answer`, { text: 'あ'.repeat(4001), sendMail: false })).toEqual([
      400,
      ['text'],
    ]);
    expect(await paths('POST', `/enquiries/${one!.id}/answer`, { text: '回答' })).toEqual([400, ['sendMail']]);
    expect(await paths('POST', `/enquiries/${one!.id}/state`, { state: 'closed' })).toEqual([400, ['state']]);
    expect(await paths('GET', `/enquiries?${listQuery({ filter: { state: 'closed' } })}`)).toEqual([
      400,
      ['filter.state'],
    ]);
    expect(
      (await call('POST', '/enquiries/no-such-thread/answer', staffCookie, { text: '回答', sendMail: false })).status,
    ).toBe(404);
  });
});

describe('an answer sent by mail', () => {
  let tenant: Tenant;
  let staffCookie: string;
  beforeAll(async () => {
    tenant = await seedTenant(app(), { code: 'enquiries-mail', orders: 1 });
    staffCookie = await signIn(app(), tenant.code, tenant.staff.username, tenant.staff.password);
  }, 60_000);
  const outbox = () =>
    app()
      .container.get(TOKENS.Db)
      .any(
        sql.unsafe`SELECT subject, text_body AS text, html_body AS html FROM mail_outbox WHERE order_id = ${tenant.orderIds[0]!}`,
      );

  test('is queued as an individual mail with the answer as its text, triggered by the message', async () => {
    const { enquiryId } = await receiveEnquiry(deps(), {
      tenantId: tenant.id,
      orderId: tenant.orderIds[0]!,
      text: '領収書の宛名を変えられますか',
    });
    const text = '髙橋様\nお問い合わせありがとうございます。<b>注文ページ</b>から変更できます。';
    const answered = await apiCaller(app())('POST', `/enquiries/${enquiryId}/answer`, staffCookie, {
      text,
      sendMail: true,
    });
    expect(answered.status).toBe(200);
    expect(answered.body.mail).toEqual({ queued: 1, skipped: 0, refused: [] });
    const shopMessage = answered.body.messages.at(-1);
    expect(await outbox()).toEqual([{ subject: expect.stringContaining('123456-20261130-'), text, html: null }]);
    const events = await app().container.get(TOKENS.EventStore).readStream(`order-${tenant.orderIds[0]}`);
    expect(events.map((e) => e.data)).toContainEqual(
      expect.objectContaining({ kind: 'individual', trigger: `individual:${shopMessage.id}` }),
    );
  });

  test('an answer retried with the same request key is one message and one mail', async () => {
    const { enquiryId } = await receiveEnquiry(deps(), {
      tenantId: tenant.id,
      orderId: tenant.orderIds[0]!,
      text: '追加で質問です',
    });
    const answering = {
      ...deps(),
      sendAnswerMail: answerMailVia(app().container.get(TOKENS.MailRequests)),
    };
    const caller = {
      tenantId: tenant.id,
      actor: tenant.members.staff ?? 'staff',
      correlationId: 'c-1',
      idempotencyKey: 'retry-1',
    };
    const first = await answerEnquiry(answering, caller, { enquiryId, text: '再送テスト', sendMail: true });
    const again = await answerEnquiry(answering, caller, { enquiryId, text: '再送テスト', sendMail: true });
    expect(first._tag === 'Right' && first.right.mail).toEqual({ queued: 1, skipped: 0, refused: [] });
    expect(again._tag === 'Right' && again.right.mail).toEqual({ queued: 0, skipped: 1, refused: [] });
    expect((await outbox()).filter((row) => row.text === '再送テスト')).toHaveLength(1);
    const [, thread] = await enquiriesForBuyer(app().container.get(TOKENS.Db), tenant.id, tenant.orderIds[0]!).then(
      (threads) => [null, threads.find((t) => t.enquiryId === enquiryId)!],
    );
    expect(thread!.messages.filter((m) => m.text === '再送テスト')).toHaveLength(1);
  });
});
