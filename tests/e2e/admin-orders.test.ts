/**
 * A member of staff in a real browser: signs in, finds an order by a half-width kana fragment, holds and releases it,
 * moves it along its route to 処理済み (typing the parcel's tracking number to pass 伝票番号未設定, sending the shipping mail
 * from the 発送メール未送信 tab to pass that), and sees each step in its history.
 */
import type { Page } from 'playwright-core';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';
import { eventually } from '../support/eventually';

describe('admin orders', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;
  let pageErrors: string[];
  const statusIs = (label: string) => page.getByRole('heading', { name: label, exact: true }).waitFor();

  beforeAll(async () => {
    // A registered shop: the shipping mail is rendered with the shop's settings.
    admin = await openAdminBrowser({
      password: 'pass-①',
      orders: 1,
      shops: [{ code: 'takahashi-rakuten', mall: 'rakuten', name: '髙橋商店 楽天市場店' }],
      timezoneId: 'Asia/Tokyo',
    });
    ({ page, pageErrors } = admin);
  }, 120_000);

  afterAll(async () => {
    expect(await admin?.close()).toBe(0);
  });

  it('signs in and finds the order by a half-width kana fragment', async () => {
    await page.goto(admin!.server.url);
    await signIn(page, 'pass-①');
    await page.getByRole('menuitem', { name: '受注', exact: true }).click();
    await page.getByRole('tab', { name: /^新規受注 \(1\)$/ }).waitFor();
    await page.getByPlaceholder('注文番号・氏名・カナ・電話・メール').fill('ﾀｶﾊ');
    await page.getByRole('cell', { name: '123456-20261130-0000000' }).click();
    await statusIs('新規受注');
  });

  it('holds the order in a box and releases it back to where it was', async () => {
    await page.getByRole('button', { name: '次のステータスへ' }).click();
    await statusIs('入金待ち');
    await page.getByRole('button', { name: '保留にする' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: '理由' }).fill('在庫確認中（倉庫②）');
    await dialog.getByRole('button', { name: '保留にする' }).click();
    await statusIs('保留');
    await page.getByRole('button', { name: '保留解除' }).click();
    await statusIs('入金待ち');
  });

  it('moves the order along its route; 伝票番号未設定 is passed only once the parcel has its number', async () => {
    for (const next of ['発送待ち', '伝票・帳票出力待ち', '伝票番号未設定']) {
      await page.getByRole('button', { name: '次のステータスへ' }).click();
      await statusIs(next);
    }
    await page.getByRole('button', { name: '次のステータスへ' }).click();
    await page.getByText(/伝票番号が未設定の送付先が1件あるため/).waitFor();
    await statusIs('伝票番号未設定');

    const tracking = page.getByRole('region', { name: '伝票番号', exact: true });
    await tracking.getByRole('button', { name: '送付先1の伝票番号を編集' }).click();
    await tracking.getByRole('textbox', { name: '送付先1の伝票番号' }).fill('4444-1375-8703');
    await tracking.getByRole('button', { name: '保存' }).click();
    // The last destination's number moves the order on by itself.
    await statusIs('発送メール未送信');
    // 処理済み only once the buyer was told: the shipping mail has not gone yet.
    await page.getByRole('button', { name: '次のステータスへ' }).click();
    await page.getByText(/発送メールが未送信のため/).waitFor();
    await statusIs('発送メール未送信');
  });

  it('sends the shipping mail from the 発送メール未送信 tab, which moves the order to 処理済み', async () => {
    await page.getByRole('menuitem', { name: '受注', exact: true }).click();
    await page.getByRole('tab', { name: /^発送メール未送信 \(1\)$/ }).click();
    await page
      .getByRole('row', { name: /123456-20261130-0000000/ })
      .getByRole('checkbox')
      .check();
    await page.getByRole('button', { name: '発送メール送信' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '実行' }).click();
    await page.getByText('発送メール: 送信待ち 1件・送信済みのため省略 0件・送信できない 0件').waitFor();
    // The app's mail worker sends it in the background (through the catcher); the sent mail moves the order on.
    await eventually(
      async () =>
        (
          await admin!.app.database.pool.query<{ state: string }>(
            `SELECT state FROM mail_outbox WHERE order_id = $1 AND kind = 'shipped'`,
            [admin!.tenant.orderIds[0]],
          )
        ).rows,
      (rows) => rows[0]?.state === 'sent',
      'the shipping mail was not sent',
    );
    await admin!.app.readModelsCaughtUp();
    await page.reload();
    await page.getByRole('tab', { name: /^処理済み \(1\)$/ }).click();
    await page.getByRole('cell', { name: '123456-20261130-0000000' }).click();
    await statusIs('処理済み');
  });

  it('shows every step in the order history', async () => {
    const history = page.getByRole('list', { name: '処理履歴' });
    await history.getByText('受注取込', { exact: true }).waitFor();
    await history.getByText('保留解除', { exact: true }).waitFor();
    // Four by hand, one by the tracking number, one by the sent shipping mail.
    expect(await history.getByText('ステータス進行', { exact: true }).count()).toBe(6);
    expect(await history.getByText('保留', { exact: true }).count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  it('lists the same steps in the operation history, with who did them', async () => {
    await page.getByRole('menuitem', { name: '担当者処理履歴' }).click();
    await page.getByRole('cell', { name: '保留解除', exact: true }).first().waitFor();
    await page.getByRole('cell', { name: 'owner', exact: true }).first().waitFor();
    expect(pageErrors).toEqual([]);
  });
});
