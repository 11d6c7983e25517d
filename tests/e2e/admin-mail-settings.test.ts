/**
 * An administrator in a real browser: メール設定 of a shop (automatic mails, follow-up days, SMTP with the password
 * shown only as 設定済み, the DNS records to publish) and 送信メール（開発用） with the text and the HTML side by side.
 */
import type { Page } from 'playwright-core';
import { createPool } from 'slonik';
import { catcherSender } from '../../infrastructure/mail/mail-catcher';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';

describe('admin: mail settings and caught mails', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    admin = await openAdminBrowser({
      password: 'pass-髙①',
      timezoneId: 'Asia/Tokyo',
      shops: [{ code: 'yahoo-main', mall: 'yahoo', name: '髙橋商店 Yahoo!店' }],
    });
    ({ page, pageErrors } = admin);
  }, 120_000);

  afterAll(async () => {
    expect(await admin?.close()).toBe(0);
  });

  it("sets a shop's follow-up days and SMTP server, and shows the DNS records", async () => {
    await page.goto(admin!.server.url);
    await signIn(page, 'pass-髙①');
    await page.getByRole('menuitem', { name: 'メール設定' }).click();
    await page.getByRole('cell', { name: '髙橋商店 Yahoo!店' }).click();
    await page.getByRole('spinbutton', { name: 'フォローメールまでの日数（発送メールから）' }).fill('14');
    await page.getByRole('combobox', { name: '送信方法' }).click();
    await page.getByRole('option', { name: '自社のSMTPサーバー（DKIM署名あり）' }).click();
    await page.getByRole('textbox', { name: 'SMTPサーバー' }).fill('smtp.example.jp');
    await page.getByRole('spinbutton', { name: 'ポート' }).fill('587');
    await page.getByRole('textbox', { name: 'ユーザー名（SMTP AUTH）' }).fill('shop@example.jp');
    await page.getByLabel('パスワード', { exact: true }).fill('秘密-①');
    await page.getByRole('textbox', { name: '送信元アドレス' }).fill('髙橋商店 <info@takahashi.example>');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('設定済み。変更するときだけ入力してください').waitFor();
    await page
      .getByTestId('dns-records')
      .getByText(/^oms1-\d{8}\._domainkey\.takahashi\.example$/)
      .waitFor();
    await page.getByTestId('dns-records').getByText('v=spf1 a:smtp.example.jp mx ~all').waitFor();
    expect(await page.getByLabel('パスワード', { exact: true }).inputValue()).toBe('');
    await page.getByRole('button', { name: '接続テスト' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('shows a caught mail with its text and its HTML in a sandboxed frame', async () => {
    const db = await createPool(admin!.connectionString);
    try {
      await catcherSender(db, admin!.tenant.id, admin!.tenant.shops[0]!.id).send({
        messageId: '<caught-1@oms.test>',
        to: 'buyer@example.jp',
        subject: 'ご注文ありがとうございます ①㈱髙～',
        text: '髙橋 様\nご注文ありがとうございます。',
        html: '<p id="inside">ＨＴＭＬ本文 ①㈱</p>',
        attachments: [],
      });
    } finally {
      await db.end();
    }
    await page.getByRole('menuitem', { name: '送信メール（開発用）' }).click();
    await page.getByRole('cell', { name: 'ご注文ありがとうございます ①㈱髙～' }).click();
    await page.getByTestId('mail-text').getByText('ご注文ありがとうございます。').waitFor();
    const frame = page.locator('iframe[sandbox=""]');
    await frame.waitFor();
    await page.frameLocator('iframe[sandbox=""]').getByText('ＨＴＭＬ本文 ①㈱').waitFor();
    expect(pageErrors).toEqual([]);
  });
});
