/**
 * The マイページ in Chromium on a phone-sized screen, as a buyer uses it: open the link from the mail, type the phone
 * number, follow the parcel, ask the shop, take the receipt twice.
 */
import { readFile } from 'node:fs/promises';
import * as E from 'fp-ts/Either';
import type { Browser } from 'playwright-core';
import { orderDeciderFor } from '../../application/orders/tenant-orders';
import { streamName } from '../../domain/shared/ids';
import { TOKENS } from '../../infrastructure/container';
import { saveMyPageDesign } from '../../infrastructure/my-page/my-page-designs';
import { launchBrowser } from '../support/browser';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { readPdf } from '../support/pdf-text';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
let browser: Browser;
let tenant: Tenant;

beforeAll(async () => {
  tenant = await seedTenant(app(), {
    code: 'takahashi',
    orders: 1,
    shops: [{ code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' }],
  });
  browser = await launchBrowser();
}, 90_000);

afterAll(() => browser?.close());

test('sign in with the phone, see the tracking link, send an enquiry, download the receipt twice: the second says 再発行', async () => {
  const orderId = tenant.orderIds[0]!;
  const shopId = tenant.shops[0]!.id;
  await saveMyPageDesign(app().container.get(TOKENS.Db), tenant.id, shopId, {
    headerColour: '#8a2be2',
    heading: '髙橋商店 ご注文状況',
    notice: '年末年始は12月29日～1月3日までお休みです。',
    contactLine: 'お電話: 03-1234-5678（平日10:00～17:00）',
  });
  const numbered = await app()
    .container.get(TOKENS.Pipeline)
    .run(
      {
        decider: orderDeciderFor,
        streamName: streamName.order(orderId),
        command: {
          type: 'SetTrackingNumber',
          destinationIndex: 0,
          carrier: 'sagawa',
          trackingNumber: '400012345678',
          source: 'staff',
        },
        commandName: 'SetTrackingNumber',
      },
      { tenantId: tenant.id, actor: 'system', correlationId: crypto.randomUUID() },
    );
  expect(E.isRight(numbered)).toBe(true);
  const link = await app().container.get(TOKENS.MyPageLinks).urlFor(tenant.id, orderId, 30);
  const url = `${app().url}${new URL(link!).pathname}`;

  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      cspViolations.push(message.text());
  });
  try {
    await page.goto(url);
    expect(await page.locator('header').innerText()).toBe('髙橋商店 ご注文状況');
    await page.getByLabel('お電話番号').fill('０９０－１２３４－５６７８');
    await page.getByRole('button', { name: '確認する' }).click();

    await page.getByRole('heading', { level: 1, name: '発送いたしました' }).waitFor();
    await page.getByText('年末年始は12月29日～1月3日までお休みです。').waitFor();
    const tracking = page.getByRole('link', { name: '配送状況を確認する' });
    expect(await tracking.getAttribute('href')).toBe(
      'https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=400012345678',
    );
    await page.getByText('佐川急便 伝票番号 400012345678').waitFor();

    await page.getByLabel('ご注文についてのお問い合わせ').fill('のし紙の表書きを「御礼」に変更できますか？');
    await page.getByRole('button', { name: '送信する' }).click();
    await page.getByRole('status').getByText('お問い合わせを送信しました', { exact: false }).waitFor();
    await page.locator('.message.buyer').getByText('のし紙の表書きを「御礼」に変更できますか？').waitFor();

    await page.getByLabel('宛名').fill('㈱髙島商店');
    await page.getByLabel('但し書き').fill('贈答品代として');
    const firstDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '領収書を発行してダウンロード' }).click();
    const first = await readPdf(await readFile((await (await firstDownload).path())!));
    expect(first.text).toContain('㈱髙島商店');
    expect(first.text).not.toContain('再発行');

    // A download leaves the page as it was; opened again it offers only the re-issue.
    await page.reload();
    await page.getByRole('button', { name: '領収書（再発行）をダウンロード' }).waitFor();
    expect(await page.getByLabel('宛名').count()).toBe(0);
    const secondDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '領収書（再発行）をダウンロード' }).click();
    const second = await readPdf(await readFile((await (await secondDownload).path())!));
    expect(second.text).toContain('再発行（2回目の発行）');
    expect(second.text).toContain('㈱髙島商店');
    expect(cspViolations).toEqual([]);
  } finally {
    await context.close();
  }
}, 120_000);
