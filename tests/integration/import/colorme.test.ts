import { fixtureImport } from '../../support/import-fixtures';
import { writeSideForThisFile } from '../../support/write-side';

const side = writeSideForThisFile();
const colorme = fixtureImport(side, 'colorme', ['colorme-sales.csv'], 'shop-colorme-1');

describe('カラーミーショップ 受注データCSV (by header name, CP932)', () => {
  test('good sales are imported; the bad row is reported once, under the column name of its header', async () => {
    const result = await colorme.run('colorme-1');
    expect(result).toMatchObject({ imported: 3, updated: 0, unchanged: 0, failed: 1, rows: 6 });
    expect(result.problems).toEqual([
      {
        file: 'colorme-sales.csv',
        row: 6,
        column: '購入商品 販売個数',
        ja: '購入商品 販売個数 が空です',
        en: '購入商品 販売個数 is empty',
      },
    ]);
  });

  test("a sale of two items; the quoted address with comma, quotes and line break and the buyer's remarks survive", async () => {
    const sale = await colorme.order('123456781');
    expect(sale).toMatchObject({
      amountProblems: [],
      mallData: {
        orderedAt: '2026-11-30T10:15:00+09:00',
        orderer: {
          name: '髙橋 花子',
          prefecture: '東京都',
          street: '渋谷区神宮前１－２－３ "㈱サンプル①号館",\n２階',
          phone: '03-1234-5678',
          email: 'hanako@example.jp',
        },
        amounts: { goods: 4360, shipping: 660, total: 5020 },
        payment: { method: 'credit_card', label: 'クレジットカード決済' },
        gift: { isGift: false },
        buyerRemarks: '午前中は不在です、"置き配"希望\n２行目の備考',
      },
    });
    expect(sale.mallData.destinations[0]!.lines.map((l) => [l.sku, l.name, l.unitPrice, l.quantity])).toEqual([
      ['TEA-001', '静岡茶①～特選～', 1080, 2],
      ['CUP-01', '有田焼 湯呑み', 2200, 1],
    ]);
    expect(sale.mallData.destinations[0]!.recipient).toMatchObject({
      kana: 'タカハシ ハナコ',
      prefecture: '東京都',
      street: '渋谷区神宮前１－２－３ ㈱サンプル①号館 ｻﾝﾌﾟﾙﾊｲﾂ101',
    });
    expect(sale.mallData.destinations[0]!.delivery).toEqual({ desiredDate: '2026-12-05', timeSlot: '14:00-16:00' });
  });

  test('a gift sale to two destinations is told apart by 配送先ID and keeps its のし', async () => {
    const sale = await colorme.order('123456782');
    expect(
      sale.mallData.destinations.map((d) => [d.recipient.name, d.recipient.prefecture, d.recipient.street]),
    ).toEqual([
      ['渡邊 一郎', '大阪府', '大阪市北区梅田１丁目１－１'],
      ['齋藤 桃子', '愛知県', '名古屋市中区栄３－４－５'],
    ]);
    expect(sale.mallData.amounts).toMatchObject({ codFee: 330, total: 3810 });
    expect(sale.mallData.gift).toMatchObject({ isGift: true, noshi: '御歳暮' });
  });

  test('a sale cancelled in カラーミー (発送状態 キャンセル) arrives cancelled', async () =>
    expect(await colorme.order('123456784')).toMatchObject({ status: 'cancelled' }));

  test('importing the same file again changes nothing', async () => {
    expect(await colorme.run('colorme-2')).toMatchObject({ imported: 0, updated: 0, unchanged: 3, failed: 1 });
  });
});
