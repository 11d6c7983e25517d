import { fixtureImport } from '../../support/import-fixtures';
import { writeSideForThisFile } from '../../support/write-side';

const side = writeSideForThisFile();
const qoo10 = fixtureImport(side, 'qoo10', ['qoo10-delivery.csv'], 'shop-qoo10-1');

describe('Qoo10 配送要請 download (CP932)', () => {
  test('each 注文番号 is an order, also two of one カート番号; the bad row is reported with its row and column', async () => {
    const result = await qoo10.run('qoo10-1');
    expect(result).toMatchObject({ imported: 4, updated: 0, unchanged: 0, failed: 1, rows: 5 });
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'qoo10-delivery.csv',
        row: 6,
        column: '注文日',
        ja: expect.stringContaining('2026/13/45'),
      }),
    ]);
    expect((await qoo10.order('700000002')).mallData.destinations[0]!.lines.map((l) => l.name)).toEqual([
      '有田焼 湯呑み',
    ]);
  });

  test('the one-column address gets its prefecture split off; the request with comma, quotes and line break survives', async () => {
    const order = await qoo10.order('700000001');
    expect(order.mallData).toMatchObject({
      orderedAt: '2026-11-30T10:15:00+09:00',
      orderer: { name: '髙橋 花子', kana: 'ﾀｶﾊｼ ﾊﾅｺ' },
      buyerRemarks: '午前中は不在です、"置き配"希望\n２行目の備考',
      payment: { method: 'mall_payment', label: 'Qoo10' },
      amounts: { goods: 2160, billed: 2160 },
    });
    expect(order.mallData.destinations).toEqual([
      {
        recipient: expect.objectContaining({
          name: '髙橋 花子',
          postalCode: '150-0001',
          prefecture: '東京都',
          street: '渋谷区神宮前１－２－３ ㈱サンプル①号館',
        }),
        delivery: { desiredDate: '2026-12-05', timeSlot: null },
        lines: [
          { sku: 'TEA-001', name: '静岡茶①～特選～', options: '容量:100g', unitPrice: 1080, quantity: 2, taxRate: 10 },
        ],
      },
    ]);
  });

  test('a present (プレゼント贈り主) goes to its recipient; the discount lowers what is billed', async () => {
    const present = await qoo10.order('700000003');
    expect(present.mallData.gift.isGift).toBe(true);
    expect(present.mallData.destinations[0]!.recipient).toMatchObject({
      name: '渡邊 一郎',
      kana: 'ﾜﾀﾅﾍﾞ ｲﾁﾛｳ',
      prefecture: '大阪府',
      street: '大阪市北区梅田１丁目１－１',
    });
    expect((await qoo10.order('700000002')).mallData.amounts).toMatchObject({ coupons: 200, billed: 2000 });
  });

  test('a cancelled (取消) order arrives cancelled', async () =>
    expect(await qoo10.order('700000004')).toMatchObject({ status: 'cancelled' }));

  test('importing the same file again changes nothing', async () => {
    expect(await qoo10.run('qoo10-2')).toMatchObject({ imported: 0, updated: 0, unchanged: 4, failed: 1 });
  });
});
