/**
 * The shipping mail as staff send it in a real browser: an order with its tracking number waits at 発送メール未送信, is
 * selected in that tab and sent 発送メール送信 in bulk; the app's mail worker sends it (through the catcher), the order
 * moves on to 処理済み, and its page's 送信メール履歴 shows the mail 送信済み with its text. 再送 sends a second one.
 */
import type { Page } from 'playwright-core';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';
import { eventually } from '../support/eventually';

const ORDER = '123456-20261130-0000000';

describe('admin shipping mail', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;
  let pageErrors: string[];
  const statusIs = (label: string) => page.getByRole('heading', { name: label, exact: true }).waitFor();
  const shippingMails = () =>
    page.getByRole('region', { name: '送信メール履歴' }).locator('tr[data-mail-kind="shipped"]');
  /** The worker sends in the background: waits until `count` shipping mails went and the screens caught up. */
  const shippingMailsSent = async (count: number) => {
    await eventually(
      async () =>
        (
          await admin!.app.database.pool.query<{ state: string }>(
            `SELECT state FROM mail_outbox WHERE order_id = $1 AND kind = 'shipped'`,
            [admin!.tenant.orderIds[0]],
          )
        ).rows,
      (rows) => rows.length === count && rows.every((row) => row.state === 'sent'),
      `${count} shipping mail(s) were not sent`,
    );
    await admin!.app.readModelsCaughtUp();
  };

  beforeAll(async () => {
    // A registered shop: the mail is rendered with the shop's settings and templates.
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

  it('brings the order to 発送メール未送信 with its tracking number', async () => {
    await page.getByRole('menuitem', { name: '受注', exact: true }).click();
    await page.getByRole('cell', { name: ORDER }).click();
    await statusIs('新規受注');
    for (const next of ['入金待ち', '発送待ち', '伝票・帳票出力待ち', '伝票番号未設定']) {
      await page.getByRole('button', { name: '次のステータスへ' }).click();
      await statusIs(next);
    }
    const tracking = page.getByRole('region', { name: '伝票番号', exact: true });
    await tracking.getByRole('button', { name: '送付先1の伝票番号を編集' }).click();
    await tracking.getByRole('textbox', { name: '送付先1の伝票番号' }).fill('4444-1375-8703');
    await tracking.getByRole('button', { name: '保存' }).click();
    await statusIs('発送メール未送信');
  });

  it('sends 発送メール送信 from the 発送メール未送信 tab; the answer says one queued and the order moves on', async () => {
    await page.getByRole('menuitem', { name: '受注', exact: true }).click();
    await page.getByRole('tab', { name: /^発送メール未送信 \(1\)$/ }).click();
    const row = page.getByRole('row', { name: new RegExp(ORDER) });
    await row.getByRole('checkbox').check();
    await page.getByRole('button', { name: '発送メール送信' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('選択した1件の受注に発送メールを送信します。').waitFor();
    await dialog.getByRole('button', { name: '実行' }).click();
    await page.getByText('発送メール: 送信待ち 1件・送信済みのため省略 0件・送信できない 0件').waitFor();

    // The worker sends it in the background; once it went, the order is at the next status of its route: 処理済み.
    await shippingMailsSent(1);
    await page.reload();
    await page.getByRole('tab', { name: /^処理済み \(1\)$/ }).waitFor();
    await page.getByRole('tab', { name: /^発送メール未送信/ }).click();
    await row.waitFor({ state: 'detached' });
  });

  it('shows the shipping mail 送信済み in 送信メール履歴 with its text', async () => {
    await page.getByRole('tab', { name: /^処理済み/ }).click();
    await page.getByRole('cell', { name: ORDER }).click();
    await statusIs('処理済み');
    const mail = shippingMails().first();
    await mail.getByText('送信済み', { exact: true }).waitFor();
    expect(await shippingMails().count()).toBe(1);
    await mail.getByRole('cell', { name: '発送メール', exact: true }).waitFor();
    await mail.getByRole('button', { name: '本文を表示' }).click();
    const text = page.getByRole('region', { name: '送信メール履歴' }).locator('pre');
    await text.waitFor();
    expect(await text.textContent()).toMatch(/4444-?1375-?8703/);
    expect(pageErrors).toEqual([]);
  });

  it('再送 sends the shipping mail again, as a second mail that is also 送信済み', async () => {
    await shippingMails().first().getByRole('button', { name: '再送' }).click();
    await page.getByText('再送を依頼しました').waitFor();
    await shippingMailsSent(2);
    await page.reload();
    await shippingMails().nth(1).waitFor();
    const rows = await shippingMails().all();
    expect(rows).toHaveLength(2);
    for (const mail of rows) await mail.getByText('送信済み', { exact: true }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
