/**
 * 電話注文の登録 in a real browser: a member of staff types an order taken by phone, gets the generated number, and
 * finds the order in the list with amounts worked out from the lines.
 */
import type { Page } from 'playwright-core';
import { tokyoBusinessDate } from '../../domain/shared/dates';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';

describe('admin order entry', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;

  beforeAll(async () => {
    admin = await openAdminBrowser({ password: 'pass-㈱', timezoneId: 'Asia/Tokyo' });
    ({ page } = admin);
    await page.goto(admin.server.url);
    await signIn(page, 'pass-㈱');
    await page.getByRole('menuitem', { name: '受注', exact: true }).waitFor();
    const shop = await page.request.post(`${admin.server.url}/api/shops`, {
      data: { code: 'tel', mall: 'phone', name: '電話受付窓口' },
    });
    expect(shop.status()).toBe(201);
  }, 120_000);

  afterAll(async () => {
    expect(await admin?.close()).toBe(0);
  });

  it('enters a phone order and shows it under its generated number', async () => {
    await page.goto(`${admin!.server.url}/#/orders/create`);
    await page.getByLabel('ショップ').click();
    await page.getByRole('option', { name: '電話受付窓口' }).click();
    await page.getByLabel('氏名').first().fill('髙橋 一郎');
    await page.getByLabel('フリガナ').first().fill('ﾀｶﾊｼ ｲﾁﾛｳ');
    await page.getByLabel('電話番号').first().fill('０９０－１１１１－２２２２');
    await page.getByLabel('商品名').fill('静岡茶①～特選～');
    await page.getByLabel('単価(税込)').fill('1080');
    await page.getByLabel('数量').fill('3');
    await page.getByLabel('送料').fill('660');
    await page.getByRole('button', { name: '保存' }).click();

    const number = `TEL-${tokyoBusinessDate(new Date()).replace(/-/g, '')}-0001`;
    await page.getByText(number).first().waitFor();
    await page.getByText('髙橋 一郎').first().waitFor();
    await page.getByText(/3,900/).first().waitFor();
  });
});
