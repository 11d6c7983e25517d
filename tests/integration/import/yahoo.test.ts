import { fixtureImport } from '../../support/import-fixtures';
import { writeSideForThisFile } from '../../support/write-side';

const side = writeSideForThisFile();
// The Items file first: which file is which is told by its header, not by the order they are given in.
const yahoo = fixtureImport(side, 'yahoo', ['yahoo-items.csv', 'yahoo-orders.csv'], 'shop-yahoo-1');

describe('Yahoo!ショッピング Orders + Items files joined on OrderId (CP932)', () => {
  test('orders are imported from both files; a bad item, an item without its order and an order without items are reported', async () => {
    const result = await yahoo.run('yahoo-1');
    expect(result).toMatchObject({ imported: 3, updated: 0, unchanged: 0, failed: 3, rows: 6 });
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'yahoo-items.csv',
        row: 6,
        column: 'UnitPrice',
        ja: expect.stringContaining('千円'),
      }),
      expect.objectContaining({
        file: 'yahoo-items.csv',
        row: 7,
        column: 'OrderId',
        ja: expect.stringContaining('注文ファイルにこの明細の注文がありません'),
      }),
      expect.objectContaining({
        file: 'yahoo-orders.csv',
        row: 6,
        column: 'OrderId',
        ja: '注文 store-10000005 の明細が明細ファイルにありません',
      }),
    ]);
  });

  test('an order carries the Orders columns (buyer, remarks with comma, quotes and line break) and its Items', async () => {
    const order = await yahoo.order('store-10000001');
    expect(order).toMatchObject({
      status: 'new',
      mallData: {
        orderedAt: '2026-11-30T10:15:00+09:00',
        orderer: {
          name: '髙橋 花子',
          kana: 'ﾀｶﾊｼ ﾊﾅｺ',
          postalCode: '1500001',
          street: '神宮前１－２－３',
          building: '㈱サンプル①号館',
          email: 'hanako@example.jp',
        },
        buyerRemarks: '午前中は不在です、"置き配"希望\n２行目の備考',
        amounts: { goods: 4360, shipping: 660, pointsUsed: 100, coupons: 200, total: 5020, billed: 4720 },
        payment: { method: 'credit_card', label: 'クレジットカード決済' },
      },
    });
    expect(order.mallData.destinations[0]!.delivery).toEqual({ desiredDate: '2026-12-05', timeSlot: '14:00-16:00' });
    expect(order.mallData.destinations[0]!.lines).toEqual([
      { sku: 'tea-001:100g', name: '静岡茶①～特選～', options: '', unitPrice: 1080, quantity: 2, taxRate: 8 },
      { sku: 'cup-01', name: '有田焼 湯呑み', options: '色:藍', unitPrice: 2200, quantity: 1, taxRate: 10 },
    ]);
  });

  test('a gift to another address paid on delivery', async () => {
    const gift = await yahoo.order('store-10000002');
    expect(gift.mallData).toMatchObject({
      gift: { isGift: true, noshi: '御歳暮 髙橋', wrapping: 'ギフト包装' },
      payment: { method: 'cash_on_delivery', label: '商品代引' },
      amounts: { codFee: 330, wrapping: 330 },
    });
    expect(gift.mallData.destinations.map((d) => [d.recipient.name, d.recipient.prefecture])).toEqual([
      ['渡邊 一郎', '大阪府'],
    ]);
  });

  test('an order cancelled at Yahoo arrives cancelled', async () =>
    expect(await yahoo.order('store-10000003')).toMatchObject({ status: 'cancelled' }));

  test('importing the same pair again changes nothing', async () => {
    expect(await yahoo.run('yahoo-2')).toMatchObject({ imported: 0, updated: 0, unchanged: 3, failed: 3 });
  });

  test('the Items file alone is refused as a whole, with the reason', async () => {
    const itemsOnly = fixtureImport(side, 'yahoo', ['yahoo-items.csv'], 'shop-yahoo-2');
    const result = await itemsOnly.run('yahoo-3');
    expect(result).toMatchObject({ imported: 0, failed: 0 });
    expect(result.problems).toEqual([
      expect.objectContaining({ row: 0, ja: expect.stringContaining('注文ファイル (Orders) がありません') }),
    ]);
  });
});
