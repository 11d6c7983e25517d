/**
 * A member of staff in a real browser finds a customer by a half-width kana fragment, reads the purchase history,
 * blacklists the customer with a reason and removes them again, and follows a purchase to its order.
 */
import type { Page } from 'playwright-core';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';

describe('admin customers', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    admin = await openAdminBrowser({ password: 'pass-顧客①', orders: 2, timezoneId: 'Asia/Tokyo' });
    ({ page, pageErrors } = admin);
  }, 120_000);

  afterAll(async () => {
    expect(await admin?.close()).toBe(0);
  });

  it('finds the customer by a half-width kana fragment', async () => {
    await page.goto(admin!.server.url);
    await signIn(page, 'pass-顧客①');
    await page.getByRole('menuitem', { name: '顧客', exact: true }).click();
    await page.getByPlaceholder('氏名・カナ・電話・メール').fill('ﾀｶﾊ');
    const row = page.getByRole('cell', { name: '髙橋 太郎' });
    // The server's policy turns the orders imported before it started into customers; a person would press 再読み込み.
    for (let i = 0; i < 20 && (await row.count()) === 0; i++) {
      await page.getByRole('button', { name: '再読み込み' }).click();
      await page.waitForTimeout(250);
    }
    await row.click();
    await page.getByText('ﾀｶﾊｼ ﾀﾛｳ').waitFor();
  });

  it('shows the purchase history with each order', async () => {
    const history = page.getByRole('table', { name: '購入履歴' });
    await history.getByRole('link', { name: '123456-20261130-0000000' }).waitFor();
    await history.getByRole('link', { name: '123456-20261130-0000001' }).waitFor();
    expect(await history.getByText('￥4,720').count()).toBe(2);
  });

  it('blacklists the customer with a reason and removes them again', async () => {
    await page.getByRole('button', { name: 'ブラックリストに登録' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('受取拒否が2回～要注意');
    await page.getByRole('button', { name: '登録する' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByText('受取拒否が2回～要注意').waitFor();
    await page.getByText('ブラックリスト', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'ブラックリストから解除' }).click();
    await page.getByRole('button', { name: 'ブラックリストに登録' }).waitFor();
    expect(await page.getByText('受取拒否が2回～要注意').count()).toBe(0);
  });

  it('follows a purchase to its order and back', async () => {
    await page.getByRole('table', { name: '購入履歴' }).getByRole('link', { name: '123456-20261130-0000001' }).click();
    await page.getByRole('heading', { name: '新規受注', exact: true }).waitFor();
    // …and from the order back to the customer.
    await page.getByRole('link', { name: '購入履歴' }).click();
    await page.getByRole('table', { name: '購入履歴' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
