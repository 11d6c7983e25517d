import { fixtureImport } from '../../support/import-fixtures';
import { writeSideForThisFile } from '../../support/write-side';

const side = writeSideForThisFile();
const eccube = fixtureImport(side, 'eccube', ['eccube-orders.csv'], 'shop-eccube-1');

describe('EC-CUBE 4 受注CSV (CP932)', () => {
  test('good orders are imported and the bad row is reported with its row and column', async () => {
    const result = await eccube.run('eccube-1');
    expect(result).toMatchObject({ imported: 3, updated: 0, unchanged: 0, failed: 1, rows: 11 });
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'eccube-orders.csv',
        row: 12,
        column: '個数',
        ja: expect.stringContaining('abc'),
      }),
    ]);
  });

  test('item rows only (送料 and 手数料 rows skipped), prices before tax made tax-included at each rate, the first 送料 read', async () => {
    const order = await eccube.order('101');
    expect(order.mallData.destinations).toHaveLength(1);
    expect(order.mallData.destinations[0]!.lines).toEqual([
      { sku: 'TEA-001', name: '静岡茶①～特選～', options: '100g ﾃｨｰﾊﾞｯｸﾞ', unitPrice: 1080, quantity: 2, taxRate: 8 },
      { sku: 'CUP-01', name: '有田焼 湯呑み', options: '', unitPrice: 2200, quantity: 1, taxRate: 10 },
    ]);
    expect(order).toMatchObject({
      amountProblems: [],
      mallData: {
        orderedAt: '2026-11-30T10:15:00+09:00',
        orderer: {
          name: '髙橋 花子',
          kana: 'タカハシ ハナコ',
          prefecture: '東京都',
          city: '渋谷区神宮前',
          street: '１－２－３ "㈱サンプル①号館",\n２階',
        },
        amounts: { goods: 4360, shipping: 1000, billed: 5360 },
        payment: { method: 'cash_on_delivery', label: '代金引換' },
      },
    });
    expect(order.mallData.destinations[0]!.delivery).toEqual({ desiredDate: '2026-12-05', timeSlot: '午前中' });
  });

  test('two 出荷 (出荷ID) become two destinations; the 割引 row is not an item but the discount is kept', async () => {
    const order = await eccube.order('102');
    expect(
      order.mallData.destinations.map((d) => [
        d.recipient.name,
        d.recipient.prefecture,
        d.lines.map((l) => l.quantity),
      ]),
    ).toEqual([
      ['渡邊 一郎', '大阪府', [2]],
      ['齋藤 桃子', '愛知県', [1]],
    ]);
    expect(order).toMatchObject({
      amountProblems: [],
      mallData: { amounts: { goods: 3240, shipping: 2000, coupons: 100, billed: 5140 } },
    });
  });

  test('an order cancelled in EC-CUBE (注文取消し) arrives cancelled', async () =>
    expect(await eccube.order('103')).toMatchObject({ status: 'cancelled' }));

  test('importing the same file again changes nothing', async () => {
    expect(await eccube.run('eccube-2')).toMatchObject({ imported: 0, updated: 0, unchanged: 3, failed: 1 });
  });
});
