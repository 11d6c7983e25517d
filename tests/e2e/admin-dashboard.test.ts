/**
 * The admin in a real browser against the real app (in-process): the Japanese dashboard, the switch to English, the
 * projections list, and a clean stop.
 */
import type { Page } from 'playwright-core';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';

describe('admin dashboard', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;
  let pageErrors: string[];
  let cspViolations: string[];

  const visible = (text: string) => page.getByText(text, { exact: true }).first().waitFor();
  const cell = (text: string) => page.getByRole('cell', { name: text, exact: true }).first().waitFor();

  beforeAll(async () => {
    // Away from Japan on purpose: times must still show in Japan time (JST).
    admin = await openAdminBrowser({ password: 'ﾊﾟｽﾜｰﾄﾞ①', timezoneId: 'UTC' });
    ({ page, pageErrors, cspViolations } = admin);
  }, 120_000);

  afterAll(async () => {
    await admin?.close();
  });

  it('asks for the tenant, user and password, and refuses a wrong password', async () => {
    await page.goto(admin!.server.url);
    await signIn(page, 'wrong');
    await visible('テナントコード・ユーザー名・パスワードが一致しません');
  });

  it('signs in and opens on the system status in Japanese, in the Japanese web font', async () => {
    await signIn(page, 'ﾊﾟｽﾜｰﾄﾞ①');
    await visible('システム状態');
    await visible('データベース');
    await visible('接続中');
    await visible('PostgreSQL');
    await cell('accounts');
    await cell('operation-history');
    await page
      .getByRole('cell', { name: /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} JST$/ })
      .first()
      .waitFor();
    // Chromium here has no Japanese font of its own: without the web font every kanji would be a tofu box.
    const font = await page
      .getByText('システム状態', { exact: true })
      .first()
      .evaluate(async (element) => ({
        family: getComputedStyle(element).fontFamily,
        faces: (await document.fonts.load('16px "Noto Sans JP"', element.textContent ?? '')).length,
      }));
    expect(font.family).toContain('Noto Sans JP');
    expect(font.faces).toBeGreaterThan(0);
  });

  it('switches to English from the language menu', async () => {
    await page.getByRole('button', { name: '日本語' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await visible('System status');
    await visible('Connected');
    await cell('accounts');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('lists every projection', async () => {
    await page.getByRole('menuitem', { name: 'Read models' }).click();
    await page.waitForURL(/#\/projections$/);
    await page.getByRole('columnheader', { name: 'Events behind' }).waitFor();
    await cell('accounts');
    await cell('operation-history');
    expect(pageErrors).toEqual([]);
  });

  it("lists the tenant's staff users", async () => {
    await page.getByRole('menuitem', { name: 'Staff users' }).click();
    await page.waitForURL(/#\/staff-users/);
    await cell('owner');
    await visible('Administrator');
    expect(pageErrors).toEqual([]);
  });

  it('every screen so far ran under its Content-Security-Policy: no inline script, styles of its own, nothing refused', async () => {
    const answer = await page.request.get(admin!.server.url);
    expect(answer.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(cspViolations).toEqual([]);
  });

  it('stops the server cleanly', async () => {
    expect(await admin!.server.stop()).toBe(0);
  });
});
