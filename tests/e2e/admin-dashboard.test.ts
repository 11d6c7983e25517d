/**
 * The admin in a real browser against the real server process: the Japanese dashboard, the switch to English, the
 * projections list, and a clean stop.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startServerProcess, type ServerProcess } from '../support/server-process';

describe('admin dashboard', () => {
  let db: TestDatabase | undefined;
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  const visible = (text: string) => page.getByText(text, { exact: true }).first().waitFor();
  const cell = (text: string) => page.getByRole('cell', { name: text, exact: true }).first().waitFor();

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startServerProcess({ DATABASE_URL: db.connectionString });
    browser = await launchBrowser();
    // Away from Japan on purpose: times must still show in Japan time (JST).
    page = await browser.newPage({ timezoneId: 'UTC' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 120_000);

  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      try {
        await server?.stop();
      } finally {
        await db?.drop();
      }
    }
  });

  it('opens on the system status in Japanese, in the Japanese web font', async () => {
    await page.goto(server!.url);
    await visible('システム状態');
    await visible('データベース');
    await visible('接続中');
    await visible('PostgreSQL');
    await cell('accounts');
    await cell('operation-history');
    await page.getByRole('cell', { name: /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} JST$/ }).first().waitFor();
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

  it('lists both projections', async () => {
    await page.getByRole('menuitem', { name: 'Read models' }).click();
    await page.waitForURL(/#\/projections$/);
    await page.getByRole('columnheader', { name: 'Events behind' }).waitFor();
    await cell('accounts');
    await cell('operation-history');
    expect(pageErrors).toEqual([]);
  });

  it('stops the server cleanly', async () => {
    expect(await server!.stop()).toBe(0);
  });
});
