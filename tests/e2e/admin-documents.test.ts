/**
 * A member of staff in a real browser prints 自動判別 for three orders at 伝票・帳票出力待ち: the PDF opens in a new tab,
 * the orders move on with a printed mark each, and the order page shows the printing and takes the receipt's 宛名.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { importedOrderIdFor, tenantIdFor } from '../../domain/shared/ids';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';
import { readPdf } from '../support/pdf-text';

const orderNumber = (i: number) => `123456-20261130-000000${i}`;
const orderId = (i: number) => importedOrderIdFor(tenantIdFor('takahashi'), 'shop-rakuten', orderNumber(i));

describe('admin documents', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;
  let pageErrors: string[];
  const row = (i: number) => page.getByRole('row').filter({ hasText: orderNumber(i) });
  const tab = (status: string) =>
    page.goto(`${admin!.server.url}/#/orders?filter=${encodeURIComponent(JSON.stringify({ status }))}`);

  beforeAll(async () => {
    admin = await openAdminBrowser({ password: 'pass-①', orders: 4, timezoneId: 'Asia/Tokyo' });
    ({ page, pageErrors } = admin);
    await page.goto(admin.server.url);
    await signIn(page, 'pass-①');
    await page.getByText('システム状態', { exact: true }).waitFor();
    const ids = [0, 1, 2, 3].map(orderId);
    const moved = await page.request.post(`${admin.server.url}/api/orders/commands/move`, {
      data: { ids, to: 'awaiting_documents' },
    });
    expect(moved.status()).toBe(200);
  }, 120_000);

  afterAll(async () => {
    expect(await admin?.close()).toBe(0);
  });

  it('prints 自動判別 for three selected orders: the PDF opens in a new tab and the orders move on', async () => {
    await tab('awaiting_documents');
    for (const i of [0, 1, 2]) await row(i).getByRole('checkbox').check();
    await page.getByRole('button', { name: '帳票出力', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: '自動判別' }).check();
    // The PDF is taken on its way to the page (a streamed answer's body is not kept by the browser's protocol).
    let pdfBytes: Buffer | undefined;
    await page.route('**/api/documents', async (route) => {
      const fetched = await route.fetch();
      pdfBytes = await fetched.body();
      await route.fulfill({ response: fetched, body: pdfBytes });
    });
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/documents'));
    const delivered = page.waitForEvent('popup').then((tab) => tab.waitForEvent('download'));
    await dialog.getByRole('button', { name: '出力する' }).click();

    const response = await answered;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(JSON.parse(response.headers()['x-documents-result']!)).toEqual({ orders: 3, moved: 3, refused: 0 });
    const pdf = await readPdf(pdfBytes!);
    for (const i of [0, 1, 2]) expect(pdf.text).toContain(orderNumber(i));
    // The fixture order is a gift: 自動判別 prints the recipient's statement, without prices.
    expect(pdf.text).toContain('お届け明細書');
    expect(pdf.text).not.toContain(orderNumber(3));

    // The tab was opened in the click (so no popup blocker stops it) and then given the PDF as a blob URL; this
    // Chromium has no PDF viewer, so the tab hands the PDF over as a download.
    const download = await delivered;
    expect(download.url()).toMatch(/^blob:/);
    expect((await readPdf(await readFile((await download.path())!))).text).toBe(pdf.text);
    await page.getByText('3件の帳票を出力しました（次のステータスへ 3件、出力できなかった受注 0件）').waitFor();
    await row(0).waitFor({ state: 'detached' });
    await row(3).waitFor();
  });

  it('shows a printed mark on each printed order, and none on the others', async () => {
    await tab('awaiting_tracking_number');
    for (const i of [0, 1, 2]) await row(i).locator('[data-printed-kind="delivery-statement"]').waitFor();
    expect(await row(0).getByText('届', { exact: true }).count()).toBe(1);
    await tab('awaiting_documents');
    await row(3).waitFor();
    expect(await row(3).locator('[data-printed-kind]').count()).toBe(0);
  });

  it('shows the printing on the order page and takes the receipt’s 宛名', async () => {
    await page.goto(`${admin!.server.url}/#/orders/${orderId(0)}/show`);
    const history = page.getByRole('table', { name: '帳票出力履歴' });
    await history.getByRole('cell', { name: 'お届け明細書' }).waitFor();
    await history.getByRole('cell', { name: 'owner' }).waitFor();

    await page.getByRole('button', { name: '領収書の宛名・但し書きを編集' }).click();
    await page.getByRole('textbox', { name: '宛名' }).fill('㈱髙島商店');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('宛名：㈱髙島商店').waitFor();
    expect(pageErrors).toEqual([]);
    expect(admin!.cspViolations).toEqual([]);
  });
});
