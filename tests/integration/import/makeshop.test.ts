import { fixtureImport } from '../../support/import-fixtures';
import { writeSideForThisFile } from '../../support/write-side';

const side = writeSideForThisFile();
const makeshop = fixtureImport(side, 'makeshop', ['makeshop-orders.csv'], 'shop-makeshop-1');

describe('MakeShop order download (CP932)', () => {
  test('good orders are imported and the bad row is reported with its row and column', async () => {
    const result = await makeshop.run('makeshop-1');
    expect(result).toMatchObject({ imported: 3, updated: 0, unchanged: 0, failed: 1, rows: 6 });
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'makeshop-orders.csv',
        row: 7,
        column: '販売価格',
        ja: expect.stringContaining('-2200'),
      }),
    ]);
  });

  test('日付 and 注文時間 (hhmmss) make the order time; remarks, kana and ①㈱髙～ survive', async () => {
    const order = await makeshop.order('P202611301015000001');
    expect(order).toMatchObject({
      amountProblems: [],
      mallData: {
        orderedAt: '2026-11-30T10:15:00+09:00',
        orderer: {
          name: '髙橋花子',
          kana: 'ﾀｶﾊｼﾊﾅｺ',
          prefecture: '東京都',
          street: '渋谷区神宮前１－２－３ ㈱サンプル①号館',
          email: 'hanako@example.jp',
        },
        buyerRemarks: '午前中は不在です、"置き配"希望\n２行目の備考',
        amounts: { goods: 4360, shipping: 660, pointsUsed: 100, coupons: 200, total: 5020, billed: 4720 },
        payment: { method: 'credit_card' },
      },
    });
    expect(order.mallData.destinations[0]!.lines.map((l) => [l.name, l.options, l.quantity])).toEqual([
      ['静岡茶①～特選～', '容量:100g', 2],
      ['有田焼 湯呑み', '', 1],
    ]);
    expect(order.mallData.destinations[0]!.delivery).toEqual({ desiredDate: '2026-12-05', timeSlot: '14時～16時' });
  });

  test('a gift to two destinations (配送先番号) with のし', async () => {
    const gift = await makeshop.order('P202611301015000002');
    expect(gift.mallData).toMatchObject({
      orderedAt: '2026-11-30T11:02:03+09:00',
      gift: { isGift: true, noshi: '御歳暮', wrapping: '包装紙（和柄）' },
      payment: { method: 'cash_on_delivery' },
    });
    expect(
      gift.mallData.destinations.map((d) => [d.recipient.name, d.recipient.prefecture, d.delivery.desiredDate]),
    ).toEqual([
      ['渡邊一郎', '大阪府', null],
      ['齋藤桃子', '愛知県', '2026-12-20'],
    ]);
  });

  test('an order cancelled in MakeShop (注文キャンセル) arrives cancelled', async () =>
    expect(await makeshop.order('P202611301015000003')).toMatchObject({ status: 'cancelled' }));

  test('importing the same file again changes nothing', async () => {
    expect(await makeshop.run('makeshop-2')).toMatchObject({ imported: 0, updated: 0, unchanged: 3, failed: 1 });
  });
});
