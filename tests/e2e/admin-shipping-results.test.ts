/**
 * A member of staff in a real browser opens 処理実績出力, sees the Amazon shop with its one shipped order not reported,
 * and downloads the Amazon shipping-confirm file: its three header lines and that order's line, in CP932.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';
import { runCli } from '../support/cli';
import { eventually } from '../support/eventually';
import { IMPORT_FIXTURES } from '../support/import-fixtures';

const ORDER = '249-1234567-1234567';
const YAMATO = '444413758703';

/** The signed-in browser's own request, with its cookie and origin. */
const api = (page: Page, url: string, body?: unknown) =>
  page.evaluate(
    async ([url, body]) => {
      const response = await fetch(url as string, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json' },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: await response.json() };
    },
    [url, body] as const,
  );

describe('admin shipping results', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;

  beforeAll(async () => {
    admin = await openAdminBrowser({
      password: 'pass-①',
      shops: [{ code: 'amazon-main', mall: 'amazon', name: '髙橋商店 Amazon店' }],
      timezoneId: 'Asia/Tokyo',
    });
    ({ page } = admin);
    const imported = await runCli(
      [
        'import',
        '--tenant',
        'takahashi',
        '--shop',
        'amazon-main',
        '--format',
        'amazon',
        path.join(IMPORT_FIXTURES, 'amazon-orders.txt'),
      ],
      { DATABASE_URL: admin.connectionString },
    );
    expect(imported.code).toBe(0);
    await page.goto(admin.server.url);
    await signIn(page, 'pass-①');
    await page.getByText('システム状態', { exact: true }).waitFor();
  }, 180_000);

  afterAll(async () => {
    expect(await admin?.close()).toBe(0);
  });

  it('downloads the Amazon file of the one order shipped, which then counts as reported', async () => {
    const filter = encodeURIComponent(JSON.stringify({ q: ORDER }));
    // The CLI's import reaches the list once its read model caught up.
    const orders = await eventually(
      async () => (await api(page, `/api/orders?filter=${filter}`)).body as { id: string; orderNumber: string }[],
      (found) => found.length > 0,
    );
    const order = orders.find((o) => o.orderNumber === ORDER)!;
    const set = await api(page, `/api/orders/${order.id}/commands/set-tracking-number`, {
      destinationIndex: 0,
      carrier: 'yamato',
      trackingNumber: YAMATO,
    });
    expect(set.status).toBe(200);

    await page.goto(`${admin!.server.url}/#/shipping-results`);
    const row = page.locator('[data-shop="amazon-main"]');
    await row.getByText('Amazon 出荷通知ファイル').waitFor();
    const shown = (count: number) => async () => {
      await page.reload();
      await row.waitFor();
      return row.locator(`[data-unreported="${count}"]`).count();
    };
    await eventually(shown(1), (n) => n === 1);
    const downloaded = page.waitForEvent('download');
    await row.getByRole('button', { name: '出力する' }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe('Flat.File.ShippingConfirm.txt');
    const lines = iconv.decode(await readFile((await download.path())!), 'cp932').split('\r\n');
    expect(lines[0]).toContain('この行はAmazonが使用しますので変更や削除しないでください。');
    expect(lines[2]!.split('\t')[0]).toBe('order-id');
    expect(lines.slice(3, -1).map((line) => line.split('\t'))).toEqual([
      [ORDER, '', '', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), 'Yamato Transport', 'ヤマト運輸', YAMATO, '', ''],
    ]);
    await page.getByText('1件の処理実績を出力しました').waitFor();
    await eventually(shown(0), (n) => n === 1);
  });
});
