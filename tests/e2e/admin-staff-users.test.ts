/**
 * 担当者・権限・ID切り替え in a real browser: an administrator creates a staff user without 受注キャンセル, who then is
 * offered no cancel and is refused by the server; an agency user switches tenant and sees that tenant's orders only.
 */
import type { Page } from 'playwright-core';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';
import { runCli } from '../support/cli';
import { importTestOrders } from '../support/test-orders';

describe('admin staff users and tenant switching', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;
  let pageErrors: string[];
  const signOut = async () => {
    await page.getByRole('button', { name: 'プロフィール' }).click();
    await page.getByRole('menuitem', { name: 'ログアウト' }).click();
    await page.locator('input[name="tenant"]').waitFor();
  };

  beforeAll(async () => {
    admin = await openAdminBrowser({ password: 'owner-①pass', orders: 1, timezoneId: 'Asia/Tokyo' });
    ({ page, pageErrors } = admin);
  }, 120_000);

  afterAll(async () => {
    expect(await admin?.close()).toBe(0);
  });

  it('an administrator creates a staff user with 受注キャンセル unticked', async () => {
    await page.goto(admin!.server.url);
    await signIn(page, 'owner-①pass');
    await page.getByRole('menuitem', { name: '担当者', exact: true }).click();
    await page.getByRole('link', { name: '新規登録' }).click();
    await page.locator('input[name="username"]').fill('clerk');
    await page.locator('input[name="displayName"]').fill('髙橋 ﾊﾅｺ①');
    await page.locator('input[name="password"]').fill('ﾊﾟｽﾜｰﾄﾞ～clerk');
    // The 担当者 role's defaults are ticked; this shop keeps cancelling to its administrators.
    const cancel = page.getByRole('checkbox', { name: '受注キャンセル' });
    expect(await cancel.isChecked()).toBe(true);
    await cancel.uncheck();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('cell', { name: '髙橋 ﾊﾅｺ①' }).waitFor();
  });

  it('the administrator is offered 受注をキャンセル on an order', async () => {
    await page.getByRole('menuitem', { name: '受注', exact: true }).click();
    await page.getByRole('cell', { name: '123456-20261130-0000000' }).click();
    await page.getByRole('heading', { name: '新規受注', exact: true }).waitFor();
    await page.getByRole('button', { name: '受注をキャンセル' }).waitFor();
  });

  it('the staff user signs in, is not offered cancel, and the server refuses it', async () => {
    await signOut();
    await signIn(page, 'ﾊﾟｽﾜｰﾄﾞ～clerk', { tenant: 'takahashi', username: 'clerk' });
    await page.getByRole('menuitem', { name: '受注', exact: true }).click();
    await page.getByRole('cell', { name: '123456-20261130-0000000' }).click();
    await page.getByRole('button', { name: '次のステータスへ' }).waitFor();
    expect(await page.getByRole('button', { name: '受注をキャンセル' }).count()).toBe(0);
    const orderId = /#\/orders\/([0-9a-f-]{36})/.exec(page.url())![1];
    const status = await page.evaluate(
      (id) =>
        fetch(`/api/orders/${id}/commands/cancel`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ reason: '重複' }),
        }).then((r) => r.status),
      orderId,
    );
    expect(status).toBe(403);
    await page.getByRole('menuitem', { name: '担当者', exact: true }).click();
    await page.getByRole('cell', { name: 'owner', exact: true }).first().waitFor();
    expect(await page.getByRole('link', { name: '新規登録' }).count()).toBe(0);
  });

  it('an administrator lets an agency user in; the agency user switches to that tenant and sees its orders only', async () => {
    const env = { DATABASE_URL: admin!.connectionString };
    expect(
      (
        await runCli(['setup', '--tenant', 'agency-co', '--admin', 'boss', '--name', '㈱代理店'], {
          ...env,
          OMS_ADMIN_PASSWORD: 'boss-pass',
        })
      ).code,
    ).toBe(0);
    expect(
      (
        await runCli(
          [
            'user',
            'create',
            '--tenant',
            'agency-co',
            '--username',
            'yamada',
            '--name',
            '山田 ﾀﾛｳ',
            '--role',
            'staff',
            '--password-stdin',
          ],
          env,
          'agency-pass',
        )
      ).code,
    ).toBe(0);
    await importTestOrders(admin!.connectionString, 'agency-co', 3);

    // takahashi's administrator lets the agency user in.
    await signOut();
    await signIn(page, 'owner-①pass');
    await page.getByRole('menuitem', { name: '代理店ユーザー' }).click();
    await page.getByRole('link', { name: '新規登録' }).click();
    await page.locator('input[name="tenantCode"]').fill('agency-co');
    await page.locator('input[name="username"]').fill('yamada');
    await page.getByRole('checkbox', { name: '受注キャンセル' }).uncheck();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('cell', { name: '山田 ﾀﾛｳ' }).waitFor();

    await signOut();
    await signIn(page, 'agency-pass', { tenant: 'agency-co', username: 'yamada' });
    await page.getByRole('menuitem', { name: '受注', exact: true }).click();
    await page.getByRole('tab', { name: /^新規受注 \(3\)$/ }).waitFor();

    await page.getByRole('combobox', { name: 'テナント切り替え' }).click();
    await page.getByRole('option', { name: 'takahashi' }).click();
    await page.getByRole('combobox', { name: 'テナント切り替え' }).filter({ hasText: 'takahashi' }).waitFor();
    await page.getByRole('menuitem', { name: '受注', exact: true }).click();
    await page.getByRole('tab', { name: /^新規受注 \(1\)$/ }).waitFor();
    await page.getByRole('cell', { name: '123456-20261130-0000000' }).waitFor();
    expect(await page.getByRole('cell', { name: '123456-20261130-0000002' }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
