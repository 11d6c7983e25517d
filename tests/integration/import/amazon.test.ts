import { fixtureImport } from '../../support/import-fixtures';
import { writeSideForThisFile } from '../../support/write-side';

const side = writeSideForThisFile();
const amazon = fixtureImport(side, 'amazon', ['amazon-orders.txt'], 'shop-amazon-1');

describe('Amazon order report (tab-separated, unquoted, CP932)', () => {
  test('good orders are imported and the bad row is reported with its row and column', async () => {
    const result = await amazon.run('amazon-1');
    expect(result).toMatchObject({ imported: 2, updated: 0, unchanged: 0, failed: 1, rows: 4 });
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'amazon-orders.txt',
        row: 5,
        column: 'quantity-purchased',
        ja: expect.stringContaining('「二」'),
      }),
    ]);
  });

  test('an order of two items: unit prices from item-price, shipping and promotions added up over its rows, a " kept as a character', async () => {
    const order = await amazon.order('249-1234567-1234567');
    expect(order.mallData).toMatchObject({
      orderedAt: '2026-11-30T10:15:00+09:00',
      orderer: { name: '髙橋 花子', phone: '090-1234-5678', email: 'abc123@marketplace.amazon.co.jp' },
      amounts: { goods: 4360, shipping: 660, coupons: 100, total: 5020, billed: 4920 },
      payment: { method: 'mall_payment', label: 'Other' },
      gift: { isGift: false },
    });
    expect(order.mallData.destinations).toEqual([
      expect.objectContaining({
        recipient: expect.objectContaining({
          name: '髙橋 花子',
          postalCode: '150-0001',
          prefecture: '東京都',
          city: '渋谷区',
          street: '神宮前１－２－３',
          building: '㈱サンプル①号館',
        }),
      }),
    ]);
    expect(order.mallData.destinations[0]!.lines.map((l) => [l.name, l.unitPrice, l.quantity])).toEqual([
      ['静岡茶①～特選～', 1080, 2],
      ['有田焼 湯呑み "藍" 15cm', 2200, 1],
    ]);
    expect(order.amountProblems).toEqual([]);
  });

  test('a gift paid on delivery keeps its wrapping, message and scheduled date', async () => {
    const gift = await amazon.order('249-7654321-7654321');
    expect(gift.mallData).toMatchObject({
      orderedAt: '2026-11-30T02:02:00Z',
      gift: { isGift: true, wrapping: 'ギフト包装（和柄）' },
      buyerRemarks: 'お誕生日おめでとう～ ﾊﾅｺより',
      payment: { method: 'cash_on_delivery' },
      amounts: { goods: 3240, wrapping: 300, codFee: 330, total: 3870 },
    });
    expect(gift.mallData.destinations[0]).toMatchObject({
      recipient: { name: '渡邊 一郎', prefecture: '大阪府' },
      delivery: { desiredDate: '2026-12-20' },
    });
  });

  test('importing the same report again changes nothing', async () => {
    expect(await amazon.run('amazon-2')).toMatchObject({ imported: 0, updated: 0, unchanged: 2, failed: 1 });
  });
});
