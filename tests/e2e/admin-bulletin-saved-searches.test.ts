/**
 * A member of staff in a real browser: posts a notice on the bulletin board and finds it on the dashboard beside the
 * delivery-date alarms and the counts per status; saves a search on the order list and applies it again later.
 */
import type { Page } from 'playwright-core';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';

describe('admin bulletin board, dashboard and saved searches', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;
  let pageErrors: string[];
  const title = '年末年始の出荷について①';

  beforeAll(async () => {
    // Order 0 was due long ago and order 1 is far ahead: one alarm whatever today is.
    admin = await openAdminBrowser({
      password: 'pass-②',
      orders: 2,
      desiredDates: ['2026-11-01', '2099-12-31'],
      timezoneId: 'Asia/Tokyo',
    });
    ({ page, pageErrors } = admin);
  }, 120_000);

  afterAll(async () => {
    expect(await admin?.close()).toBe(0);
  });

  it('posts a pinned notice on the bulletin board', async () => {
    await page.goto(admin!.server.url);
    await signIn(page, 'pass-②');
    await page.getByRole('menuitem', { name: '社内共通掲示板' }).click();
    await page.getByRole('link', { name: '新規登録' }).click();
    await page.getByRole('textbox', { name: '件名' }).fill(title);
    await page.getByRole('textbox', { name: '本文' }).fill('１２／２９～１／３は出荷停止です。㈱髙島商店様は別便で');
    await page.getByLabel('ピン留め').check();
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/bulletin-posts\/[0-9a-f-]+\/show$/);
    await page.getByText('owner', { exact: true }).first().waitFor();
  });

  it('shows the notice, the delivery-date alarms and the counts per status on the dashboard', async () => {
    await page.getByRole('menuitem', { name: 'ダッシュボード' }).click();
    await page.getByRole('list', { name: '社内共通掲示板' }).getByText(title, { exact: true }).waitFor();
    await page.getByText('お届け希望日アラーム', { exact: true }).waitFor();
    await page.getByRole('link', { name: '新規受注 2' }).waitFor();
    await page.getByRole('link', { name: '本日以前 1' }).click();
    await page.waitForURL(/#\/orders\?.*deliveryDateTo/);
    await page.getByLabel('お届け希望日(まで)').waitFor();
    await page.getByRole('cell', { name: '123456-20261130-0000000' }).waitFor();
    expect(await page.getByRole('cell', { name: '123456-20261130-0000001' }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it("saves the order list's search and sort, and applies it again from the saved searches", async () => {
    // The dashboard's count opens the list on its status tab, with no other filter.
    await page.getByRole('menuitem', { name: 'ダッシュボード' }).click();
    await page.getByRole('link', { name: '新規受注 2' }).click();
    await page.getByRole('tab', { name: /^新規受注 \(2\)$/, selected: true }).waitFor();
    await page.getByPlaceholder('注文番号・氏名・カナ・電話・メール').fill('ﾀｶﾊ');
    await page.getByRole('button', { name: '注文番号' }).click();
    await page.waitForURL(/sort=orderNumber/);
    await page.waitForURL(/%22q%22%3A%22%EF%BE%80%EF%BD%B6%EF%BE%8A%22/);

    await page.getByRole('button', { name: '検索条件を保存' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('名前').fill('新規・ﾀｶﾊｼ様（番号順）');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByText('検索条件「新規・ﾀｶﾊｼ様（番号順）」を保存しました').waitFor();

    // Somewhere else entirely, then back through the saved search.
    await page.getByPlaceholder('注文番号・氏名・カナ・電話・メール').fill('');
    // The search box applies what is typed after a pause (react-admin's debounce), with the filters of the last render:
    // a tab chosen just as it applies goes back, so the cleared search is waited for, as a person waits for the list.
    await page.waitForURL((url) => !url.href.includes('%22q%22'));
    await page.getByRole('button', { name: '注文日時' }).click();
    await page.waitForURL(/sort=orderedAt/);
    await page.getByRole('tab', { name: /^保留/ }).click();
    await page.getByRole('tab', { name: /^保留/, selected: true }).waitFor();
    await page.getByRole('button', { name: '保存した検索条件' }).click();
    await page.getByRole('menuitem', { name: '新規・ﾀｶﾊｼ様（番号順）' }).click();
    await page.waitForURL(/sort=orderNumber/);
    await page.waitForURL(/%22q%22%3A%22%EF%BE%80%EF%BD%B6%EF%BE%8A%22/);
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="q"]')?.value === 'ﾀｶﾊ');
    await page.getByRole('tab', { name: /^新規受注 \(2\)$/, selected: true }).waitFor();
    await page.getByRole('cell', { name: '123456-20261130-0000001' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
