import { fixtureImport } from '../../support/import-fixtures';
import { writeSideForThisFile } from '../../support/write-side';

const side = writeSideForThisFile();
const futureshop = fixtureImport(side, 'futureshop', ['futureshop-orders.csv'], 'shop-futureshop-1');

describe('futureshop 受注データ (CP932)', () => {
  test('good orders are imported; the bad row is reported once with its row and column', async () => {
    const result = await futureshop.run('futureshop-1');
    expect(result).toMatchObject({ imported: 2, updated: 0, unchanged: 0, failed: 1, rows: 5 });
    expect(result.problems).toEqual([
      { file: 'futureshop-orders.csv', row: 6, column: '注文日時', ja: '注文日時 が空です', en: '注文日時 is empty' },
    ]);
  });

  test('an order of two items: 商品番号-枝番号, option price added to the unit price, remarks and amounts', async () => {
    const order = await futureshop.order('FS202611300001');
    expect(order).toMatchObject({
      amountProblems: [],
      mallData: {
        orderer: {
          name: '髙橋 花子',
          kana: 'ﾀｶﾊｼ ﾊﾅｺ',
          prefecture: '東京都',
          city: '渋谷区',
          street: '神宮前１－２－３',
          building: '㈱サンプル①号館',
        },
        buyerRemarks: '午前中は不在です、"置き配"希望\n２行目の備考',
        amounts: { goods: 4360, shipping: 660, pointsUsed: 100, coupons: 200, billed: 4720 },
      },
    });
    expect(order.mallData.destinations[0]!.lines.map((l) => [l.sku, l.options, l.unitPrice, l.quantity])).toEqual([
      ['TEA-001', '100g', 1080, 2],
      ['CUP-01', '名入れ:髙橋', 2200, 1],
    ]);
  });

  test('two お届け先 become two destinations; クール便手数料 counts as shipping, 包装手数料 as wrapping', async () => {
    const order = await futureshop.order('FS202611300002');
    expect(
      order.mallData.destinations.map((d) => [
        d.recipient.name,
        d.recipient.kana,
        d.recipient.prefecture,
        d.lines[0]!.quantity,
      ]),
    ).toEqual([
      ['渡邊 一郎', 'ワタナベ イチロウ', '大阪府', 2],
      ['齋藤 桃子', 'サイトウ モモコ', '愛知県', 1],
    ]);
    expect(order.mallData.amounts).toMatchObject({ shipping: 930, wrapping: 330, billed: 4500 });
    expect(order.mallData.payment.method).toBe('cash_on_delivery');
  });

  test('importing the same file again changes nothing', async () => {
    expect(await futureshop.run('futureshop-2')).toMatchObject({ imported: 0, updated: 0, unchanged: 2, failed: 1 });
  });
});
