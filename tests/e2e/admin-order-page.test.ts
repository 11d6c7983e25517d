/**
 * The order page as staff read it before they pack: the whole 受注伝票 of an order with two destinations and lines at
 * 8 % and 10 %, the shop's fields edited where they are read, and a change from the mall beside what the order holds.
 */
import type { Locator, Page } from 'playwright-core';
import { mallData as importedMallData } from '../support/order-fixtures';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';
import { type ApiResponse, apiCaller, signIn as apiSignIn } from '../support/api-client';
import { reimportTestOrder, testOrderId } from '../support/reimport-test-order';

const PASSWORD = 'pass-伝票①';
let admin: AdminBrowser | undefined;
let page: Page;
let pageErrors: string[];
let call: (method: string, path: string, cookie: string | undefined, body?: unknown) => Promise<ApiResponse>;
let cookie: string;
let shopId: string;

const orderer = {
  name: '髙橋 花子',
  kana: 'ﾀｶﾊｼ ﾊﾅｺ',
  postalCode: '150-0001',
  prefecture: '東京都',
  city: '渋谷区神宮前',
  street: '１－２－３',
  building: '㈱サンプル ビル①',
  phone: '０３－１２３４－５６７８',
  email: 'hanako@example.jp',
};
const giftRecipient = {
  name: '㈱髙島商店 御中',
  kana: 'ｶﾌﾞｼｷｶﾞｲｼｬﾀｶｼﾏｼｮｳﾃﾝ',
  postalCode: '530-0001',
  prefecture: '大阪府',
  city: '大阪市北区梅田',
  street: '3丁目1番',
  building: '',
  phone: '06-1234-5678',
  email: '',
};

/**
 * goods 2×1,080 + 2,200 + 3,240 + 3×1,650 = 12,550; total + 1,320 + 330 + 220 = 14,420; billed − 500 − 300 = 13,620.
 * 8 %: 2,160 + 3,240 = 5,400, tax 400. 10 %: 2,200 + 4,950 + 1,870 charges = 9,020, tax 820.
 */
const twoDestinationOrder = () => ({
  shopId,
  channel: 'phone',
  orderer,
  destinations: [
    {
      lines: [
        { sku: 'TEA-001', name: '静岡茶～特選～', options: '容量:100g', unitPrice: 1080, quantity: 2, taxRate: 8 },
        { sku: 'CUP-01', name: '有田焼 湯呑み', unitPrice: 2200, quantity: 1, taxRate: 10 },
      ],
      delivery: { desiredDate: '2026-12-24', timeSlot: '午前中' },
    },
    {
      recipient: giftRecipient,
      lines: [
        { sku: 'YOKAN-5', name: '羊羹①詰め合わせ', options: '箱:木箱', unitPrice: 3240, quantity: 1, taxRate: 8 },
        { sku: 'TOWEL-2', name: '今治タオル', unitPrice: 1650, quantity: 3, taxRate: 10 },
      ],
      delivery: { desiredDate: '2026-12-25', timeSlot: '14:00～16:00' },
    },
  ],
  charges: { shipping: 1320, codFee: 330, wrapping: 220, pointsUsed: 500, coupons: 300 },
  payment: { method: 'cash_on_delivery' },
  gift: { isGift: true, noshi: '御歳暮', wrapping: '包装紙' },
  buyerRemarks: '午前中は不在です\n裏口へお願いします',
});

async function enterOrder(): Promise<string> {
  const created = await call('POST', '/orders', cookie, twoDestinationOrder());
  expect(created.status).toBe(201);
  return (created.body as { id: string }).id;
}

async function openOrder(id: string): Promise<void> {
  // A fresh load: going from one order's page to another's by hash keeps the previous page on screen for a moment,
  // and a step could act on the previous order.
  await page.goto('about:blank');
  await page.goto(`${admin!.server.url}/#/orders/${id}/show`);
  await page.getByRole('region', { name: '送付先1', exact: true }).waitFor();
}

/** The texts of each row of a table, cell by cell. */
const rowsOf = (table: Locator): Promise<string[][]> =>
  table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => (cell as HTMLElement).innerText)),
    );

beforeAll(async () => {
  admin = await openAdminBrowser({ password: PASSWORD, orders: 3, timezoneId: 'Asia/Tokyo' });
  ({ page, pageErrors } = admin);
  await page.setViewportSize({ width: 1366, height: 900 });
  call = apiCaller(admin.server);
  cookie = await apiSignIn(admin.server, 'takahashi', 'owner', PASSWORD);
  const shop = await call('POST', '/shops', cookie, { code: 'phone-desk', mall: 'phone', name: '電話受付' });
  expect(shop.status).toBe(201);
  shopId = (shop.body as { id: string }).id;
  await page.goto(admin.server.url);
  await signIn(page, PASSWORD);
  await page.getByRole('menuitem', { name: '受注', exact: true }).waitFor();
}, 120_000);

afterAll(async () => {
  expect(await admin?.close()).toBe(0);
});

describe('the order page (受注伝票)', () => {
  it('shows both destinations with every line, the amounts and the tax per rate', async () => {
    await openOrder(await enterOrder());

    const first = page.getByRole('region', { name: '送付先1', exact: true });
    expect(await first.innerText()).toContain('2026/12/24(木)');
    expect(await rowsOf(first.getByRole('table', { name: '送付先1の商品' }))).toEqual([
      ['TEA-001', '静岡茶～特選～', '容量:100g', '2', '¥1,080', '8%（軽減）', '¥2,160'],
      ['CUP-01', '有田焼 湯呑み', '', '1', '¥2,200', '10%', '¥2,200'],
    ]);
    const second = page.getByRole('region', { name: '送付先2', exact: true });
    expect(await second.innerText()).toEqual(
      expect.stringMatching(/㈱髙島商店 御中[\s\S]*〒530-0001 大阪府大阪市北区梅田3丁目1番[\s\S]*14:00～16:00/),
    );
    expect(await rowsOf(second.getByRole('table', { name: '送付先2の商品' }))).toEqual([
      ['YOKAN-5', '羊羹①詰め合わせ', '箱:木箱', '1', '¥3,240', '8%（軽減）', '¥3,240'],
      ['TOWEL-2', '今治タオル', '', '3', '¥1,650', '10%', '¥4,950'],
    ]);

    expect(await rowsOf(page.getByRole('table', { name: '金額' }))).toEqual([
      ['商品合計', '¥12,550'],
      ['送料', '¥1,320'],
      ['代引手数料', '¥330'],
      ['ラッピング料', '¥220'],
      ['合計金額', '¥14,420'],
      ['ポイント利用', '−¥500'],
      ['クーポン値引', '−¥300'],
      ['請求金額', '¥13,620'],
    ]);
    expect(await rowsOf(page.getByRole('table', { name: '税率別内訳' }))).toEqual([
      ['10%対象', '¥9,020', '¥820'],
      ['8%対象（軽減税率）', '¥5,400', '¥400'],
    ]);
  });

  it('shows the orderer, payment, gift and the remarks with their line breaks', async () => {
    await openOrder(await enterOrder());
    const ordererCard = page.getByRole('region', { name: '注文者' });
    expect(await ordererCard.innerText()).toEqual(
      expect.stringMatching(
        /髙橋 花子[\s\S]*〒150-0001 東京都渋谷区神宮前１－２－３ ㈱サンプル ビル①[\s\S]*０３－１２３４－５６７８[\s\S]*hanako@example\.jp/,
      ),
    );
    const payment = page.getByRole('region', { name: '支払・ギフト・備考' });
    expect(await payment.innerText()).toEqual(expect.stringMatching(/代金引換[\s\S]*あり[\s\S]*御歳暮[\s\S]*包装紙/));
    expect(await payment.getByText('午前中は不在です').innerText()).toBe('午前中は不在です\n裏口へお願いします');
    await page.screenshot({ path: '/tmp/order-page.png', fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it("edits the shop memo in place, leaving the mall's data as it was", async () => {
    const id = await enterOrder();
    const before = (await call('GET', `/orders/${id}`, cookie)).body as { mallData: unknown };
    await openOrder(id);
    const shopSide = page.getByRole('region', { name: '出荷指示・メモ・タグ' });
    await shopSide.getByRole('button', { name: '一言メモを編集' }).click();
    await shopSide.getByRole('textbox', { name: '一言メモ' }).fill('再配達注意\n不在票あり');
    await shopSide.getByRole('button', { name: '保存' }).click();
    await shopSide.getByRole('textbox', { name: '一言メモ' }).waitFor({ state: 'detached' });
    expect(await shopSide.getByLabel('一言メモ', { exact: true }).innerText()).toBe('再配達注意\n不在票あり');

    const after = (await call('GET', `/orders/${id}`, cookie)).body as { mallData: unknown; shopData: unknown };
    expect(after.shopData).toMatchObject({ shopMemo: '再配達注意\n不在票あり' });
    expect(after.mallData).toEqual(before.mallData);
    await page.reload();
    expect(await page.getByLabel('一言メモ', { exact: true }).innerText()).toBe('再配達注意\n不在票あり');
  });

  it('adds and removes a tag from the page', async () => {
    const id = await enterOrder();
    await openOrder(id);
    const shopSide = page.getByRole('region', { name: '出荷指示・メモ・タグ' });
    await shopSide.getByRole('textbox', { name: '新しいタグ' }).fill('要確認①');
    await shopSide.getByRole('button', { name: 'タグを追加' }).click();
    await shopSide.getByLabel('タグ「要確認①」を外す').click();
    await shopSide.getByText('要確認①').waitFor({ state: 'detached' });
    const timeline = (await call('GET', `/orders/${id}/timeline`, cookie)).body as Array<{ type: string }>;
    expect(timeline.map((e) => e.type).slice(-2)).toEqual(['OrderTagAdded', 'OrderTagRemoved']);
  });

  it('shows a change the mall sent after 発送待ち beside what the order holds', async () => {
    const id = await importedOrderWithPendingChange(0);
    await openOrder(id);
    const change = page.getByRole('table', { name: 'モールで受注内容が変更されました（確認待ち）' });
    expect(await rowsOf(change)).toEqual([
      ['備考（購入者）', '午前中は不在です～よろしくお願いします', '夕方以降に\nお届けください'],
    ]);
    await page.getByRole('button', { name: '変更を反映' }).waitFor();
    await page.getByRole('button', { name: '変更を却下' }).waitFor();
    // Until a person decides, the slip still shows what the order holds.
    const payment = page.getByRole('region', { name: '支払・ギフト・備考' });
    expect(await payment.innerText()).toContain('午前中は不在です～よろしくお願いします');
    await page.screenshot({ path: '/tmp/order-page-change.png' });
    expect(pageErrors).toEqual([]);
  });
});

/** Imported fixture order `index` moved to 伝票・帳票出力待ち (past 発送待ち), then sent by the mall with other remarks. */
async function importedOrderWithPendingChange(index: number): Promise<string> {
  const id = testOrderId('takahashi', index);
  for (let i = 0; i < 3; i++)
    expect((await call('POST', `/orders/${id}/commands/advance`, cookie, {})).status).toBe(200);
  const remarks = { ...importedMallData, buyerRemarks: '夕方以降に\nお届けください' };
  await reimportTestOrder(admin!.connectionString, 'takahashi', index, remarks, `reimport-${index}`);
  return id;
}

describe('the order page: shipping plan, slip note, hold reason and changes from the mall', () => {
  it('sets the carrier, slip type and planned ship date', async () => {
    const id = await enterOrder();
    await openOrder(id);
    const shopSide = page.getByRole('region', { name: '出荷指示・メモ・タグ' });
    await shopSide.getByRole('button', { name: '配送・出荷予定を編集' }).click();
    await shopSide.getByRole('combobox', { name: '配送業者' }).click();
    await page.getByRole('option', { name: 'ヤマト運輸' }).click();
    await shopSide.getByRole('textbox', { name: '送り状種別' }).fill('コレクト');
    await shopSide.getByLabel('出荷予定日').fill('2026-12-10');
    await shopSide.getByRole('button', { name: '保存' }).click();
    await shopSide.getByText('2026/12/10(木)').waitFor();
    expect(await shopSide.innerText()).toEqual(
      expect.stringMatching(/ヤマト運輸[\s\S]*コレクト[\s\S]*2026\/12\/10\(木\)/),
    );
    expect(((await call('GET', `/orders/${id}`, cookie)).body as { shopData: unknown }).shopData).toMatchObject({
      shipping: { carrier: 'yamato', slipType: 'コレクト' },
      plannedShipDate: '2026-12-10',
    });
  });

  it('edits the slip note in place', async () => {
    const id = await enterOrder();
    await openOrder(id);
    const shopSide = page.getByRole('region', { name: '出荷指示・メモ・タグ' });
    await shopSide.getByRole('button', { name: '送り状備考を編集' }).click();
    await shopSide.getByRole('textbox', { name: '送り状備考' }).fill('ワレモノ注意・天地無用');
    await shopSide.getByRole('button', { name: '保存' }).click();
    await shopSide.getByRole('textbox', { name: '送り状備考' }).waitFor({ state: 'detached' });
    expect(await shopSide.getByLabel('送り状備考', { exact: true }).innerText()).toBe('ワレモノ注意・天地無用');
    expect(((await call('GET', `/orders/${id}`, cookie)).body as { shopData: unknown }).shopData).toMatchObject({
      slipNote: 'ワレモノ注意・天地無用',
    });
  });

  it("types a destination's tracking number and shows it linked to the carrier's page", async () => {
    const id = await enterOrder();
    await openOrder(id);
    const tracking = page.getByRole('region', { name: '伝票番号', exact: true });
    expect(await tracking.getByLabel('送付先2の伝票番号', { exact: true }).innerText()).toBe('未設定');
    await tracking.getByRole('button', { name: '送付先2の伝票番号を編集' }).click();
    await tracking.getByRole('textbox', { name: '送付先2の伝票番号' }).fill('４４４４－１３７５－８７０３');
    await tracking.getByRole('button', { name: '保存' }).click();
    const link = tracking.getByRole('link', { name: '444413758703' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(
      'https://member.kms.kuronekoyamato.co.jp/parcel/detail?pno=444413758703',
    );
    expect(await tracking.getByLabel('送付先1の伝票番号', { exact: true }).innerText()).toBe('未設定');
    const order = (await call('GET', `/orders/${id}`, cookie)).body as { trackingLinks: unknown };
    expect(order.trackingLinks).toEqual([
      expect.objectContaining({ destinationIndex: 1, carrier: 'yamato', trackingNumber: '444413758703' }),
    ]);
  });

  it('holds the order in a named box with a reason chosen from the canned phrases', async () => {
    const id = await enterOrder();
    await openOrder(id);
    await page.getByRole('button', { name: '保留にする' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '定型文から選ぶ' }).click();
    await page.getByRole('option', { name: '住所不備のため確認中' }).click();
    await dialog.getByRole('button', { name: '保留にする' }).click();
    await page.getByText('理由：住所不備のため確認中').waitFor();
    expect((await call('GET', `/orders/${id}`, cookie)).body).toMatchObject({
      status: 'held',
      hold: { reason: { text: '住所不備のため確認中' } },
    });
    expect(pageErrors).toEqual([]);
  });

  it("confirms a pending change from the mall, which then becomes the order's data", async () => {
    const id = await importedOrderWithPendingChange(1);
    await openOrder(id);
    await page.getByRole('button', { name: '変更を反映' }).click();
    await page
      .getByRole('table', { name: 'モールで受注内容が変更されました（確認待ち）' })
      .waitFor({ state: 'detached' });
    const payment = page.getByRole('region', { name: '支払・ギフト・備考' });
    expect(await payment.getByText('夕方以降に').innerText()).toBe('夕方以降に\nお届けください');
    expect((await call('GET', `/orders/${id}`, cookie)).body).toMatchObject({
      pendingChange: null,
      mallData: { buyerRemarks: '夕方以降に\nお届けください' },
    });
    expect(pageErrors).toEqual([]);
  });

  it("rejects a pending change with a reason, keeping the order's data", async () => {
    const id = await importedOrderWithPendingChange(2);
    await openOrder(id);
    await page.getByRole('button', { name: '変更を却下' }).click();
    const dialog = page.getByRole('dialog', { name: 'モールの変更を却下します' });
    await dialog.getByRole('textbox', { name: '却下の理由' }).fill('お客様と電話で確認済み（夕方指定は取消）');
    await dialog.getByRole('button', { name: '変更を却下' }).click();
    await page
      .getByRole('table', { name: 'モールで受注内容が変更されました（確認待ち）' })
      .waitFor({ state: 'detached' });
    await dialog.waitFor({ state: 'detached' });
    const order = (await call('GET', `/orders/${id}`, cookie)).body as { mallData: unknown };
    expect(order).toMatchObject({ pendingChange: null });
    expect(order.mallData).toEqual(importedMallData);
    const timeline = (await call('GET', `/orders/${id}/timeline`, cookie)).body as Array<{
      type: string;
      data: unknown;
    }>;
    expect(timeline.at(-1)).toMatchObject({
      type: 'OrderChangeRejected',
      data: { reason: 'お客様と電話で確認済み（夕方指定は取消）' },
    });
    expect(pageErrors).toEqual([]);
  });
});
