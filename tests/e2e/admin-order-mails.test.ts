/**
 * The order's mails in a real browser: the 送信メール履歴 section on the order page, and a 個別メール written there with
 * a 定型文 inserted, its merge field filled in for the order, kept for the mail queue as sent.
 */
import pg from 'pg';
import type { Page } from 'playwright-core';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';

describe('admin order mails', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    // A registered shop (the bare fixture's orders name a shop id the mail facts cannot look up).
    admin = await openAdminBrowser({
      password: 'pass-①',
      orders: 1,
      shops: [{ code: 'takahashi-rakuten', mall: 'rakuten', name: '髙橋商店 楽天市場店' }],
      timezoneId: 'Asia/Tokyo',
    });
    ({ page, pageErrors } = admin);
    await page.goto(admin.server.url);
    await signIn(page, 'pass-①');
  }, 120_000);

  afterAll(async () => {
    expect(await admin?.close()).toBe(0);
  });

  it('adds a canned mail phrase under 定型文', async () => {
    await page.getByRole('menuitem', { name: '定型文' }).click();
    await page.getByRole('link', { name: '新規登録' }).click();
    await page.getByRole('combobox', { name: '用途' }).click();
    await page.getByRole('option', { name: 'メール' }).click();
    await page.getByRole('textbox', { name: '文面' }).fill('今後とも㈱髙橋商店をよろしくお願いいたします。');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('cell', { name: '今後とも㈱髙橋商店をよろしくお願いいたします。' }).waitFor();
  });

  it('sends an individual mail from the order page, its merge field filled in', async () => {
    await page.getByRole('menuitem', { name: '受注', exact: true }).click();
    await page.getByRole('cell', { name: '123456-20261130-0000000' }).click();
    const history = page.getByRole('region', { name: '送信メール履歴' });
    await history.waitFor();
    await history.getByRole('button', { name: '個別メール' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: '件名' }).fill('【髙橋商店】お届け日のご相談');
    const body = dialog.getByRole('textbox', { name: '本文' });
    await body.fill('{{注文者名}}様\n①～③の日程でいかがでしょうか。\n');
    await dialog.getByRole('button', { name: '定型文を挿入' }).click();
    await page.getByRole('menuitem', { name: '今後とも㈱髙橋商店をよろしくお願いいたします。' }).click();
    await dialog.getByRole('button', { name: '送信' }).click();
    await page.getByText('個別メールの送信を依頼しました').waitFor();

    const db = new pg.Client({ connectionString: admin!.connectionString });
    await db.connect();
    try {
      const { rows } = await db.query(
        'SELECT o.subject, o.text_body FROM mail_outbox o WHERE o.order_id = $1 AND o.content_given',
        [admin!.tenant.orderIds[0]],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].subject).toBe('【髙橋商店】お届け日のご相談');
      expect(rows[0].text_body).not.toContain('{{');
      expect(rows[0].text_body).toMatch(
        /様\n①～③の日程でいかがでしょうか。\n今後とも㈱髙橋商店をよろしくお願いいたします。/,
      );
    } finally {
      await db.end();
    }
    expect(pageErrors).toEqual([]);
  });
});
