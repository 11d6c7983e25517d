/**
 * The mail template editor in a real browser: a merge field put in at the cursor with the inserter, the preview of
 * the shop's real order following the edit, 定型文 put in the same way, saved, and a test send; then 定型文 in the
 * order's memo.
 */
import type { Page } from 'playwright-core';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';

const ORDER_NUMBER = '123456-20261130-0000000';

describe('admin mail templates', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;

  beforeAll(async () => {
    admin = await openAdminBrowser({
      password: 'pass-①',
      orders: 1,
      shops: [{ code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' }],
      timezoneId: 'Asia/Tokyo',
    });
    page = admin.page;
    await page.goto(admin.server.url);
    await signIn(page, 'pass-①');
  }, 120_000);

  afterAll(async () => {
    expect(await admin?.close()).toBe(0);
  });

  it('inserts a field at the cursor, previews it with the shop’s order, saves and test-sends', async () => {
    await page.getByRole('menuitem', { name: 'メールテンプレート' }).click();
    const row = page.getByRole('row', { name: /発送メール/ });
    await row.getByText('初期値').waitFor();
    await row.getByRole('cell', { name: '発送メール' }).click();

    const textPart = page.getByLabel('テキスト', { exact: true });
    // The shop's newest order is previewed at once: its number is in the text part.
    await textPart.getByText(ORDER_NUMBER, { exact: false }).first().waitFor();
    expect(await page.getByRole('combobox', { name: 'プレビューする受注（注文番号）' }).inputValue()).toBe(
      ORDER_NUMBER,
    );
    await page.locator('iframe[title="HTML"]').waitFor();

    const subject = page.getByRole('textbox', { name: '件名' });
    await subject.fill('㈱髙橋商店より発送のお知らせ（）');
    // The cursor between the brackets: the field goes there, not at the end.
    await subject.press('End');
    await subject.press('ArrowLeft');
    await page.getByRole('button', { name: '差込項目を挿入' }).click();
    await page.getByRole('menuitem', { name: /\{\{注文番号\}\}/ }).click();
    expect(await subject.inputValue()).toBe('㈱髙橋商店より発送のお知らせ（{{注文番号}}）');
    await page
      .getByLabel('プレビューの件名')
      .getByText(`件名：㈱髙橋商店より発送のお知らせ（${ORDER_NUMBER}）`)
      .waitFor();

    const text = page.getByRole('textbox', { name: '本文（テキスト）' });
    await text.click();
    await text.press('Control+Home');
    await page.getByRole('button', { name: '定型文を挿入' }).click();
    await page.getByRole('menuitem', { name: 'このたびはご注文いただき誠にありがとうございます。' }).click();
    expect(await text.inputValue()).toMatch(/^このたびはご注文いただき誠にありがとうございます。\{\{注文者名\}\} 様/);

    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('更新しました').waitFor();

    await page.getByRole('button', { name: 'テスト送信' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: '送信先（ご自身のメールアドレス）' }).fill('sato@example.jp');
    await dialog.getByRole('button', { name: '送信' }).click();
    await page.getByText('sato@example.jp にテスト送信しました').waitFor();

    await page.getByRole('menuitem', { name: 'メールテンプレート' }).click();
    await page
      .getByRole('row', { name: /発送メール/ })
      .getByText('独自')
      .waitFor();
    expect(admin!.pageErrors).toEqual([]);
    expect(admin!.cspViolations).toEqual([]);
  });

  it('puts a canned phrase into the order’s memo', async () => {
    await page.getByRole('menuitem', { name: '受注', exact: true }).click();
    await page.getByRole('cell', { name: ORDER_NUMBER }).click();
    const shopSide = page.getByRole('region', { name: '出荷指示・メモ・タグ' });
    await shopSide.getByRole('button', { name: '一言メモを編集' }).click();
    await shopSide.getByRole('textbox', { name: '一言メモ' }).fill('髙橋様：');
    await shopSide.getByRole('button', { name: '定型文を挿入' }).click();
    await page.getByRole('menuitem', { name: 'お客様に電話で確認済み' }).click();
    await shopSide.getByRole('button', { name: '保存' }).click();
    await shopSide.getByRole('textbox', { name: '一言メモ' }).waitFor({ state: 'detached' });
    expect(await shopSide.getByLabel('一言メモ', { exact: true }).innerText()).toBe('髙橋様：お客様に電話で確認済み');
    expect(admin!.pageErrors).toEqual([]);
  });
});
