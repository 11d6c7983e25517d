/**
 * An administrator in a real browser sets a shop's shipping defaults and a 休業日 on the calendar, imports a 楽天 file,
 * and sees the carrier and the planned ship date in the order list.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';
import { runCli } from '../support/cli';

const FIXTURE = path.join(__dirname, '../fixtures/import/rakuten-rms.csv');

describe('admin: shop defaults and 休業日設定', () => {
  let admin: AdminBrowser | undefined;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    admin = await openAdminBrowser({ password: 'pass-髙①', timezoneId: 'Asia/Tokyo' });
    ({ page, pageErrors } = admin);
  }, 120_000);

  afterAll(async () => {
    expect(await admin?.close()).toBe(0);
  });

  const calendarDay = (day: string) =>
    page.getByTestId('calendar-days').getByRole('button', { name: day, exact: true });
  /** The calendar opens on this month: page to December 2026, whenever the test runs. */
  const showDecember2026 = async () => {
    const month = page.getByTestId('calendar-month');
    for (let i = 0; i < 240 && (await month.textContent()) !== '2026年12月'; i++) {
      const [year, m] = ((await month.textContent()) ?? '').match(/\d+/g)!.map(Number);
      await page.getByRole('button', { name: year! * 12 + m! > 2026 * 12 + 12 ? '前の月' : '次の月' }).click();
    }
  };

  it('sets carrier, slip types, lead days and a 休業日 on the shop', async () => {
    await page.goto(admin!.server.url);
    await signIn(page, 'pass-髙①');
    await page.getByRole('menuitem', { name: '店舗' }).click();
    await page.getByRole('link', { name: '新規登録' }).click();
    await page.getByRole('textbox', { name: '店舗コード' }).fill('rakuten-main');
    await page.getByRole('combobox', { name: 'モール' }).click();
    await page.getByRole('option', { name: '楽天市場' }).click();
    await page.getByRole('textbox', { name: '店舗名' }).fill('髙橋商店 楽天市場店');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('cell', { name: '髙橋商店 楽天市場店' }).click();

    await page.getByRole('combobox', { name: '既定の配送業者' }).click();
    await page.getByRole('option', { name: 'ヤマト運輸' }).click();
    await page.getByRole('textbox', { name: '既定の送り状種別' }).fill('発払い');
    await page.getByRole('textbox', { name: '代金引換の送り状種別' }).fill('コレクト');
    await page.getByRole('spinbutton', { name: '出荷までの営業日数' }).fill('2');
    const amountsBox = page.getByRole('spinbutton', { name: '金額未確定の保留ボックス' });
    expect(await amountsBox.inputValue()).toBe('1');
    await amountsBox.fill('4');
    await showDecember2026();
    await calendarDay('2026-12-01').click();
    await page.getByTestId('holiday-list').getByText('2026-12-01').waitFor();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('cell', { name: '髙橋商店 楽天市場店' }).click();
    // Read back from the server: the day is still closed, the box the one chosen.
    await page.getByRole('spinbutton', { name: '出荷までの営業日数' }).waitFor();
    expect(await amountsBox.inputValue()).toBe('4');
    await showDecember2026();
    expect(await calendarDay('2026-12-01').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('holiday-list').getByText('2026-12-01').waitFor();
  });

  it('checks the slip types without tracking (追跡番号のない便種), saved on the shop and shown checked again', async () => {
    const slipType = (name: string) => page.getByRole('checkbox', { name, exact: true });
    await slipType('ネコポス').check();
    await slipType('DM便').check();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('cell', { name: '髙橋商店 楽天市場店' }).click();
    await page.getByRole('spinbutton', { name: '出荷までの営業日数' }).waitFor();
    expect(await slipType('ネコポス').isChecked()).toBe(true);
    expect(await slipType('DM便').isChecked()).toBe(true);
    expect(await slipType('発払い').isChecked()).toBe(false);
    const shops = await (await page.request.get(`${admin!.server.url}/api/shops`)).json();
    expect(shops[0].untrackedSlipTypes).toEqual(['DM便', 'ネコポス']);
  });

  it("shows the imported orders' carrier and planned ship date in the list", async () => {
    const run = await runCli(
      ['import', '--tenant', 'takahashi', '--shop', 'rakuten-main', '--format', 'rakuten', FIXTURE],
      { DATABASE_URL: admin!.connectionString },
    );
    expect(run.code).toBe(0);
    await page.getByRole('menuitem', { name: '受注', exact: true }).click();
    const row = page.getByRole('row').filter({ hasText: '387215-20261130-0000001' });
    // Ordered Monday 11-30; Tuesday 12-01 is the shop's 休業日, so two business days on is Thursday 12-03.
    await row.getByRole('cell', { name: 'ヤマト運輸' }).waitFor();
    await row.getByRole('cell', { name: '2026-12-03' }).waitFor();
  });

  it('clears the default carrier and the 休業日 again', async () => {
    await page.getByRole('menuitem', { name: '店舗' }).click();
    await page.getByRole('cell', { name: '髙橋商店 楽天市場店' }).click();
    await page.getByRole('combobox', { name: '既定の配送業者' }).click();
    // react-admin gives the empty choice no accessible name of its own: found by its text.
    await page.getByRole('option').filter({ hasText: '指定しない' }).click();
    await showDecember2026();
    await calendarDay('2026-12-01').click();
    await page.screenshot({ path: '/tmp/shop-edit.png', fullPage: true });
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('cell', { name: '髙橋商店 楽天市場店' }).click();
    await page.getByRole('spinbutton', { name: '出荷までの営業日数' }).waitFor();
    expect(await page.getByRole('combobox', { name: '既定の配送業者' }).textContent()).not.toContain('ヤマト運輸');
    expect(await page.getByTestId('holiday-list').textContent()).toBe('');
    expect(pageErrors).toEqual([]);
  });
});
