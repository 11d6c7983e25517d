/**
 * A member of staff in a real browser: signs in, finds an order by a half-width kana fragment, holds and releases it,
 * moves it along its route to 処理済み, and sees each step in its history.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { runCli } from '../support/cli';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { type ServerProcess, startServerProcess } from '../support/server-process';
import { importTestOrders } from '../support/test-orders';

describe('admin orders', () => {
  let db: TestDatabase | undefined;
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];
  const visible = (text: string) => page.getByText(text, { exact: true }).first().waitFor();
  const statusIs = (label: string) => page.getByRole('heading', { name: label, exact: true }).waitFor();

  beforeAll(async () => {
    db = await createTestDatabase();
    const setup = await runCli(['setup', '--tenant', 'takahashi', '--admin', 'owner'], { DATABASE_URL: db.connectionString, OMS_ADMIN_PASSWORD: 'pass-①' });
    expect(setup.code).toBe(0);
    await importTestOrders(db.connectionString, 'takahashi', 1);
    server = await startServerProcess({ DATABASE_URL: db.connectionString });
    browser = await launchBrowser();
    page = await browser.newPage({ timezoneId: 'Asia/Tokyo' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 120_000);

  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      try {
        expect(await server?.stop()).toBe(0);
      } finally {
        await db?.drop();
      }
    }
  });

  it('signs in and finds the order by a half-width kana fragment', async () => {
    await page.goto(server!.url);
    await page.locator('input[name="tenant"]').fill('takahashi');
    await page.locator('input[name="username"]').fill('owner');
    await page.locator('input[name="password"]').fill('pass-①');
    await page.getByRole('button', { name: 'サインイン' }).click();
    await page.getByRole('menuitem', { name: '受注' }).click();
    await page.getByRole('tab', { name: /^新規受注 \(1\)$/ }).waitFor();
    await page.getByPlaceholder('注文番号・氏名・カナ・電話・メール').fill('ﾀｶﾊ');
    await page.getByRole('cell', { name: '123456-20261130-0000000' }).click();
    await statusIs('新規受注');
  });

  it('holds the order in a box and releases it back to where it was', async () => {
    await page.getByRole('button', { name: '次のステータスへ' }).click();
    await statusIs('入金待ち');
    await page.getByRole('button', { name: '保留にする' }).click();
    await statusIs('保留');
    await page.getByRole('button', { name: '保留解除' }).click();
    await statusIs('入金待ち');
  });

  it('moves the order along its route to 処理済み', async () => {
    for (const next of ['発送待ち', '伝票・帳票出力待ち', '伝票番号未設定', '発送メール未送信', '処理済み']) {
      await page.getByRole('button', { name: '次のステータスへ' }).click();
      await statusIs(next);
    }
  });

  it('shows every step in the order history', async () => {
    const history = page.getByRole('list', { name: '処理履歴' });
    await history.getByText('受注取込', { exact: true }).waitFor();
    await history.getByText('保留解除', { exact: true }).waitFor();
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
