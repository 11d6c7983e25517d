/**
 * An administrator in a real browser: makes a route that skips 入金待ち, puts an order on it and moves it along it;
 * names a hold box and finds the name in the order's hold choices; registers a shop.
 */
import type { Page } from 'playwright-core';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';

describe('admin settings: routes, hold boxes, shops', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;
  let pageErrors: string[];
  const statusIs = (label: string) => page.getByRole('heading', { name: label, exact: true }).waitFor();
  /** From the menu, through the status tab the order is on now. */
  const openTheOrder = async (tab: string) => {
    await page.getByRole('menuitem', { name: '受注', exact: true }).click();
    await page.getByRole('tab', { name: new RegExp(`^${tab} \\(1\\)$`) }).click();
    await page.getByRole('cell', { name: '123456-20261130-0000000' }).click();
    await statusIs(tab);
  };

  beforeAll(async () => {
    admin = await openAdminBrowser({ password: 'pass-髙①', orders: 1, timezoneId: 'Asia/Tokyo' });
    ({ page, pageErrors } = admin);
  }, 120_000);

  afterAll(async () => {
    expect(await admin?.close()).toBe(0);
  });

  it('creates a route that skips 入金待ち', async () => {
    await page.goto(admin!.server.url);
    await signIn(page, 'pass-髙①');
    await page.getByRole('menuitem', { name: '処理ルート' }).click();
    await page.getByRole('cell', { name: '標準', exact: true }).waitFor();
    await page.getByRole('link', { name: '新規登録' }).click();
    await page.getByRole('textbox', { name: 'ルート名' }).fill('カード決済（入金待ちなし）');
    await page.getByRole('checkbox', { name: '入金待ち' }).uncheck();
    await page
      .getByTestId('route-flow')
      .getByText('新規受注 → 発送待ち → 伝票・帳票出力待ち → 伝票番号未設定 → 発送メール未送信 → 処理済み')
      .waitFor();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('cell', { name: 'カード決済（入金待ちなし）' }).waitFor();
  });

  it('assigns the route to an order and moves the order along it', async () => {
    await openTheOrder('新規受注');
    await page.getByRole('button', { name: '処理ルート変更' }).click();
    const routeDialog = page.getByRole('dialog');
    await routeDialog.getByRole('combobox').click();
    await page.getByRole('option', { name: 'カード決済（入金待ちなし）' }).click();
    await routeDialog.getByRole('button', { name: '実行' }).click();
    await page.getByText('カード決済（入金待ちなし）', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'ステータス移動' }).click();
    await page.getByRole('dialog').getByRole('combobox').click();
    expect(await page.getByRole('option').allTextContents()).toEqual([
      '発送待ち',
      '伝票・帳票出力待ち',
      '伝票番号未設定',
      '発送メール未送信',
      '処理済み',
    ]);
    await page.getByRole('option', { name: '伝票・帳票出力待ち' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '実行' }).click();
    await statusIs('伝票・帳票出力待ち');
    await page.getByRole('list', { name: '処理履歴' }).getByText('処理ルート変更', { exact: true }).waitFor();
  });

  it('names a hold box and offers the name when holding an order', async () => {
    await page.getByRole('menuitem', { name: '保留ボックス' }).click();
    await page.getByRole('cell', { name: '保留ボックス3', exact: true }).click();
    await page.getByRole('textbox', { name: '名前' }).fill('住所不備（番地なし）');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('cell', { name: '住所不備（番地なし）' }).waitFor();

    await openTheOrder('伝票・帳票出力待ち');
    await page.getByRole('button', { name: '保留にする' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '保留ボックス' }).click();
    await page.getByRole('option', { name: '住所不備（番地なし）' }).click();
    await dialog.getByRole('textbox', { name: '理由' }).fill('番地の確認');
    await dialog.getByRole('button', { name: '保留にする' }).click();
    await statusIs('保留');
    await page.getByText('住所不備（番地なし）', { exact: true }).waitFor();
  });

  it('registers a shop and renames it', async () => {
    await page.getByRole('menuitem', { name: '店舗' }).click();
    await page.getByRole('link', { name: '新規登録' }).click();
    await page.getByRole('textbox', { name: '店舗コード' }).fill('rakuten-main');
    await page.getByRole('combobox', { name: 'モール' }).click();
    await page.getByRole('option', { name: '楽天市場' }).click();
    await page.getByRole('textbox', { name: '店舗名' }).fill('髙橋商店 楽天市場店');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('cell', { name: '髙橋商店 楽天市場店' }).click();
    await page.getByRole('textbox', { name: '店舗名' }).fill('㈱髙橋商店①楽天店～本店');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('cell', { name: '㈱髙橋商店①楽天店～本店' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
