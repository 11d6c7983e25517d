/**
 * A member of staff in a real browser: the menu counts one 未対応 enquiry, the inbox lists it first, the thread shows
 * the buyer's text as text (its markup not read), a 定型文 goes into the answer, the answer is sent, and the thread and
 * the order page's panel show it 対応中.
 */
import type { Page } from 'playwright-core';
import { commandRequest } from '../../application/commands/command-pipeline';
import { receiveEnquiry } from '../../application/enquiries/receive-enquiry';
import { orderDeciderFor } from '../../application/orders/tenant-orders';
import { streamName } from '../../domain/shared/ids';
import { TOKENS } from '../../infrastructure/container';
import { type AdminBrowser, openAdminBrowser, signIn } from '../support/admin-browser';
import { enquiriesForBuyer } from '../../projections/enquiries/enquiry-queries';

const PASSWORD = 'pass-問い合わせ';
let admin: AdminBrowser | undefined;
let page: Page;

const ask = (orderIndex: number, text: string) =>
  receiveEnquiry(
    { pipeline: admin!.app.container.get(TOKENS.Pipeline), db: admin!.app.container.get(TOKENS.Db) },
    { tenantId: admin!.tenant.id, orderId: admin!.tenant.orderIds[orderIndex]!, text },
  );

beforeAll(async () => {
  admin = await openAdminBrowser({ password: PASSWORD, orders: 2, timezoneId: 'Asia/Tokyo' });
  ({ page } = admin);
  await page.setViewportSize({ width: 1366, height: 900 });
  await ask(1, '先に届いた問い合わせ');
  const { enquiryId } = await ask(1, 'こちらは完了済み');
  // Staff closed that one: the inbox lists it after the open one.
  await admin.app.container.get(TOKENS.Pipeline).run(
    commandRequest(orderDeciderFor, streamName.order(admin.tenant.orderIds[1]!), {
      type: 'SetEnquiryState',
      enquiryId,
      state: 'done',
    }),
    { tenantId: admin.tenant.id, actor: 'system', correlationId: 'c-done' },
  );
  await ask(0, '髙﨑です。<img src=x onerror="window.hacked=1">①の発送日を教えてください');
  await page.goto(admin.server.url);
  await signIn(page, PASSWORD);
  await page.getByRole('menuitem', { name: /問い合わせ/ }).waitFor();
}, 180_000);

afterAll(async () => {
  expect(await admin?.close()).toBe(0);
});

describe('問い合わせ in the admin', () => {
  it('counts the open one, lists it first, and answers it from the thread', async () => {
    const menu = page.getByRole('menuitem', { name: /問い合わせ/ });
    await menu.getByTestId('open-enquiries').getByText('1', { exact: true }).waitFor();
    await menu.click();
    await page.waitForURL(/#\/enquiries/);

    const rows = page.locator('tbody tr');
    await rows.filter({ hasText: '髙﨑です。' }).waitFor();
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toMatch(
      /未対応[\s\S]*123456-20261130-0000000[\s\S]*お客様から[\s\S]*髙﨑です。/,
    );
    expect(await rows.nth(1).innerText()).toContain('完了');

    await rows.nth(0).click();
    const thread = page.getByRole('log', { name: '問い合わせ' });
    await thread.getByText('①の発送日を教えてください', { exact: false }).waitFor();
    expect(await thread.innerText()).toContain('<img src=x onerror="window.hacked=1">');
    expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();

    await page.getByLabel('定型文を挿入').click();
    // The first phrase, once the list has come (until then the menu's one item is a disabled 読み込み中).
    const phrase = page.getByRole('menuitem', { disabled: false }).first();
    const phraseText = await phrase.innerText();
    await phrase.click();
    const box = page.getByTestId('enquiry-answer');
    expect(await box.inputValue()).toBe(phraseText);
    await box.press('End');
    await box.pressSequentially('\n明日発送いたします。');
    await page.getByRole('button', { name: '回答する' }).click();

    await thread.locator('[data-from="shop"]').getByText('明日発送いたします。', { exact: false }).waitFor();
    await page.getByRole('button', { name: '「完了」にする' }).waitFor();
    const [buyerThread] = await enquiriesForBuyer(
      admin!.app.container.get(TOKENS.Db),
      admin!.tenant.id,
      admin!.tenant.orderIds[0]!,
    );
    expect(buyerThread!.state).toBe('in_progress');
    expect(buyerThread!.messages.at(-1)).toEqual({
      from: 'shop',
      text: `${phraseText}\n明日発送いたします。`,
      at: expect.any(String),
    });

    await page.getByRole('link', { name: '123456-20261130-0000000' }).click();
    const panel = page.getByRole('region', { name: '問い合わせ', exact: true });
    await panel.getByText('対応中').waitFor();
    expect(await panel.innerText()).toContain('明日発送いたします。');
    expect(admin!.pageErrors).toEqual([]);
  });
});
