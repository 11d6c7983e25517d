/**
 * A member of staff in a real browser asks for 送り状データ出力 of two orders the carrier's software would refuse: the
 * refusals are listed per order, nothing is written, and the orders stay where they are without an exported mark.
 */
import type { Page } from 'playwright-core';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';

const orderNumber = (i: number) => `123456-20261130-000000${i}`;

describe('admin label exports', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;
  const row = (i: number) => page.getByRole('row').filter({ hasText: orderNumber(i) });

  beforeAll(async () => {
    admin = await openAdminBrowser({ password: 'pass-①', orders: 3, timezoneId: 'Asia/Tokyo' });
    ({ page } = admin);
    await page.goto(admin.server.url);
    await signIn(page, 'pass-①');
    await page.getByText('システム状態', { exact: true }).waitFor();
  }, 120_000);

  afterAll(async () => {
    expect(await admin?.close()).toBe(0);
  });

  it('lists the refused orders with their reasons first, and exports nothing', async () => {
    await page.goto(`${admin!.server.url}/#/orders`);
    for (const i of [0, 1]) await row(i).getByRole('checkbox').check();
    await page.getByRole('button', { name: '送り状データ出力', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'ヤマト B2クラウド' }).check();
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/label-exports'));
    await dialog.getByRole('button', { name: '出力する' }).click();
    expect((await answered).status()).toBe(422);

    const refusals = page.getByRole('dialog').filter({ hasText: '運送会社のソフトで取り込めない受注が2件あります' });
    await refusals.waitFor();
    for (const i of [0, 1]) {
      // No shop details and no Yamato account yet: the sender and the account codes are missing on each.
      const lines = refusals.locator(`[data-refused-order="${orderNumber(i)}"]`);
      await lines.filter({ hasText: 'ご依頼主電話番号' }).getByText('必須項目が空です').waitFor();
      await lines.filter({ hasText: '請求先顧客コード' }).getByText('必須項目が空です').waitFor();
    }
    // Every selected order was refused: there is nothing else to export.
    expect(await refusals.getByRole('button', { name: 'これらを除いて出力' }).count()).toBe(0);
    await refusals.getByRole('button', { name: '閉じる' }).click();
    expect(await page.locator('[data-labels-exported]').count()).toBe(0);
  });

  it('sets the Yamato codes under 運送会社アカウント, only the fields Yamato has', async () => {
    await page.goto(`${admin!.server.url}/#/carrier-accounts`);
    await page.getByRole('row').filter({ hasText: 'ヤマト運輸' }).click();
    await page.waitForURL(/#\/carrier-accounts\/yamato$/);
    await page.getByRole('textbox', { name: '顧客コード・お客様コード・お客様番号' }).fill('012345678901');
    await page.getByRole('textbox', { name: '運賃管理番号' }).fill('01');
    expect(await page.getByRole('textbox', { name: '荷送人コード' }).count()).toBe(0);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('row').filter({ hasText: '012345678901' }).waitFor();
    const saved = await page.request.get(`${admin!.server.url}/api/carrier-accounts/yamato`);
    expect(await saved.json()).toMatchObject({ customerCode: '012345678901', freightCode: '01', shipperCode: '' });
  });
});
