/**
 * A member of staff in a real browser finds the orders that wait for them from the dashboard (a change from the mall to
 * confirm, amounts that do not add up), confirms a change from the list, and sets carrier, slip type, planned ship date
 * and slip note for several orders at once.
 */
import type { Page } from 'playwright-core';
import { importedOrderIdFor, tenantIdFor } from '../../domain/shared/ids';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';
import { eventually } from '../support/eventually';
import { reimportTestOrder } from '../support/mall-changes';
import { mallData, orderer } from '../support/order-fixtures';

const orderNumber = (i: number) => `123456-20261130-000000${i}`;
const orderId = (i: number) => importedOrderIdFor(tenantIdFor('takahashi'), 'shop-rakuten', orderNumber(i));

describe('admin order edits', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;
  let pageErrors: string[];
  const api = (path: string, body?: unknown) =>
    body === undefined
      ? page.request.get(`${admin!.server.url}/api${path}`)
      : page.request.post(`${admin!.server.url}/api${path}`, { data: body });
  const row = (i: number) => page.getByRole('row').filter({ hasText: orderNumber(i) });

  beforeAll(async () => {
    admin = await openAdminBrowser({ password: 'pass-①', orders: 3, timezoneId: 'Asia/Tokyo' });
    ({ page, pageErrors } = admin);
    await page.goto(admin.server.url);
    await signIn(page, 'pass-①');
    await page.getByText('システム状態', { exact: true }).waitFor();
    // Order 0 is past 発送待ち when the mall changes its address: the change waits. Order 2's amounts stop adding up.
    expect((await api(`/orders/${orderId(0)}/commands/move`, { to: 'awaiting_documents' })).status()).toBe(200);
    await reimportTestOrder(admin.connectionString, 'takahashi', 0, {
      ...mallData,
      orderer: { ...orderer, city: '目黒区中目黒' },
    });
    await reimportTestOrder(admin.connectionString, 'takahashi', 2, {
      ...mallData,
      amounts: { ...mallData.amounts, goods: 4000 },
    });
    await eventually(
      async () => (await (await api(`/orders?filter=${encodeURIComponent('{"pendingChange":true}')}`)).json()).length,
      (count) => count === 1,
    );
  }, 120_000);

  afterAll(async () => {
    expect(await admin?.close()).toBe(0);
  });

  it('counts the orders to check on the dashboard, each count opening the list filtered to them', async () => {
    await page.goto(admin!.server.url);
    await page.getByRole('link', { name: '金額要確認 1' }).waitFor();
    await page.getByRole('link', { name: '変更確認待ち 1' }).click();
    await row(0).getByText('変更確認待ち', { exact: true }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: '123456-20261130-' }).count()).toBe(1);
  });

  it('confirms the change from the list: the badge goes and the order holds what the mall says', async () => {
    await row(0).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'モールの変更を確定' }).click();
    await page.getByText('1件を処理しました（失敗 0件）').waitFor();
    await row(0).waitFor({ state: 'detached' });
    const order = await (await api(`/orders/${orderId(0)}`)).json();
    expect(order).toMatchObject({ pendingChange: null, mallData: { orderer: { city: '目黒区中目黒' } } });
  });

  it('shows 金額要確認 on the order whose amounts do not add up', async () => {
    // The list remembers its last filter; the 新規受注 tab is asked for outright.
    await page.goto(`${admin!.server.url}/#/orders?filter=${encodeURIComponent('{"status":"new"}')}`);
    await row(2).getByText('金額要確認', { exact: true }).waitFor();
    expect(await row(1).getByText('金額要確認', { exact: true }).count()).toBe(0);
  });

  it('sets carrier, slip type, planned ship date and slip note of two orders at once; the memo is left alone', async () => {
    await row(1).getByRole('checkbox').check();
    await row(2).getByRole('checkbox').check();
    await page.getByRole('button', { name: '伝票情報の一括編集' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '配送会社' }).click();
    await page.getByRole('option', { name: '佐川急便' }).click();
    expect(await dialog.getByRole('button', { name: '実行' }).isDisabled()).toBe(true);
    await dialog.getByLabel('送り状の種類').fill('飛脚宅配便');
    await dialog.getByRole('textbox', { name: '出荷予定日', exact: true }).fill('2026-12-08');
    await dialog.getByRole('textbox', { name: '送り状記事欄', exact: true }).fill('天地無用～ワレモノ①');
    await dialog.getByRole('button', { name: '実行' }).click();
    await page.getByText('2件を処理しました（失敗 0件）').waitFor();
    await row(1).getByRole('cell', { name: '2026-12-08', exact: true }).waitFor();
    for (const i of [1, 2]) {
      const { shopData } = await (await api(`/orders/${orderId(i)}`)).json();
      expect(shopData).toMatchObject({
        shipping: { carrier: 'sagawa', slipType: '飛脚宅配便' },
        plannedShipDate: '2026-12-08',
        slipNote: '天地無用～ワレモノ①',
        shopMemo: '',
      });
    }
  });

  it('clears the planned ship date only, when asked to; the carrier stays', async () => {
    await row(1).getByRole('checkbox').check();
    await page.getByRole('button', { name: '伝票情報の一括編集' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: '出荷予定日を空にする' }).check();
    await dialog.getByRole('button', { name: '実行' }).click();
    await page.getByText('1件を処理しました（失敗 0件）').waitFor();
    const { shopData } = await (await api(`/orders/${orderId(1)}`)).json();
    expect(shopData).toMatchObject({
      shipping: { carrier: 'sagawa', slipType: '飛脚宅配便' },
      plannedShipDate: null,
      slipNote: '天地無用～ワレモノ①',
    });
    expect(pageErrors).toEqual([]);
  });
});
