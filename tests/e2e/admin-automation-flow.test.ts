/**
 * Intake automation end to end in one real browser session: a rule made in 自動処理設定 (代金引換 で 合計5,000円以上 →
 * 保留ボックス3 with a reason), its live summary, a ドライラン over the orders already in that lists what it would do and
 * holds nothing, the rule saved; then a 楽天 file in the real RMS layout imported on 受注取込 whose COD order is held with
 * the rule's reason and whose 離島 order carries the check's sentence; two orders to the same recipient merged from
 * 同梱候補; and the B2クラウド file for the bundle with ONE row naming both orders.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';
import { apiCaller, signIn as apiSignIn } from '../support/api-client';

const FIXTURE = path.join(__dirname, '../fixtures/import/rakuten-rms.csv');
const PASSWORD = 'pass-髙①';
const RULE = '代引5千円以上は確認①';
const REASON = '代引の髙額注文：電話で確認';
/** In the fixture already imported: the 代金引換 order of 8,460円 the dry run must list, and a card order it must not. */
const [FIXTURE_COD, FIXTURE_CARD] = ['387215-20261130-0000002', '387215-20261130-0000001'];
/** The file imported in the browser. */
const COD = '387215-20261206-0000011';
const BUNDLED = ['387215-20261206-0000012', '387215-20261206-0000013'] as const;
const ISLAND = '387215-20261206-0000014';

/** The buyer is also the recipient: one address per order. */
interface Buyer {
  last: string;
  first: string;
  postal: [string, string];
  pref: string;
  city: string;
  rest: string;
}
interface FileOrder {
  number: string;
  payment: string;
  items: ReadonlyArray<{ name: string; sku: string; price: number; quantity: number }>;
  buyer: Buyer;
}

const buyerSaki: Buyer = { last: '﨑山', first: '太郎', postal: ['231', '0023'], pref: '神奈川県', city: '横浜市中区', rest: '山下町１－２' }; // prettier-ignore
const buyerWatanabe: Buyer = { last: '渡邊', first: '一郎', postal: ['530', '0001'], pref: '大阪府', city: '大阪市北区', rest: '梅田１丁目１－１ ㈱梅田ビル①' }; // prettier-ignore
const buyerIsland: Buyer = { last: '髙良', first: '花', postal: ['907', '1801'], pref: '沖縄県', city: '八重山郡与那国町', rest: '与那国１２３' }; // prettier-ignore
const FILE_ORDERS: FileOrder[] = [
  { number: COD, payment: '代金引換', items: [{ name: '有田焼 湯呑み', sku: 'CUP-01', price: 2200, quantity: 3 }], buyer: buyerSaki }, // prettier-ignore
  { number: BUNDLED[0], payment: 'クレジットカード', items: [{ name: '静岡茶①～特選～', sku: 'TEA-001', price: 1080, quantity: 2 }], buyer: buyerWatanabe }, // prettier-ignore
  { number: BUNDLED[1], payment: 'クレジットカード', items: [{ name: '有田焼 湯呑み', sku: 'CUP-01', price: 2200, quantity: 1 }], buyer: buyerWatanabe }, // prettier-ignore
  { number: ISLAND, payment: 'クレジットカード', items: [{ name: '静岡茶①～特選～', sku: 'TEA-001', price: 1080, quantity: 1 }], buyer: buyerIsland }, // prettier-ignore
];

/** As the mall writes it (CP932), the fixture's header and first row as the template: only the cells these orders differ in are rewritten. */
async function writeRakutenFile(file: string): Promise<void> {
  const [header, template] = parse(iconv.decode(await readFile(FIXTURE), 'cp932')) as [string[], string[]];
  const rows = FILE_ORDERS.flatMap((order) => {
    const total = order.items.reduce((sum, item) => sum + item.price * item.quantity, 0);
    const { buyer } = order;
    return order.items.map((item) => {
      const cells: Record<string, string> = {
        注文番号: order.number,
        注文日時: '2026-12-06 09:30:00',
        支払方法名: order.payment,
        商品合計金額: String(total),
        消費税合計: '',
        送料合計: '0',
        代引料合計: '0',
        請求金額: String(total),
        合計金額: String(total),
        ポイント利用額: '',
        クーポン利用総額: '',
        注文者メールアドレス: `${order.number}@example.jp`,
        ひとことメモ: '',
        コメント: '',
        お届け時間帯: '',
        お届け日指定: '',
        ...Object.fromEntries(
          ['注文者', '送付先'].flatMap((who) => [
            [`${who}郵便番号1`, buyer.postal[0]],
            [`${who}郵便番号2`, buyer.postal[1]],
            [`${who}住所都道府県`, buyer.pref],
            [`${who}住所郡市区`, buyer.city],
            [`${who}住所それ以降の住所`, buyer.rest],
            [`${who}姓`, buyer.last],
            [`${who}名`, buyer.first],
          ]),
        ),
        商品名: item.name,
        商品番号: item.sku,
        単価: String(item.price),
        個数: String(item.quantity),
      };
      return header.map((column, i) => cells[column] ?? template[i]!);
    });
  });
  await writeFile(
    file,
    iconv.encode(stringify([header, ...rows], { quoted: true, record_delimiter: '\r\n' }), 'cp932'),
  );
}

describe('admin: a rule, an import, the held orders, a bundle and its one label', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;
  let dir: string;
  let cookie: string;
  const call = (method: string, url: string, body?: unknown) => apiCaller(admin!.app)(method, url, cookie, body);
  const orderByNumber = async (number: string) => {
    const filter = encodeURIComponent(JSON.stringify({ q: number }));
    const { body } = await call('GET', `/orders?filter=${filter}&range=[0,99]`);
    return (body as Array<{ id: string; orderNumber: string; status: string }>).find((o) => o.orderNumber === number)!;
  };

  beforeAll(async () => {
    admin = await openAdminBrowser({
      password: PASSWORD,
      timezoneId: 'Asia/Tokyo',
      shops: [{ code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' }],
    });
    ({ page } = admin);
    const { tenant, app } = admin;
    cookie = await apiSignIn(app, tenant.code, tenant.admin.username, tenant.admin.password);
    // What a B2クラウド file needs: the shop's carrier given to its orders at intake, the Yamato account, the sender.
    const shopDefaults = { name: '髙橋商店 楽天市場店', defaultCarrier: 'yamato', defaultSlipType: '発払い', codSlipType: 'コレクト' }; // prettier-ignore
    expect((await call('PUT', `/shops/${tenant.shops[0]!.id}`, shopDefaults)).status).toBe(200);
    // Orders already in for the dry run to replay, imported before any rule exists.
    const form = new FormData();
    form.append('shopId', tenant.shops[0]!.id);
    form.append('format', 'rakuten');
    form.append('files', new Blob([new Uint8Array(await readFile(FIXTURE))]), 'rakuten-rms.csv');
    const imported = await fetch(`${app.url}/api/imports`, { method: 'POST', headers: { cookie }, body: form });
    expect(imported.status).toBe(201);
    // What a B2クラウド file needs, besides: the Yamato account and the shop's sender.
    expect((await call('PUT', '/carrier-accounts/yamato', { customerCode: '012345678901', freightCode: '01' })).status).toBe(200); // prettier-ignore
    const settings = await call('PUT', `/shops/${tenant.shops[0]!.id}/document-settings`, {
      issuer: { name: '㈱髙橋商店', postalCode: '150-0001', address: '東京都渋谷区神宮前1-2-3', phone: '03-1234-5678' },
    });
    expect(settings.status).toBe(200);
    await app.readModelsCaughtUp();
    dir = await mkdtemp(path.join(os.tmpdir(), 'oms-automation-flow-'));
    await page.goto(admin.server.url);
    await signIn(page, PASSWORD);
    await page.getByText('システム状態', { exact: true }).waitFor();
  }, 180_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    expect(await admin?.close()).toBe(0);
  });

  it('makes a rule, dry-runs it over the orders in (holding none), and saves it', async () => {
    await page.getByRole('menuitem', { name: '自動処理設定' }).click();
    await page.getByRole('link', { name: '新規登録' }).click();
    const summary = page.getByTestId('rule-summary');
    await summary.waitFor();
    await page.getByRole('textbox', { name: 'ルール名' }).fill(RULE);
    // One condition group (the first 追加), then two conditions in it (the group's own 追加 comes first).
    await page.getByRole('button', { name: '追加' }).first().click();
    await page.getByRole('combobox', { name: 'グループ内' }).waitFor();
    await page.getByRole('button', { name: '追加' }).first().click();
    await page.getByRole('combobox', { name: '項目' }).click();
    await page.getByRole('option', { name: '支払方法' }).click();
    await page.getByRole('combobox', { name: '支払方法' }).click();
    await page.getByRole('option', { name: '代金引換' }).click();
    // The multiple choice stays open: closed, and gone, before the next field is opened.
    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '追加' }).first().click();
    await page.getByRole('combobox', { name: '項目' }).nth(1).click();
    await page.getByRole('option', { name: '合計金額' }).click();
    await page.getByRole('spinbutton', { name: '以上' }).fill('5000');
    await page.getByRole('button', { name: '追加' }).last().click();
    await page.getByRole('combobox', { name: '処理内容' }).click();
    await page.getByRole('option', { name: '保留', exact: true }).click();
    await page.getByRole('combobox', { name: '保留ボックス' }).click();
    await page.getByRole('option', { name: /^3 / }).click();
    await page.getByRole('textbox', { name: '保留理由' }).fill(REASON);
    // The summary line follows the form and, complete, names what the rule does.
    await page.waitForFunction(() => {
      const text = document.querySelector('[data-testid="rule-summary"]')?.textContent ?? '';
      return text.includes('代金引換') && text.includes('5,000') && !text.includes('入力中');
    });
    const line = (await summary.textContent())!;

    const dryRun = page.getByTestId('dry-run');
    await dryRun.getByRole('spinbutton', { name: '過去の日数' }).fill('30');
    await dryRun.getByRole('button', { name: 'ドライラン' }).click();
    const listed = dryRun.getByRole('row').filter({ hasText: FIXTURE_COD });
    await listed.waitFor();
    expect(await listed.getByRole('cell').nth(1).textContent()).toContain(REASON);
    expect(await dryRun.getByRole('row').filter({ hasText: FIXTURE_CARD }).count()).toBe(0);
    // A dry run changes nothing: the order it lists is not held.
    expect((await orderByNumber(FIXTURE_COD)).status).not.toBe('held');

    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('cell', { name: RULE, exact: true }).waitFor();
    await page.getByRole('cell', { name: line, exact: true }).waitFor();
    expect((await orderByNumber(FIXTURE_COD)).status).not.toBe('held');
  });

  it('imports a 楽天 file: the COD order is held with the rule’s reason, the 離島 order carries the check', async () => {
    const file = path.join(dir, '楽天-受注.csv');
    await writeRakutenFile(file);
    await page.getByRole('menuitem', { name: '受注取込' }).click();
    await page.getByRole('link', { name: '受注を取り込む' }).click();
    await page.getByRole('combobox', { name: '店舗' }).click();
    await page.getByRole('option', { name: '髙橋商店 楽天市場店（rakuten-main）' }).click();
    await page.getByRole('combobox', { name: '取込形式' }).click();
    await page.getByRole('option', { name: '楽天市場 (RMS 受注CSV)' }).click();
    await page.getByTestId('import-files').setInputFiles(file);
    await page.getByRole('button', { name: '取り込む' }).click();
    await page.getByTestId('import-result').getByText('新規 4件').waitFor();

    await page.getByRole('menuitem', { name: '受注', exact: true }).click();
    await page.getByRole('tab', { name: /^保留/ }).click();
    const held = page.getByRole('row').filter({ hasText: COD });
    await held.getByText('保留', { exact: false }).first().waitFor();
    // The list says why: the rule's reason, and the checks that tripped.
    await held.getByTestId('held-reason').getByText(REASON).waitFor();
    // Only the new COD order is held: the fixture's COD order came in before the rule.
    expect(await page.getByRole('row').filter({ hasText: FIXTURE_COD }).count()).toBe(0);
    await held.click();
    await page.getByText(`ルール『${RULE}』により`).first().waitFor();
    await page.getByText(REASON).first().waitFor();

    // 担当者処理履歴 says the same, beside the staff member whose import ran the rule.
    await page.getByRole('menuitem', { name: '担当者処理履歴' }).click();
    const byRule = page.getByRole('row').filter({
      has: page.getByRole('cell', { name: `ルール『${RULE}』により保留`, exact: true }),
    });
    await byRule.getByRole('cell', { name: 'owner', exact: true }).waitFor();

    await page.goto(`${admin!.server.url}/#/orders/${(await orderByNumber(ISLAND)).id}/show`);
    const checks = page.getByTestId('check-results');
    await checks.getByText('要注意発送地域・離島').waitFor();
    await checks.getByText(/与那国/).waitFor();
    await page.getByRole('list', { name: '処理履歴' }).getByText('チェックに該当：要注意発送地域・離島').waitFor();
    await page.getByRole('menuitem', { name: '受注', exact: true }).click();
    await page.getByRole('tab', { name: /^新規受注/ }).click();
    await page.getByRole('row').filter({ hasText: ISLAND }).getByText('要注意発送地域・離島').waitFor();
    expect(admin!.pageErrors).toEqual([]);
  });

  it('merges the two orders to one recipient and exports ONE B2クラウド row naming both', async () => {
    await page.goto(`${admin!.server.url}/#/bundle-candidates`);
    const group = page.locator('section').filter({ hasText: BUNDLED[0] });
    for (const number of BUNDLED) await group.getByRole('link', { name: number }).waitFor();
    await group.getByRole('button', { name: '同梱する' }).click();
    await group.waitFor({ state: 'detached' });

    await page.goto(`${admin!.server.url}/#/orders/${(await orderByNumber(BUNDLED[0])).id}/show`);
    const panel = page.getByRole('region', { name: '同梱', exact: true });
    await panel.getByText('この受注は次の受注と同梱して1個口で出荷します').waitFor();
    for (const number of BUNDLED) await panel.getByRole('link', { name: number }).waitFor();

    await page.getByRole('menuitem', { name: '受注', exact: true }).click();
    // The list remembers the 保留 tab it was left on.
    await page.getByRole('tab', { name: /^新規受注/ }).click();
    await page.getByRole('row').filter({ hasText: BUNDLED[0] }).getByRole('checkbox').check();
    await page.getByRole('button', { name: '送り状データ出力', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'ヤマト B2クラウド' }).check();
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/label-exports'));
    const downloaded = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '出力する' }).click();
    const answer = await answered;
    expect({ status: answer.status(), refusal: answer.status() === 200 ? '' : await answer.text() }).toEqual({
      status: 200,
      refusal: '',
    });
    const bytes = await readFile((await (await downloaded).path())!);
    const [header, ...rows] = parse(iconv.decode(bytes, 'cp932'), { relax_column_count: true }) as string[][];
    expect(rows).toHaveLength(1);
    expect(rows[0]![header!.indexOf('検索キー1')]!.split(' ').sort()).toEqual([...BUNDLED].sort());
    expect(admin!.pageErrors).toEqual([]);
    expect(admin!.cspViolations).toEqual([]);
  });
});
