/**
 * An administrator in a real browser makes an automation rule (自動処理設定): the live summary under the form, saved,
 * then listed with the same summary; and the チェック設定 of a shop saved with a check that holds.
 */
import type { Page } from 'playwright-core';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';

describe('admin: automation rules and check settings', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    admin = await openAdminBrowser({
      password: 'pass-髙①',
      timezoneId: 'Asia/Tokyo',
      shops: [{ code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' }],
    });
    ({ page, pageErrors } = admin);
  }, 120_000);

  afterAll(async () => {
    expect(await admin?.close()).toBe(0);
  });

  it('makes a rule, sees its summary, saves it and finds it in the list', async () => {
    await page.goto(admin!.server.url);
    await signIn(page, 'pass-髙①');
    await page.getByRole('menuitem', { name: '自動処理設定' }).click();
    await page.getByRole('link', { name: '新規登録' }).click();
    const summary = page.getByTestId('rule-summary');
    await summary.waitFor();
    const empty = await summary.textContent();
    await page.getByRole('textbox', { name: 'ルール名' }).fill('髙額タグ①');
    // The last 追加 is the actions' (the condition groups' comes first).
    await page.getByRole('button', { name: '追加' }).last().click();
    await page.getByRole('combobox', { name: '処理内容' }).click();
    await page.getByRole('option', { name: 'タグ付け' }).click();
    await page.getByRole('textbox', { name: 'タグ' }).fill('髙額①');
    // A mail action: its kinds are the mail templates' (named as that screen names them).
    await page.getByRole('button', { name: '追加' }).last().click();
    await page.getByRole('combobox', { name: '処理内容' }).last().click();
    await page.getByRole('option', { name: 'メール送信の予約' }).click();
    await page.getByRole('combobox', { name: 'メール' }).click();
    await page.getByRole('option', { name: 'サンクスメール', exact: true }).click();
    // The line follows the form: it changed with the action, and says the rule is complete.
    await page.waitForFunction((before) => {
      const text = document.querySelector('[data-testid="rule-summary"]')?.textContent ?? '';
      return text !== before && !text.includes('入力中');
    }, empty);
    const line = (await summary.textContent())!;
    expect(line).toContain('タグ「髙額①」、サンクスメールの送信対象');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('cell', { name: '髙額タグ①', exact: true }).waitFor();
    await page.getByRole('cell', { name: line, exact: true }).waitFor();
    expect(await page.getByRole('switch', { name: '髙額タグ① enabled' }).isChecked()).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it("sets a shop's check to hold in a box", async () => {
    await page.getByRole('menuitem', { name: 'チェック設定' }).click();
    await page.getByRole('cell', { name: '髙橋商店 楽天市場店' }).click();
    const row = page.getByTestId('check-address');
    await row.getByRole('combobox', { name: '動作' }).click();
    await page.getByRole('option', { name: '保留' }).click();
    await row.getByRole('combobox', { name: '保留ボックス' }).click();
    await page.getByRole('option', { name: '保留ボックス3', exact: true }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('更新しました').first().waitFor();
    await page.getByRole('menuitem', { name: 'チェック設定' }).click();
    await page.getByRole('cell', { name: '住所チェック' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('saves a 要注意発送地域 row and goes back to the shipped list', async () => {
    await page.getByRole('menuitem', { name: '要注意発送地域' }).click();
    await page.getByTestId('caution-areas-shipped').waitFor();
    await page.getByRole('button', { name: '追加' }).last().click();
    await page.getByRole('textbox', { name: '郵便番号' }).last().fill('907-1801');
    await page.getByRole('combobox', { name: '区分' }).last().click();
    await page.getByRole('option', { name: '離島' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: '運送会社（空：すべて）' }).last().click();
    await page.getByRole('option', { name: 'ヤマト運輸' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('textbox', { name: '備考' }).last().fill('与那国町①');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('要注意発送地域を保存しました').first().waitFor();
    await page.getByTestId('caution-areas-shipped').waitFor({ state: 'detached' });
    expect(await page.getByRole('textbox', { name: '郵便番号' }).last().inputValue()).toBe('9071801');
    await page.getByRole('button', { name: '初期リストに戻す' }).click();
    await page.getByTestId('caution-areas-shipped').waitFor();
    expect(pageErrors).toEqual([]);
  });
});
