import { fixtureImport } from '../../support/import-fixtures';
import { writeSideForThisFile } from '../../support/write-side';

const side = writeSideForThisFile();
const base = fixtureImport(side, 'base', ['base-orders.csv'], 'shop-base-1');

describe('BASE order CSV (UTF-8)', () => {
  test('good orders are imported and the bad row is reported with its row and column', async () => {
    const result = await base.run('base-1');
    expect(result).toMatchObject({ imported: 2, updated: 0, unchanged: 0, failed: 1, rows: 6 });
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'base-orders.csv', row: 7, column: '税率', ja: expect.stringContaining('5%') }),
    ]);
  });

  test('option rows (商品オプション「…」) fold into the item above: their text into its options, their price into its unit price', async () => {
    const order = await base.order('A1B2C3D4E5F6G7H1');
    expect(order.mallData.destinations[0]!.lines).toEqual([
      {
        sku: '1001-1',
        name: '静岡茶①～特選～',
        options: '100g、のし:御歳暮',
        unitPrice: 1080,
        quantity: 2,
        taxRate: 8,
      },
      { sku: '1002-1', name: '有田焼 湯呑み', options: '名入れ:ﾀｶﾊｼ', unitPrice: 2530, quantity: 1, taxRate: 10 },
    ]);
    expect(order).toMatchObject({
      amountProblems: [],
      mallData: {
        orderer: {
          name: '髙橋 花子',
          prefecture: '東京都',
          street: '渋谷区神宮前１－２－３',
          building: '㈱サンプル①号館',
        },
        buyerRemarks: '午前中は不在です、"置き配"希望\n２行目の備考',
        amounts: { goods: 4690, shipping: 660, billed: 5350 },
      },
    });
    expect(order.mallData.destinations[0]!.delivery).toEqual({ desiredDate: '2026-12-05', timeSlot: '14:00～16:00' });
  });

  test('a cancelled order (発送状況 キャンセル) arrives cancelled', async () =>
    expect(await base.order('A1B2C3D4E5F6G7H2')).toMatchObject({ status: 'cancelled' }));

  test('importing the same file again changes nothing', async () => {
    expect(await base.run('base-2')).toMatchObject({ imported: 0, updated: 0, unchanged: 2, failed: 1 });
  });
});
