/**
 * A bulk action whose answer is lost on the way back (the connection drops after the server carried it out): the admin
 * sends it again with the same Idempotency-Key, the orders move once, and the next click is a new action with its own
 * key.
 */
import type { Page, Request } from 'playwright-core';
import { importedOrderIdFor, tenantIdFor } from '../../domain/shared/ids';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';

const orderNumber = (i: number) => `123456-20261130-000000${i}`;
const orderId = (i: number) => importedOrderIdFor(tenantIdFor('takahashi'), 'shop-rakuten', orderNumber(i));

describe('admin retries', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;
  let pageErrors: string[];
  const row = (i: number) => page.getByRole('row').filter({ hasText: orderNumber(i) });
  const get = async (path: string) => (await page.request.get(`${admin!.server.url}/api${path}`)).json();
  /** Every bulk advance the page sent, in order, as it left the browser. */
  const sent: Request[] = [];
  const keyOf = (request: Request) => request.headers()['idempotency-key'];

  beforeAll(async () => {
    admin = await openAdminBrowser({ password: 'pass-①', orders: 3, timezoneId: 'Asia/Tokyo' });
    ({ page, pageErrors } = admin);
    let answersToLose = 1;
    await page.route('**/api/orders/commands/advance', async (route) => {
      sent.push(route.request());
      if (answersToLose-- <= 0) return route.continue();
      // The server receives the request and carries it out; its answer never reaches the browser.
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.goto(`${admin.server.url}/#/orders?filter=${encodeURIComponent('{"status":"new"}')}`);
    await signIn(page, 'pass-①');
  }, 120_000);

  afterAll(async () => {
    expect(await admin?.close()).toBe(0);
  });

  it('sends a bulk advance again with the same key after the connection dropped, and the orders move once', async () => {
    await row(0).getByRole('checkbox').check();
    await row(1).getByRole('checkbox').check();
    await page.getByRole('button', { name: '次のステータスへ' }).click();
    await page.getByText('2件を処理しました（失敗 0件）').waitFor();

    expect(sent).toHaveLength(2);
    expect(keyOf(sent[0]!)).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(keyOf(sent[1]!)).toBe(keyOf(sent[0]!));
    for (const i of [0, 1]) {
      expect(await get(`/orders/${orderId(i)}`)).toMatchObject({ status: 'awaiting_payment' });
      const timeline = (await get(`/orders/${orderId(i)}/timeline`)) as Array<{ type: string }>;
      expect(timeline.filter((e) => e.type === 'OrderStatusAdvanced')).toHaveLength(1);
    }
  });

  it('makes a new key for the next click', async () => {
    await row(2).getByRole('checkbox').check();
    await page.getByRole('button', { name: '次のステータスへ' }).click();
    await page.getByText('1件を処理しました（失敗 0件）').waitFor();
    expect(sent).toHaveLength(3);
    expect(keyOf(sent[2]!)).toBeDefined();
    expect(keyOf(sent[2]!)).not.toBe(keyOf(sent[0]!));
    expect(await get(`/orders/${orderId(2)}`)).toMatchObject({ status: 'awaiting_payment' });
    expect(pageErrors).toEqual([]);
  });
});
