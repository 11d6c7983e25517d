/**
 * 受注編集 in a real browser: a member of staff changes a quantity, adds a line and a second destination and raises the
 * shipping, sees the totals worked out before saving, and then finds the mall's original folded beside the edit and
 * the printed documents marked out of date; 商品を追加 puts a leaflet into two orders from the list.
 */
import type { Page } from 'playwright-core';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';

const PASSWORD = 'pass-﨑';
const orderNumber = (i: number) => `123456-20261130-000000${i}`;

describe('admin 受注編集', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;
  const api = (path: string, body?: unknown) =>
    body === undefined
      ? page.request.get(`${admin!.server.url}/api${path}`)
      : page.request.post(`${admin!.server.url}/api${path}`, { data: body });
  const order = async (i: number) => (await api(`/orders/${admin!.tenant.orderIds[i]}`)).json();

  beforeAll(async () => {
    admin = await openAdminBrowser({ password: PASSWORD, orders: 3, timezoneId: 'Asia/Tokyo' });
    ({ page } = admin);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(admin.server.url);
    await signIn(page, PASSWORD);
    await page.getByRole('menuitem', { name: '受注', exact: true }).waitFor();
    const printed = await api('/documents', { kind: 'purchase-statement', ids: [admin.tenant.orderIds[0]] });
    expect(printed.status()).toBe(200);
  }, 120_000);

  afterAll(async () => {
    expect(admin?.pageErrors).toEqual([]);
    expect(await admin?.close()).toBe(0);
  });

  it('edits lines, a destination and the shipping with the totals shown before saving', async () => {
    await page.goto(`${admin!.server.url}/#/orders/${admin!.tenant.orderIds[0]}/show`);
    await page.getByRole('region', { name: '送付先1', exact: true }).waitFor();
    expect(await page.getByText('帳票・送り状データが古くなっています').count()).toBe(0);
    await page.getByRole('button', { name: '編集', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '受注内容の編集' });

    await dialog.getByLabel('数量 1-1', { exact: true }).fill('3');
    await dialog.getByRole('button', { name: '送付先1に商品行を追加' }).click();
    await dialog.getByLabel('商品名 1-3', { exact: true }).fill('ﾀｵﾙ');
    await dialog.getByLabel('単価（税込） 1-3', { exact: true }).fill('550');
    await dialog.getByRole('button', { name: '送付先を追加' }).click();
    await dialog.getByLabel('送付先2 お名前', { exact: true }).fill('﨑山 花子');
    await dialog.getByLabel('商品名 2-1', { exact: true }).fill('チラシ①～冬～');
    await dialog.getByLabel('送料', { exact: true }).fill('880');

    // 3×1,080 + 2,200 + 550 = 5,990; + 880 = 6,870; − 100 − 200 = 6,570. 10 %: 3,630 → 330; 8 %: 3,240 → 240.
    const recomputed = dialog.getByRole('region', { name: '保存後の金額（再計算）' });
    await recomputed.getByRole('row', { name: /請求金額.*¥6,570/ }).waitFor();
    await recomputed.getByRole('row', { name: /10%対象.*¥3,630.*¥330/ }).waitFor();
    await dialog.getByLabel('数量 1-1', { exact: true }).fill('0');
    await dialog.getByText('数量（1以上の整数）').waitFor();
    expect(await dialog.getByRole('button', { name: '保存' }).isDisabled()).toBe(true);
    await dialog.getByLabel('数量 1-1', { exact: true }).fill('3');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('region', { name: '送付先2', exact: true }).getByText('﨑山 花子').waitFor();
    await page.getByText('帳票・送り状データが古くなっています').waitFor();
    await page.getByText('編集済み', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'モール受注時の内容' }).click();
    const [edited] = [await order(0)];
    expect(edited.mallData.amounts.billed).toBe(6570);
    expect(edited.mallOriginal.destinations).toHaveLength(1);
    expect(edited.outdated).toEqual(['documents']);
  });

  it('adds a leaflet to two orders from the list', async () => {
    await page.goto(`${admin!.server.url}/#/orders?filter=${encodeURIComponent('{"status":"new"}')}`);
    const row = (i: number) => page.getByRole('row').filter({ hasText: orderNumber(i) });
    await row(1).getByRole('checkbox').check();
    await row(2).getByRole('checkbox').check();
    await page.getByRole('button', { name: '商品を追加' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('商品名').fill('チラシ①～冬～');
    await dialog.getByRole('button', { name: '実行' }).click();
    await page.getByText('2件を処理しました（失敗 0件）').waitFor();
    for (const i of [1, 2]) {
      const lines = (await order(i)).mallData.destinations[0].lines;
      expect(lines.at(-1)).toMatchObject({ name: 'チラシ①～冬～', unitPrice: 0, quantity: 1, taxRate: 10 });
    }
    expect((await order(0)).mallData.destinations[0].lines).toHaveLength(3);
  });
});
