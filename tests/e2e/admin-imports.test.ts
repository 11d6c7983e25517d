/**
 * A person in a real browser imports the 楽天 fixture by dropping it on the import screen, sees the counts and the bad
 * row, finds an imported order in the order list and the import in the history, saves a mapping for a cart, and
 * follows a large import from the history while it runs.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';
import { writeRakutenFile } from '../bench/rakuten-file';

const FIXTURE = path.join(__dirname, '../fixtures/import/rakuten-rms.csv');

describe('admin order import', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    admin = await openAdminBrowser({
      password: 'pass-髙①',
      shops: [
        { code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' },
        { code: 'yamada-mall', mall: 'other', name: 'ヤマダモール店' },
      ],
      timezoneId: 'Asia/Tokyo',
    });
    ({ page, pageErrors } = admin);
  }, 180_000);

  afterAll(async () => {
    expect(await admin?.close()).toBe(0);
  });

  it('imports a dropped 楽天 file and shows the counts and the bad row', async () => {
    await page.goto(admin!.server.url);
    await signIn(page, 'pass-髙①');
    await page.getByRole('menuitem', { name: '受注取込' }).click();
    await page.getByRole('link', { name: '受注を取り込む' }).click();
    await page.getByRole('combobox', { name: '店舗' }).click();
    await page.getByRole('option', { name: '髙橋商店 楽天市場店（rakuten-main）' }).click();
    await page.getByRole('combobox', { name: '取込形式' }).click();
    await page.getByRole('option', { name: '楽天市場 (RMS 受注CSV)' }).click();

    // Dropped as a person drags a file from the desktop.
    const bytes = [...(await readFile(FIXTURE))];
    const dataTransfer = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(content)], 'rakuten-rms.csv', { type: 'text/csv' }));
      return transfer;
    }, bytes);
    await page.getByTestId('import-drop-zone').dispatchEvent('drop', { dataTransfer });
    await page.getByRole('list', { name: '選んだファイル' }).getByText('rakuten-rms.csv').waitFor();
    // The server answers once the import has started, and the screen watches it to its end.
    const answered = page.waitForResponse(
      (response) => response.url().endsWith('/api/imports') && response.request().method() === 'POST',
    );
    await page.getByRole('button', { name: '取り込む' }).click();
    expect((await answered).status()).toBe(202);

    const result = page.getByTestId('import-result');
    await result.getByText('新規 3件').waitFor();
    await result.getByText('エラー 1件').waitFor();
    const problem = page.getByRole('table', { name: '取り込めなかった行' }).getByRole('row').nth(1);
    expect(await problem.getByRole('cell').allTextContents()).toEqual([
      'rakuten-rms.csv',
      '6',
      '個数',
      expect.stringContaining('いっこ'),
    ]);
    expect(await page.getByRole('link', { name: 'エラー一覧をCSVでダウンロード' }).getAttribute('href')).toMatch(
      /^\/api\/imports\/[0-9a-f-]{36}\/problems\.csv$/,
    );
  });

  it('finds an imported order in the order list and the import in the history', async () => {
    await page.getByRole('menuitem', { name: '受注', exact: true }).click();
    await page.getByRole('cell', { name: '387215-20261130-0000001' }).click();
    await page.getByText('髙橋 花子').first().waitFor();

    await page.getByRole('menuitem', { name: '受注取込' }).click();
    const row = page.getByRole('row', { name: /rakuten-rms\.csv/ });
    await row.getByRole('cell', { name: '完了' }).waitFor();
    await row.click();
    await page.getByRole('table', { name: '取り込めなかった行' }).getByRole('cell', { name: '個数' }).waitFor();
  });

  it('saves a mapping for a cart without a built-in format and offers it on the import screen', async () => {
    await page.getByRole('menuitem', { name: '取込設定' }).click();
    await page.getByRole('link', { name: '新規登録' }).click();
    await page.getByRole('combobox', { name: '店舗' }).click();
    await page.getByRole('option', { name: 'ヤマダモール店' }).click();
    await page.getByRole('textbox', { name: '名前' }).fill('ヤマダモール');
    // Required fields are marked by react-admin with *.
    for (const [label, column] of [
      ['注文番号', '受注番号'],
      ['注文日時', '受注日時'],
      ['注文者氏名', '購入者名'],
      ['商品名', '商品名'],
      ['単価', '単価'],
      ['数量', '数量'],
    ]) {
      await page.getByRole('textbox', { name: new RegExp(`^${label}\\s*\\*?$`) }).fill(column!);
    }
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('cell', { name: 'ヤマダモール', exact: true }).waitFor();

    await page.getByRole('menuitem', { name: '受注取込' }).click();
    await page.getByRole('link', { name: '受注を取り込む' }).click();
    await page.getByRole('combobox', { name: '店舗' }).click();
    await page.getByRole('option', { name: 'ヤマダモール店（yamada-mall）' }).click();
    await page.getByRole('combobox', { name: '取込形式' }).click();
    await page.getByRole('option', { name: '取込設定: ヤマダモール' }).waitFor();
    await page.keyboard.press('Escape');
    expect(pageErrors).toEqual([]);
  });

  // Last: its 10,000 orders would push the fixture's off the order list's first page.
  it('follows a large import that is still running, in the history and on its page, until its result is in', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'oms-admin-import-'));
    const file = path.join(dir, '楽天-大量.csv');
    await writeRakutenFile(file, 10_000);
    await page.getByRole('menuitem', { name: '受注取込' }).click();
    await page.getByRole('link', { name: '受注を取り込む' }).click();
    await page.getByRole('combobox', { name: '店舗' }).click();
    await page.getByRole('option', { name: '髙橋商店 楽天市場店（rakuten-main）' }).click();
    await page.getByTestId('import-files').setInputFiles(file);
    const answered = page.waitForResponse(
      (response) => response.url().endsWith('/api/imports') && response.request().method() === 'POST',
    );
    await page.getByRole('button', { name: '取り込む' }).click();
    expect((await answered).status()).toBe(202);

    // Away from the import screen: the import goes on, and the history follows it without a reload.
    await page.getByRole('menuitem', { name: '受注取込' }).click();
    const row = page.getByRole('row', { name: /楽天-大量\.csv/ });
    await row.getByRole('cell', { name: '取込中' }).waitFor();
    await row.click();
    await page.getByText(/^取込処理中…/).waitFor();
    await page.getByText('完了', { exact: true }).waitFor({ timeout: 60_000 });
    await page.getByTestId('import-result').getByText('新規 10000件').waitFor();
    await rm(dir, { recursive: true, force: true });
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
