/**
 * What every browser test starts from: a database with tenant `takahashi` and its administrator `owner`, optionally
 * some imported orders, the real server process, and a page in the npm-shipped Chromium collecting page errors.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { runCli } from './cli';
import { createTestDatabase, type TestDatabase } from './database';
import { type ServerProcess, startServerProcess } from './server-process';
import { importTestOrders } from './test-orders';

export interface AdminBrowser {
  readonly page: Page;
  readonly server: ServerProcess;
  readonly pageErrors: string[];
  /** The test database, for the CLI and fixtures a test adds while the server runs. */
  readonly connectionString: string;
  /** Closes the browser, stops the server (resolving with its exit code) and drops the database, whatever fails. */
  close(): Promise<number | null>;
}

/** `desiredDates[i]`, when given, is the desired delivery date of imported order i. */
export async function openAdminBrowser(options: {
  password: string;
  orders?: number;
  desiredDates?: readonly (string | null)[];
  timezoneId: string;
}): Promise<AdminBrowser> {
  const db: TestDatabase = await createTestDatabase();
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  try {
    const setup = await runCli(['setup', '--tenant', 'takahashi', '--admin', 'owner'], {
      DATABASE_URL: db.connectionString,
      OMS_ADMIN_PASSWORD: options.password,
    });
    if (setup.code !== 0) throw new Error(`setup failed: ${setup.stderr}`);
    if (options.orders) await importTestOrders(db.connectionString, 'takahashi', options.orders, options.desiredDates);
    server = await startServerProcess({ DATABASE_URL: db.connectionString });
    browser = await launchBrowser();
    const page = await browser.newPage({ timezoneId: options.timezoneId });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const running = server;
    const openBrowser = browser;
    return {
      page,
      server: running,
      pageErrors,
      connectionString: db.connectionString,
      async close() {
        // Each step runs even if the one before failed, and a failure reaches the test: a `return` in a `finally`
        // would swallow the browser's.
        try {
          await openBrowser.close();
        } catch (error) {
          await running.stop().finally(() => db.drop());
          throw error;
        }
        try {
          return await running.stop();
        } finally {
          await db.drop();
        }
      },
    };
  } catch (error) {
    await browser?.close();
    await server?.stop();
    await db.drop();
    throw error;
  }
}

/** Fills in the sign-in form as a person would; as `owner` of `takahashi` unless told otherwise. */
export async function signIn(
  page: Page,
  password: string,
  as = { tenant: 'takahashi', username: 'owner' },
): Promise<void> {
  await page.locator('input[name="tenant"]').fill(as.tenant);
  await page.locator('input[name="username"]').fill(as.username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'サインイン' }).click();
}
