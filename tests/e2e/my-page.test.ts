/** The マイページ on the in-process app: sign-in by link and phone, what the page shows, and whom it refuses. */
import * as E from 'fp-ts/Either';
import { saveMailImage } from '../../application/my-page/mail-images';
import { signMyPageToken } from '../../application/my-page/my-page-token';
import { orderDeciderFor } from '../../application/orders/tenant-orders';
import { streamName } from '../../domain/shared/ids';
import { TOKENS } from '../../infrastructure/container';
import { loadMyPageKeys, rotateMyPageKey } from '../../infrastructure/my-page/my-page-keys';
import { apiCaller, signIn } from '../support/api-client';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { MyPageBuyer } from '../support/my-page-buyer';
import { readPdf } from '../support/pdf-text';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
const ORDERS = 10;
let tenant: Tenant;
let other: Tenant;
let nextOrder = 0;
/** Each test takes an order of its own: sign-in failures and receipts are counted per order. */
const takeOrder = () => tenant.orderIds[nextOrder++]!;

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** The link's path as mails carry it ({{マイページURL}} without PUBLIC_URL). */
async function linkTo(tenantId: string, orderId: string, days = 30): Promise<string> {
  const url = await app().container.get(TOKENS.MyPageLinks).urlFor(tenantId, orderId, days);
  return new URL(url!).pathname;
}

const buyer = () => new MyPageBuyer(app().url);

beforeAll(async () => {
  [tenant, other] = await Promise.all([
    seedTenant(app(), {
      code: 'takahashi',
      orders: ORDERS,
      shops: [{ code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' }],
    }),
    seedTenant(app(), { code: 'other-co', orders: 1 }),
  ]);
}, 60_000);

test('the right phone typed half-width with dashes or full-width opens the order: status, amounts as the statements print them, the tracking link', async () => {
  const orderId = takeOrder();
  const result = await app()
    .container.get(TOKENS.Pipeline)
    .run(
      {
        decider: orderDeciderFor,
        streamName: streamName.order(orderId),
        command: {
          type: 'SetTrackingNumber',
          destinationIndex: 0,
          carrier: 'yamato',
          trackingNumber: '1234-5678-9012',
          source: 'staff',
        },
        commandName: 'SetTrackingNumber',
      },
      { tenantId: tenant.id, actor: 'system', correlationId: crypto.randomUUID() },
    );
  expect(E.isRight(result)).toBe(true);
  const path = await linkTo(tenant.id, orderId);
  expect(path).toMatch(/^\/my\/[\w-]+\.[\w-]+\.[\w-]+$/);

  for (const phone of ['090-1234-5678', '０９０－１２３４－５６７８']) {
    const page = buyer();
    const signInForm = await page.get(path);
    expect(signInForm.status).toBe(200);
    expect(signInForm.text).toContain('お電話番号');
    expect(signInForm.text).not.toContain('123456-20261130');
    const signedIn = await page.post(`${path}/sign-in`, { phone });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe(path);
    expect(signedIn.headers.get('set-cookie')).toMatch(/oms\.my=.*Path=\/my;.*HttpOnly/i);

    const shown = await page.get(path);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('cache-control')).toBe('no-store');
    expect(shown.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(shown.text).toContain(`ご注文番号 123456-20261130-000000${tenant.orderIds.indexOf(orderId)}`);
    // The number set moved the order to 発送メール未送信: shipped, in the buyer's words.
    expect(shown.text).toContain('<h1>発送いたしました</h1>');
    // The fixture's amounts: goods 4,360, shipping 660, points −100, coupon −200, billed 4,720.
    for (const row of [
      '<th>商品合計</th><td>¥4,360</td>',
      '<th>送料</th><td>¥660</td>',
      '<th>クーポン値引</th><td>−¥200</td>',
      '<th>ご請求額</th><td>¥4,720</td>',
    ])
      expect(shown.text).toContain(row);
    expect(shown.text).toContain('静岡茶①～特選～');
    expect(shown.text).toContain('ヤマト運輸 伝票番号 <strong>123456789012</strong>');
    expect(shown.text).toContain('href="https://member.kms.kuronekoyamato.co.jp/parcel/detail?pno=123456789012"');
  }
});

test('wrong phone numbers are refused, and past the free tries even the right one waits (429)', async () => {
  const path = await linkTo(tenant.id, takeOrder());
  const page = buyer();
  await page.get(path);
  // Five are free (typos); the sixth starts the wait.
  for (let attempt = 0; attempt < 6; attempt++) {
    const wrong = await page.post(`${path}/sign-in`, { phone: '090-0000-0000' });
    expect(wrong.status).toBe(401);
    expect(wrong.text).toContain('お電話番号が一致しません');
  }
  const limited = await page.post(`${path}/sign-in`, { phone: '090-1234-5678' });
  expect(limited.status).toBe(429);
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(limited.text).not.toContain('ご請求額');
});

test('an expired link and a changed one are refused with one text that tells no detail', async () => {
  const orderId = takeOrder();
  const keys = await loadMyPageKeys(app().container.get(TOKENS.Db));
  const expired = signMyPageToken({ tenantId: tenant.id, orderId, expiresAt: new Date(Date.now() - 1000) }, keys);
  const good = (await linkTo(tenant.id, orderId)).slice('/my/'.length);
  const [keyId, payload, signature] = good.split('.') as [string, string, string];
  const flipped = `${payload.slice(0, 10)}${payload[10] === 'A' ? 'B' : 'A'}${payload.slice(11)}`;
  const tampered = `${keyId}.${flipped}.${signature}`;
  const answers = await Promise.all([expired, tampered, 'not-a-token'].map((token) => buyer().get(`/my/${token}`)));
  for (const answer of answers) {
    expect(answer.status).toBe(404);
    expect(answer.text).toContain('このリンクは無効か、有効期限が切れています');
    expect(answer.text).not.toContain('お電話番号');
  }
  // Nor does a sign-in through a refused link get as far as the phone check.
  const page = buyer();
  await page.get(`/my/${good}`);
  expect((await page.post(`/my/${tampered}/sign-in`, { phone: '090-1234-5678' })).status).toBe(404);
});

test('after a key rotation a link signed by the previous key still opens; after a second one it does not', async () => {
  const db = app().container.get(TOKENS.Db);
  const orderId = takeOrder();
  const before = await linkTo(tenant.id, orderId);
  const rotated = await rotateMyPageKey(db);
  expect(before.slice('/my/'.length).split('.')[0]).toBe(rotated.previous);
  const after = await linkTo(tenant.id, orderId);
  expect(after.slice('/my/'.length).split('.')[0]).toBe(rotated.current);

  const page = buyer();
  expect((await page.signIn(before, '09012345678')).status).toBe(303);
  expect((await page.get(before)).text).toContain('ご請求額');
  expect((await buyer().get(after)).status).toBe(200);

  await rotateMyPageKey(db);
  expect((await buyer().get(before)).status).toBe(404);
  expect((await buyer().get(after)).status).toBe(200);
});

test('a session for one order reads nothing of another order, of this tenant or another, nor its images', async () => {
  const db = app().container.get(TOKENS.Db);
  const [orderA, orderB] = [takeOrder(), takeOrder()];
  const orderOther = other.orderIds[0]!;
  const imageOf = async (tenantId: string, orderId: string) => {
    const saved = await saveMailImage(db, {
      tenantId,
      orderId,
      filename: 'お届け.png',
      contentType: 'image/png',
      bytes: PNG,
    });
    if (E.isLeft(saved)) throw new Error(JSON.stringify(saved.left));
    return saved.right.imageId;
  };
  const [imageA, imageB, imageOther] = [
    await imageOf(tenant.id, orderA),
    await imageOf(tenant.id, orderB),
    await imageOf(other.id, orderOther),
  ];
  const [pathA, pathB, pathOther] = [
    await linkTo(tenant.id, orderA),
    await linkTo(tenant.id, orderB),
    await linkTo(other.id, orderOther),
  ];
  const page = buyer();
  expect((await page.signIn(pathA, '090-1234-5678')).status).toBe(303);
  const shown = await page.get(pathA);
  expect(shown.text).toContain(`${pathA}/images/${imageA}`);
  expect(shown.text).not.toContain(imageB);

  const own = await page.get(`${pathA}/images/${imageA}`);
  expect(own.status).toBe(200);
  expect(own.headers.get('content-type')).toBe('image/png');
  expect(own.bytes.equals(PNG)).toBe(true);

  // Another order's image through this order's link: not this order's.
  expect((await page.get(`${pathA}/images/${imageB}`)).status).toBe(404);
  expect((await page.get(`${pathA}/images/${imageOther}`)).status).toBe(404);
  // Another order's link with this session: the sign-in form, nothing of the order; its images and forms refused.
  for (const path of [pathB, pathOther]) {
    const foreign = await page.get(path);
    expect(foreign.text).toContain('お電話番号を入力してください');
    expect(foreign.text).not.toContain('ご請求額');
    const image = path === pathB ? imageB : imageOther;
    expect((await page.get(`${path}/images/${image}`)).status).toBe(403);
    expect((await page.post(`${path}/enquiries`, { text: 'こんにちは' })).status).toBe(403);
    expect((await page.post(`${path}/documents/purchase-statement`, {})).status).toBe(403);
  }
  // Without signing in at all.
  expect((await buyer().get(`${pathA}/images/${imageA}`)).status).toBe(403);
});

test("a form without its CSRF token, or with another session's, is refused with 403 and changes nothing", async () => {
  const path = await linkTo(tenant.id, takeOrder());
  const page = buyer();
  await page.get(path);
  expect((await page.post(`${path}/sign-in`, { phone: '090-1234-5678' }, { csrf: null })).status).toBe(403);
  expect((await page.post(`${path}/sign-in`, { phone: '090-1234-5678' })).status).toBe(303);
  await page.get(path);
  const intruder = buyer();
  await intruder.get(path);
  expect((await page.post(`${path}/enquiries`, { text: '届きません' }, { csrf: null })).status).toBe(403);
  expect((await page.post(`${path}/enquiries`, { text: '届きません' }, { csrf: intruder.csrf })).status).toBe(403);
  expect(
    (await page.post(`${path}/documents/receipt`, { addressee: '髙橋', proviso: 'お品代' }, { csrf: null })).status,
  ).toBe(403);
  expect((await page.get(path)).text).not.toContain('届きません');
});

test('an enquiry sent from the page lands on the order as a 未対応 thread by the buyer and shows on the page; an empty one is refused', async () => {
  const orderId = takeOrder();
  const path = await linkTo(tenant.id, orderId);
  const page = buyer();
  await page.signIn(path, '090-1234-5678');
  await page.get(path);
  expect((await page.post(`${path}/enquiries`, { text: '   ' })).status).toBe(400);
  const sent = await page.post(`${path}/enquiries`, { text: '配達日を12月5日に変更できますか？\n㈱髙島商店宛です' });
  expect(sent.status).toBe(303);
  const shown = await page.get(sent.headers.get('location')!.replace(/#.*$/, ''));
  expect(shown.text).toContain('お問い合わせを送信しました');
  expect(shown.text).toContain('配達日を12月5日に変更できますか？<br>㈱髙島商店宛です');
  expect(shown.text).toContain('<p class="state">未対応</p>');
  const events = await app().container.get(TOKENS.EventStore).readStream(streamName.order(orderId));
  expect(events.filter((e) => e.type === 'EnquiryReceived').map((e) => e.metadata.actor)).toEqual(['buyer']);
});

test('the receipt: 宛名 and 但し書き entered once, the second download says 再発行, each issue recorded with the actor buyer', async () => {
  const orderId = takeOrder();
  const path = await linkTo(tenant.id, orderId);
  const page = buyer();
  await page.signIn(path, '090-1234-5678');
  const form = await page.get(path);
  expect(form.text).toContain('name="addressee"');

  const first = await page.post(`${path}/documents/receipt`, { addressee: '㈱髙島商店', proviso: '贈答品代として' });
  expect(first.status).toBe(200);
  expect(first.headers.get('content-type')).toBe('application/pdf');
  expect(first.headers.get('content-disposition')).toMatch(/^attachment;/);
  const firstText = (await readPdf(first.bytes)).text;
  expect(firstText).toContain('㈱髙島商店');
  expect(firstText).toContain('贈答品代として');
  expect(firstText).not.toContain('再発行');

  const again = await page.get(path);
  expect(again.text).not.toContain('name="addressee"');
  // The details are fixed: a form sent again with other ones is refused.
  expect((await page.post(`${path}/documents/receipt`, { addressee: '別人', proviso: '別件' })).status).toBe(409);
  const second = await page.post(`${path}/documents/receipt`, {});
  expect(second.status).toBe(200);
  const secondText = (await readPdf(second.bytes)).text;
  expect(secondText).toContain('再発行（2回目の発行）');
  expect(secondText).toContain('㈱髙島商店');
  expect(secondText).not.toContain('別人');

  const statement = await page.post(`${path}/documents/purchase-statement`, {});
  expect((await readPdf(statement.bytes)).text).toContain('お買い上げ明細書');

  const events = await app().container.get(TOKENS.EventStore).readStream(streamName.order(orderId));
  const byBuyer = events.filter((e) => e.metadata.actor === 'buyer').map((e) => e.type);
  expect(byBuyer).toEqual([
    'OrderReceiptDetailsSet',
    'OrderDocumentsPrinted',
    'OrderDocumentsPrinted',
    'OrderDocumentsPrinted',
  ]);
  // A buyer's download never moves the order on.
  expect(events.some((e) => e.type === 'OrderStatusAdvanced')).toBe(false);
});

test('images are kept only as PNG, JPEG or GIF by their bytes, at most 2 MB', async () => {
  const db = app().container.get(TOKENS.Db);
  const base = { tenantId: tenant.id, orderId: tenant.orderIds[0]!, filename: 'x.png' };
  const reason = async (contentType: string, bytes: Uint8Array) => {
    const saved = await saveMailImage(db, { ...base, contentType, bytes });
    return E.isLeft(saved) ? saved.left.reason : 'saved';
  };
  expect(await reason('image/png', PNG)).toBe('saved');
  expect(await reason('image/gif', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).toBe('saved');
  expect(await reason('image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('saved');
  expect(await reason('image/png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('not_an_image');
  expect(await reason('image/jpeg', PNG)).toBe('type_mismatch');
  const big = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]);
  expect(await reason('image/png', big)).toBe('too_large');
});

test("the shop's design: set by a manager over the API, shown on its pages as text, other tenants' shops are not found", async () => {
  const call = apiCaller(app());
  const shopId = tenant.shops[0]!.id;
  const owner = await signIn(app(), tenant.code, tenant.admin.username, tenant.admin.password);
  const staff = await signIn(app(), tenant.code, tenant.staff.username, tenant.staff.password);
  const outsider = await signIn(app(), other.code, other.admin.username, other.admin.password);
  const design = {
    headerColour: '#8A2BE2',
    heading: '髙橋商店 ご注文状況',
    notice: '年末年始のお休み<script>alert(1)</script>\n12月29日～1月3日',
    contactLine: 'ＴＥＬ 03-1234-5678',
  };
  expect((await call('PUT', `/shops/${shopId}/my-page-design`, staff, design)).status).toBe(403);
  expect((await call('PUT', `/shops/${shopId}/my-page-design`, owner, { ...design, headerColour: 'red' })).status).toBe(
    400,
  );
  expect((await call('PUT', `/shops/${shopId}/my-page-design`, outsider, design)).status).toBe(404);
  expect((await call('GET', `/shops/${shopId}/my-page-design`, outsider)).status).toBe(404);
  const saved = await call('PUT', `/shops/${shopId}/my-page-design`, owner, design);
  expect(saved.status).toBe(200);
  expect(saved.body).toEqual({ id: shopId, ...design, headerColour: '#8a2be2' });

  const signInForm = await buyer().get(await linkTo(tenant.id, tenant.orderIds[0]!));
  expect(signInForm.text).toContain('.site-header{background:#8a2be2}');
  expect(signInForm.text).toContain('<div class="wrap">髙橋商店 ご注文状況</div>');
  expect(signInForm.text).toContain('年末年始のお休み&lt;script&gt;alert(1)&lt;/script&gt;<br>12月29日～1月3日');
  expect(signInForm.text).not.toContain('<script>');
  expect(signInForm.text).toContain('ＴＥＬ 03-1234-5678');
});

test("a buyer's session and a staff member's keep their own cookies: the staff cookie covers the whole site", async () => {
  const signedIn = await fetch(`${app().url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant: tenant.code, username: tenant.staff.username, password: tenant.staff.password }),
  });
  expect(signedIn.status).toBe(200);
  expect(signedIn.headers.get('set-cookie')).toMatch(/^oms\.sid=[^;]+; Path=\/;/);
  const opened = await buyer().signIn(await linkTo(tenant.id, takeOrder()), '090-1234-5678');
  expect(opened.status).toBe(303);
  expect(opened.headers.get('set-cookie')).toMatch(/^oms\.my=[^;]+; Path=\/my;/);
});

test('the page brings its own Japanese font: @font-face slices served under /my, for phones without one', async () => {
  const css = await fetch(`${app().url}/my/assets/my-page.css`);
  const text = await css.text();
  const slice = /url\((\/my\/assets\/fonts\/noto-sans-jp-[\w-]+-400-normal\.woff2)\)/.exec(text);
  expect(text).toContain("font-family: 'Noto Sans JP'");
  expect(slice).not.toBeNull();
  const font = await fetch(`${app().url}${slice![1]}`);
  expect(font.status).toBe(200);
  expect(
    Buffer.from(await font.arrayBuffer())
      .subarray(0, 4)
      .toString('latin1'),
  ).toBe('wOF2');
});
