/**
 * The admin's APIトークン screen (administrators revoke a script's token) and パスワード変更 (one's own password, only
 * with the current one), in a real browser against the in-process app.
 */
import type { Page } from 'playwright-core';
import { createPool, type DatabasePool } from 'slonik';
import { createApiToken } from '../../infrastructure/accounts/api-tokens';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';

describe('admin API tokens and password change', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;
  let db: DatabasePool;
  let token: string;

  const tokenStatus = async () =>
    (await fetch(`${admin!.server.url}/api/session`, { headers: { authorization: `Bearer ${token}` } })).status;

  beforeAll(async () => {
    admin = await openAdminBrowser({ password: 'owner-pass-1', timezoneId: 'Asia/Tokyo' });
    page = admin.page;
    db = await createPool(admin.connectionString, { maximumPoolSize: 1 });
    token = await createApiToken(db, admin.tenant.id, admin.tenant.admin.id);
  }, 120_000);

  afterAll(async () => {
    await db?.end();
    await admin?.close();
  });

  it('an administrator sees the tokens on APIトークン, never the token itself, and revokes one: it stops at once', async () => {
    await page.goto(admin!.server.url);
    await signIn(page, 'owner-pass-1');
    await page.getByRole('menuitem', { name: 'APIトークン' }).click();
    await page.getByRole('cell', { name: 'owner', exact: true }).first().waitFor();
    expect(await page.content()).not.toContain(token.slice(4));
    expect(await tokenStatus()).toBe(200);
    await page.getByRole('button', { name: '失効させる' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    await page.getByText('失効済み', { exact: true }).waitFor();
    expect(await tokenStatus()).toBe(401);
  });

  it('パスワード変更 refuses a wrong current password under its field, and changes it with the right one', async () => {
    await page
      .getByRole('button', { name: /プロフィール|Profile|owner/i })
      .first()
      .click();
    await page.getByRole('menuitem', { name: 'パスワード変更' }).click();
    await page.waitForURL(/#\/password$/);
    await page.locator('input[name="currentPassword"]').fill('not-my-password');
    await page.locator('input[name="password"]').fill('owner-pass-2');
    await page.locator('input[name="confirmation"]').fill('owner-pass-2');
    await page.getByRole('button', { name: '変更する' }).click();
    await page.getByText('現在のパスワードが違います').first().waitFor();

    await page.locator('input[name="currentPassword"]').fill('owner-pass-1');
    await page.getByRole('button', { name: '変更する' }).click();
    await page.getByText('パスワードを変更しました').waitFor();
    const signInWith = (password: string) =>
      fetch(`${admin!.server.url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tenant: 'takahashi', username: 'owner', password }),
      });
    expect((await signInWith('owner-pass-2')).status).toBe(200);
    expect(admin!.pageErrors).toEqual([]);
    expect(admin!.cspViolations).toEqual([]);
  });

  it('a staff user is not offered APIトークン', async () => {
    await page.goto(admin!.server.url);
    await page.evaluate(() => fetch('/api/session', { method: 'DELETE' }));
    await page.reload();
    await signIn(page, admin!.tenant.staff.password, { tenant: 'takahashi', username: 'staff' });
    await page.getByRole('menuitem', { name: '担当者', exact: true }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'APIトークン' }).count()).toBe(0);
  });
});
