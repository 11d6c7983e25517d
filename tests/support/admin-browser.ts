/**
 * What every browser test starts from: the product in-process (in-process-app.ts, serving the built admin as the
 * server does) on the test file's own database, tenant `takahashi` with its administrator `owner` seeded through the
 * one tenant fixture (tenant-fixture.ts), and a page in the npm-shipped Chromium collecting page errors.
 *
 * The whole server process is left to the tests of the process itself (server.test.ts, startup.test.ts, the CLI): a
 * browser test starts here in a container and a listen, not a child process with its own tsx compile.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { type InProcessApp, startInProcessApp } from './in-process-app';
import { seedTenant, type Tenant, type TenantOptions } from './tenant-fixture';

/** The running product as a browser test sees it: where it listens, and a stop as the server process gives one. */
export interface AdminServer {
  readonly url: string;
  /** Nothing is printed by an in-process app; kept for the tests and helpers written against the server process. */
  readonly output: () => string;
  /** Stops the app and drops its database; resolves with 0 once it stopped cleanly, as a server's exit code. */
  stop(): Promise<number | null>;
}

export interface AdminBrowser {
  readonly page: Page;
  readonly server: AdminServer;
  readonly pageErrors: string[];
  /** What the browser refused under the Content-Security-Policy (it says so on the console), to be none. */
  readonly cspViolations: string[];
  /** The test database, for the CLI and fixtures a test adds while the app runs. */
  readonly connectionString: string;
  /** What the fixture seeded: the tenant's id, its people, shops and order ids. */
  readonly tenant: Tenant;
  /** The app itself, for what a test adds through the application while the browser watches (a buyer's message). */
  readonly app: InProcessApp;
  /** Closes the browser and stops the app (resolving with 0 as the server's exit code), whatever fails. */
  close(): Promise<number | null>;
}

/**
 * `orders` fixture orders for the shop id `shop-rakuten` (as `importTestOrders` makes them), `desiredDates[i]`, when
 * given, the desired delivery date of order i. No shops unless `shops` names some: as after `oms setup`, tests that
 * register a shop expect to find only their own.
 */
export async function openAdminBrowser(options: {
  password: string;
  orders?: number;
  desiredDates?: readonly (string | null)[];
  shops?: TenantOptions['shops'];
  timezoneId: string;
}): Promise<AdminBrowser> {
  const app: InProcessApp = await startInProcessApp();
  const server = stoppable(app);
  let browser: Browser | undefined;
  try {
    const tenant = await seedTenant(app, {
      code: 'takahashi',
      adminPassword: options.password,
      orders: options.orders,
      desiredDates: options.desiredDates,
      shops: options.shops ?? [],
    });
    browser = await launchBrowser();
    const page = await browser.newPage({ timezoneId: options.timezoneId });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        cspViolations.push(message.text());
    });
    const openBrowser = browser;
    return {
      page,
      server,
      pageErrors,
      cspViolations,
      connectionString: app.database.connectionString,
      tenant,
      app,
      async close() {
        // Each step runs even if the one before failed, and a failure reaches the test: a `return` in a `finally`
        // would swallow the browser's.
        try {
          await openBrowser.close();
        } catch (error) {
          await server.stop();
          throw error;
        }
        return server.stop();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.stop();
    throw error;
  }
}

/**
 * Stops once however often it is asked (a test may stop the server before `close()`); a failed stop still drops the
 * database.
 */
function stoppable(app: InProcessApp): AdminServer {
  let stopped: Promise<number | null> | undefined;
  return {
    url: app.url,
    output: app.output,
    stop() {
      stopped ??= app.stop().then(
        () => 0,
        async (error: unknown) => {
          await app.database.drop().catch(() => undefined);
          throw error;
        },
      );
      return stopped;
    },
  };
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
