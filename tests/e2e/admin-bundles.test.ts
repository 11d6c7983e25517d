/**
 * 同梱 in a real browser: 同梱候補 lists the two orders to the same recipient, 同梱する merges them, the order page shows
 * the bundle with both numbers, and 同梱解除 splits it again (the candidates come back on the order page).
 */
import type { Page } from 'playwright-core';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';
import { eventually } from '../support/eventually';

describe('admin 同梱', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;
  const numbers = ['123456-20261130-0000000', '123456-20261130-0000001'];

  beforeAll(async () => {
    admin = await openAdminBrowser({ password: 'pass-①', orders: 2, timezoneId: 'Asia/Tokyo' });
    ({ page } = admin);
    await page.goto(admin.server.url);
    await signIn(page, 'pass-①');
    await page.getByText('システム状態', { exact: true }).waitFor();
  }, 180_000);

  afterAll(async () => {
    expect(await admin?.close()).toBe(0);
  });

  it('merges the candidates and splits them on the order page', async () => {
    await page.goto(`${admin!.server.url}/#/bundle-candidates`);
    const group = page.locator('section').filter({ hasText: numbers[0]! });
    for (const number of numbers) await group.getByRole('link', { name: number }).waitFor();
    await group.getByRole('button', { name: '同梱する' }).click();
    await page.getByText('同梱候補はありません').waitFor();

    const [first] = admin!.tenant.orderIds as [string];
    await page.goto(`${admin!.server.url}/#/orders/${first}/show`);
    const panel = page.getByRole('region', { name: '同梱', exact: true });
    await panel.getByText('この受注は次の受注と同梱して1個口で出荷します').waitFor();
    for (const number of numbers) await panel.getByRole('link', { name: number }).waitFor();
    await panel.getByRole('button', { name: '同梱解除' }).click();
    await panel.getByText('同梱候補（同じお届け先・未出荷の受注）').waitFor();
    await panel.getByRole('link', { name: numbers[1]! }).waitFor();
    await panel.getByRole('button', { name: '同梱する' }).waitFor();
    // The tenant's setting, switched on the same screen.
    await page.goto(`${admin!.server.url}/#/bundle-candidates`);
    const acrossMalls = page.getByLabel(/モールをまたいで同梱する/);
    await acrossMalls.click();
    await eventually(
      () => page.evaluate(async () => (await (await fetch('/api/bundling-settings')).json()).bundleAcrossMalls),
      (value) => value === true,
    );
    await expect(acrossMalls.isChecked()).resolves.toBe(true);
    expect(admin!.pageErrors).toEqual([]);
    expect(admin!.cspViolations).toEqual([]);
  });
});
