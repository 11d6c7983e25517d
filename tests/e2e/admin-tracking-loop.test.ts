/**
 * The 送り状 loop for one order in a real browser: 送り状データ出力 (B2クラウド) downloads the label file, the 伝票番号
 * column is filled as B2クラウド fills it in its 発行済データ (same layout, CP932, key echoed in お客様管理番号), the
 * file goes back through 伝票番号取込, and the order shows its number linked to Yamato's page, at 発送メール未送信.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { b2cloud } from '../../application/labels/layouts/b2cloud';
import { RETURN_FILE_LAYOUTS } from '../../application/tracking/return-files/return-file-layouts';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';

const PASSWORD = 'pass-髙①';
const ORDER_NUMBER = '123456-20261130-0000000';
/** Yamato numbers: 11 digits and their remainder by 7. */
const yamato = (n: number) => `${n}${BigInt(n) % 7n}`;

describe('admin: 送り状データ出力 → 伝票番号取込 for one order', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;
  let orderId: string;
  const api = (method: 'put' | 'post', path: string, data: unknown) =>
    page.request[method](`${admin!.server.url}/api${path}`, { data });

  beforeAll(async () => {
    admin = await openAdminBrowser({
      password: PASSWORD,
      orders: 1,
      shops: [{ code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' }],
      timezoneId: 'Asia/Tokyo',
    });
    ({ page } = admin);
    orderId = admin.tenant.orderIds[0]!;
    const shopId = admin.tenant.shops[0]!.id;
    await page.goto(admin.server.url);
    await signIn(page, PASSWORD);
    await page.getByText('システム状態', { exact: true }).waitFor();
    // What a shop sets up once: its Yamato defaults, its sender details, its Yamato account.
    const answers = [
      await api('put', `/shops/${shopId}`, {
        name: '髙橋商店 楽天市場店',
        defaultCarrier: 'yamato',
        defaultSlipType: '発払い',
        codSlipType: 'コレクト',
      }),
      await api('put', `/shops/${shopId}/document-settings`, {
        issuer: {
          name: '㈱髙橋商店',
          postalCode: '150-0001',
          address: '東京都渋谷区神宮前1-2-3',
          phone: '03-1234-5678',
        },
        leaveDocumentsWaiting: 'labels',
      }),
      await api('put', '/carrier-accounts/yamato', { customerCode: '012345678901', freightCode: '01' }),
      await api('post', '/orders/commands/move', { ids: [orderId], to: 'awaiting_documents' }),
    ];
    expect(answers.map((a) => a.status())).toEqual([200, 200, 200, 200]);
  }, 120_000);

  afterAll(async () => {
    expect(await admin?.close()).toBe(0);
  });

  it('exports the label data, imports the numbers B2クラウド filled in, and the order moves on with its link', async () => {
    const tab = encodeURIComponent(JSON.stringify({ status: 'awaiting_documents' }));
    await page.goto(`${admin!.server.url}/#/orders?filter=${tab}`);
    await page.getByRole('row').filter({ hasText: ORDER_NUMBER }).getByRole('checkbox').check();
    await page.getByRole('button', { name: '送り状データ出力', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'ヤマト B2クラウド' }).check();
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '出力する' }).click();
    const labelFile = await readFile((await (await downloading).path())!);

    // B2クラウド gives the same 95 columns back with 伝票番号 filled; the key stays where it went out.
    const [header, ...labels] = parse(iconv.decode(labelFile, 'cp932'), { relax_column_count: true }) as string[][];
    expect(header).toEqual(b2cloud.columns.map((c) => c.name));
    const keyColumn = header!.indexOf('お客様管理番号');
    const numberColumn = header!.indexOf('伝票番号');
    expect([keyColumn, numberColumn]).toEqual([
      RETURN_FILE_LAYOUTS.b2cloud.key.position,
      RETURN_FILE_LAYOUTS.b2cloud.trackingNumber.position,
    ]);
    expect(labels.length).toBeGreaterThan(0);
    const numbers = labels.map((_, i) => yamato(44441375870 + i));
    const issued = labels.map((label, i) => label.map((cell, c) => (c === numberColumn ? numbers[i]! : cell)));
    // A parcel printed in B2クラウド by hand has a key of no label of ours: reported with its line, not dropped.
    const stranger = issued[0]!.map((cell, c) =>
      c === keyColumn ? 'HAND-①' : c === numberColumn ? yamato(44441375999) : cell,
    );
    const returnFile = iconv.encode(stringify([header!, ...issued, stranger], { record_delimiter: '\r\n' }), 'cp932');

    // In the menu beside 受注取込; opened by its address, as the list's toolbar may cover a long menu.
    expect(await page.getByRole('menuitem', { name: '伝票番号取込' }).getAttribute('href')).toBe('#/tracking-imports');
    await page.goto(`${admin!.server.url}/#/tracking-imports`);
    await page.getByRole('radio', { name: 'B2クラウド 発行済データ' }).check();
    await page
      .getByTestId('tracking-import-files')
      .setInputFiles({ name: '発行済データ①.csv', mimeType: 'text/csv', buffer: returnFile });
    await page.getByRole('button', { name: '伝票番号を取り込む' }).click();
    const result = page.getByTestId('tracking-import-result');
    await result.getByText(`登録 ${labels.length}件`).waitFor();
    await result.getByText('該当なし 1件').waitFor();
    const unmatched = result.getByRole('table', { name: '登録できなかった行' }).getByRole('row').nth(1);
    expect(await unmatched.getByRole('cell').allInnerTexts()).toEqual([
      '発行済データ①.csv',
      String(labels.length + 2),
      'HAND-①',
      'お客様管理番号「HAND-①」に該当する送り状がありません',
    ]);

    await page.goto(`${admin!.server.url}/#/orders/${orderId}/show`);
    const tracking = page.getByRole('region', { name: '伝票番号', exact: true });
    const link = tracking.getByRole('link', { name: numbers[0]! });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(
      `https://member.kms.kuronekoyamato.co.jp/parcel/detail?pno=${numbers[0]}`,
    );
    await page.getByText('発送メール未送信').first().waitFor();
    const order = await (await page.request.get(`${admin!.server.url}/api/orders/${orderId}`)).json();
    expect(order.status).toBe('awaiting_shipping_mail');
    expect(admin!.pageErrors).toEqual([]);
  });
});
