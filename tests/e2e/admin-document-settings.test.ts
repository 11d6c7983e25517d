/**
 * An administrator in a real browser sets a shop's issuer (with a 登録番号 whose check digit does not hold: saved, with
 * a warning) and its logo on the shop's 帳票設定, and adds a 帳票商品名; both are read back from the server.
 */
import type { Page } from 'playwright-core';
import { printNames, shopDocumentSettings } from '../../projections/document-settings/document-settings-queries';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';
import { createPool } from 'slonik';

const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('admin: 帳票設定 and 帳票商品名', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    admin = await openAdminBrowser({
      password: 'pass-髙①',
      timezoneId: 'Asia/Tokyo',
      shops: [{ code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' }],
    });
    ({ page, pageErrors } = admin);
  }, 120_000);

  afterAll(async () => {
    expect(await admin?.close()).toBe(0);
  });

  /** What the documents will print, read as the printing reads it. */
  const readBack = async () => {
    const db = await createPool(admin!.connectionString);
    try {
      const { id: tenantId, shops } = admin!.tenant;
      const shopId = shops[0]!.id;
      return {
        settings: (await shopDocumentSettings(db, tenantId, [shopId])).get(shopId)!,
        names: await printNames(db, tenantId, ['ABC-001']),
      };
    } finally {
      await db.end();
    }
  };

  it('sets the issuer, sees the check-digit warning, and uploads a logo', async () => {
    await page.goto(admin!.server.url);
    await signIn(page, 'pass-髙①');
    await page.getByRole('menuitem', { name: '店舗' }).click();
    await page.getByRole('cell', { name: '髙橋商店 楽天市場店' }).click();
    const section = page.getByTestId('document-settings');
    // The defaults until the shop sets its own: its name as the issuer.
    expect(await section.getByRole('textbox', { name: '発行者名' }).inputValue()).toBe('髙橋商店 楽天市場店');
    await section.getByRole('textbox', { name: '発行者名' }).fill('㈱髙橋商店');
    await section.getByRole('textbox', { name: '郵便番号' }).fill('150-0001');
    await section.getByRole('textbox', { name: '住所' }).fill('東京都渋谷区神宮前1-2-3 山﨑ビル①');
    await section.getByRole('textbox', { name: '電話番号' }).fill('03-1234-5678');
    await section.getByRole('textbox', { name: '登録番号' }).fill('T1123456789012');
    await section.getByRole('combobox', { name: '端数処理' }).click();
    await page.getByRole('option', { name: '四捨五入' }).click();
    await section.getByRole('button', { name: '帳票設定を更新' }).click();
    await section.getByTestId('registration-number-warning').getByText('チェックデジット').waitFor();

    await section.getByLabel('ロゴ 画像を選ぶ').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: Buffer.from(PNG_BASE64, 'base64'),
    });
    await section.getByTestId('document-logo').getByRole('img', { name: 'ロゴ' }).waitFor();

    const { settings } = await readBack();
    expect(settings).toMatchObject({
      issuer: { name: '㈱髙橋商店', postalCode: '150-0001', registrationNumber: 'T1123456789012' },
      taxRounding: 'nearest',
      logo: `data:image/png;base64,${PNG_BASE64}`,
    });
  });

  it('adds a 帳票商品名 and finds it by search', async () => {
    await page.getByRole('menuitem', { name: '帳票商品名' }).click();
    await page.getByRole('link', { name: '新規登録' }).click();
    await page.getByRole('textbox', { name: 'SKU' }).fill('ABC-001');
    await page.getByRole('textbox', { name: '帳票商品名' }).fill('髙橋農園の①みかん ～5kg～');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('textbox', { name: '検索' }).fill('みかん');
    await page.getByRole('cell', { name: '髙橋農園の①みかん ～5kg～' }).waitFor();
    expect((await readBack()).names.get('ABC-001')).toBe('髙橋農園の①みかん ～5kg～');
    expect(pageErrors).toEqual([]);
  });
});
