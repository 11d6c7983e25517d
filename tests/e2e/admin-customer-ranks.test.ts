/**
 * An administrator in a real browser keeps the 顧客ランク table, and the rule editor's 顧客ランク condition shows its
 * names; a rule on a rank is saved with the name typed.
 */
import type { Page } from 'playwright-core';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';

describe('admin: customer ranks', () => {
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

  it('saves the rank table, highest threshold first', async () => {
    await page.goto(admin!.server.url);
    await signIn(page, 'pass-髙①');
    await page.getByRole('menuitem', { name: '顧客ランク' }).click();
    for (const [name, count] of [
      ['ブロンズ', '2'],
      ['ゴールド', '10'],
    ] as const) {
      await page.getByRole('button', { name: '追加' }).click();
      await page.getByRole('textbox', { name: 'ランク名（20文字まで）' }).last().fill(name);
      await page.getByRole('spinbutton', { name: '購入回数（以上）' }).last().fill(count);
    }
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('顧客ランクを保存しました').first().waitFor();
    await page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll<HTMLInputElement>('input[name$=".name"]'), (i) => i.value).join() ===
        'ゴールド,ブロンズ',
    );
    expect(pageErrors).toEqual([]);
  });

  it("offers the table's names in a rule's 顧客ランク condition", async () => {
    await page.getByRole('menuitem', { name: '自動処理設定' }).click();
    await page.getByRole('link', { name: '新規登録' }).click();
    await page.getByTestId('rule-summary').waitFor();
    // The first 追加 adds a condition group; then the group's own 追加 comes first.
    await page.getByRole('button', { name: '追加' }).first().click();
    await page.getByRole('button', { name: '追加' }).first().click();
    await page.getByRole('combobox', { name: '項目' }).click();
    await page.getByRole('option', { name: '顧客ランク' }).click();
    await page.getByText('顧客ランク表: ゴールド（10回以上）、ブロンズ（2回以上）').waitFor();
    await page.getByRole('textbox', { name: 'ランク（カンマ区切り）' }).fill('ゴールド');
    await page.waitForFunction(() =>
      (document.querySelector('[data-testid="rule-summary"]')?.textContent ?? '').includes('ゴールド'),
    );
    expect(pageErrors).toEqual([]);
  });
});
