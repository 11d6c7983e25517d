/**
 * An administrator in a real browser defines a カスタム送り状 under settings (a key column, a joined address, a fixed
 * text), changes it, and exports an order with it from the order list's 送り状データ出力 dialog.
 */
import type { Page } from 'playwright-core';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';

describe('admin custom label layouts', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;

  beforeAll(async () => {
    admin = await openAdminBrowser({ password: 'pass-①', orders: 1, timezoneId: 'Asia/Tokyo' });
    ({ page } = admin);
    await page.goto(admin.server.url);
    await signIn(page, 'pass-①');
    await page.getByText('システム状態', { exact: true }).waitFor();
  }, 120_000);

  afterAll(async () => {
    expect(await admin?.close()).toBe(0);
  });

  it('creates a layout with a field, a join and a fixed text, and changes it', async () => {
    await page.goto(`${admin!.server.url}/#/custom-label-layouts/create`);
    await page.getByRole('textbox', { name: '名前' }).fill('髙橋の倉庫用');
    const add = page.getByRole('button', { name: '追加' });
    const column = (n: number) => page.locator('.RaSimpleFormIterator-line').nth(n);
    const choose = async (n: number, input: string, option: string) => {
      await column(n).getByRole('combobox', { name: input }).click();
      await page.getByRole('option', { name: option, exact: true }).click();
    };

    await add.click();
    await column(0).getByRole('textbox', { name: '見出し' }).fill('管理番号');
    await choose(0, '内容', '項目');
    await choose(0, '項目', 'お客様管理番号');

    await add.click();
    await column(1).getByRole('textbox', { name: '見出し' }).fill('お届け先');
    await choose(1, '内容', '項目を連結');
    await column(1).getByRole('combobox', { name: '連結する項目' }).click();
    await page.getByRole('option', { name: 'お届け先住所', exact: true }).click();
    await page.getByRole('option', { name: 'お届け先建物名', exact: true }).click();
    await page.keyboard.press('Escape');

    await add.click();
    await column(2).getByRole('textbox', { name: '見出し' }).fill('荷扱い');
    await choose(2, '内容', '固定値');
    await column(2).getByRole('textbox', { name: '固定値' }).fill('ワレモノ①');

    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('row').filter({ hasText: 'custom:髙橋の倉庫用' }).waitFor();
    const list = await page.request.get(`${admin!.server.url}/api/custom-label-layouts?range=[0,9]`);
    const [saved] = await list.json();
    expect(saved.layout).toEqual({
      carrier: null,
      encoding: 'cp932',
      header: true,
      columns: [
        { header: '管理番号', source: { field: 'key' } },
        { header: 'お届け先', source: { join: ['recipient.address', 'recipient.building'], separator: ' ' } },
        { header: '荷扱い', source: { fixed: 'ワレモノ①' } },
      ],
    });

    await page.getByRole('row').filter({ hasText: 'custom:髙橋の倉庫用' }).click();
    await page.waitForURL(/#\/custom-label-layouts\/[0-9a-f-]+$/);
    await page.getByLabel('見出し行を出力する').uncheck();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('row').filter({ hasText: 'custom:髙橋の倉庫用' }).waitFor();
    const changed = await page.request.get(`${admin!.server.url}/api/custom-label-layouts/${saved.id}`);
    expect((await changed.json()).layout).toMatchObject({ header: false, columns: saved.layout.columns });
  });

  it('exports an order with it from the order list', async () => {
    await page.goto(`${admin!.server.url}/#/orders`);
    await page.getByRole('row').filter({ hasText: '123456-20261130-0000000' }).getByRole('checkbox').check();
    await page.getByRole('button', { name: '送り状データ出力', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'カスタム送り状: 髙橋の倉庫用' }).check();
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/label-exports'));
    await dialog.getByRole('button', { name: '出力する' }).click();
    const response = await answered;
    expect(response.status()).toBe(200);
    expect(response.request().postDataJSON()).toMatchObject({ layout: 'custom:髙橋の倉庫用' });
    await page.locator('[data-labels-exported]').first().waitFor();
  });

  it('offers on 伝票番号取込 only the layouts that name their key and tracking-number columns', async () => {
    const created = await page.request.post(`${admin!.server.url}/api/custom-label-layouts`, {
      data: {
        name: '返送用',
        layout: {
          carrier: 'yamato',
          encoding: 'cp932',
          header: true,
          columns: [
            { header: '管理番号', source: { field: 'key' } },
            { header: '伝票番号', source: { fixed: '' } },
          ],
          keyColumn: 1,
          trackingNumberColumn: 2,
        },
      },
    });
    expect(created.status()).toBe(201);
    await page.goto(`${admin!.server.url}/#/tracking-imports`);
    await page.getByRole('radio', { name: 'カスタム送り状: 返送用' }).check();
    expect(await page.getByRole('radio', { name: 'カスタム送り状: 髙橋の倉庫用' }).count()).toBe(0);
  });
});
