/**
 * Reasons in a real browser: a canned phrase (定型文) added under settings is offered when holding an order, and the
 * reason chosen is what the order's history shows; a cancellation asks for its reason the same way.
 */
import type { Page } from 'playwright-core';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';

describe('admin hold and cancel reasons', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;
  let pageErrors: string[];
  const statusIs = (label: string) => page.getByRole('heading', { name: label, exact: true }).waitFor();
  const history = () => page.getByRole('list', { name: '処理履歴' });

  beforeAll(async () => {
    admin = await openAdminBrowser({ password: 'pass-①', orders: 2, timezoneId: 'Asia/Tokyo' });
    ({ page, pageErrors } = admin);
    await page.goto(admin.server.url);
    await signIn(page, 'pass-①');
  }, 120_000);

  afterAll(async () => {
    expect(await admin?.close()).toBe(0);
  });

  it('adds a canned hold reason under 定型文', async () => {
    await page.getByRole('menuitem', { name: '定型文' }).click();
    await page.getByRole('cell', { name: '住所不備のため確認中' }).waitFor();
    await page.getByRole('link', { name: '新規登録' }).click();
    await page.getByRole('combobox', { name: '用途' }).click();
    await page.getByRole('option', { name: '保留理由' }).click();
    await page.getByRole('textbox', { name: '文面' }).fill('㈱サンプル様 番地確認中①');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('cell', { name: '㈱サンプル様 番地確認中①' }).waitFor();
  });

  it('holds an order with the chosen phrase, and the history shows that reason', async () => {
    await page.getByRole('menuitem', { name: '受注', exact: true }).click();
    await page.getByRole('cell', { name: '123456-20261130-0000000' }).click();
    await statusIs('新規受注');
    await page.getByRole('button', { name: '保留にする' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '定型文から選ぶ' }).click();
    await page.getByRole('option', { name: '㈱サンプル様 番地確認中①' }).click();
    expect(await dialog.getByRole('textbox', { name: '理由' }).inputValue()).toBe('㈱サンプル様 番地確認中①');
    await dialog.getByRole('button', { name: '保留にする' }).click();
    await statusIs('保留');
    await history().getByText('理由：㈱サンプル様 番地確認中①').waitFor();
  });

  it('cancels the other order from the list with a typed reason, shown in its history', async () => {
    await page.getByRole('menuitem', { name: '受注', exact: true }).click();
    const row = page.getByRole('row', { name: /123456-20261130-0000001/ });
    await row.getByRole('checkbox').check();
    await page.getByRole('button', { name: '受注をキャンセル' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: '理由' }).fill('お客様より電話（髙橋様）');
    await dialog.getByRole('button', { name: 'キャンセルする' }).click();
    await page.getByText('1件を処理しました（失敗 0件）').waitFor();
    await page.getByRole('tab', { name: /^キャンセル/ }).click();
    await page.getByRole('cell', { name: '123456-20261130-0000001' }).click();
    await statusIs('キャンセル');
    await history().getByText('理由：お客様より電話（髙橋様）').waitFor();
    expect(pageErrors).toEqual([]);
  });
});
