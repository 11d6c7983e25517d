import { fixtureImport } from '../../support/import-fixtures';
import { writeSideForThisFile } from '../../support/write-side';

const side = writeSideForThisFile();

const rakuten = fixtureImport(side, 'rakuten', ['rakuten-rms.csv'], 'shop-rakuten-1');
const order = (number: string) => rakuten.order(number);

describe('楽天 RMS order CSV (CP932)', () => {
  test('good orders are imported and a bad row is reported with its row and column, the rest going on', async () => {
    const result = await rakuten.run('import-1');
    expect(result).toMatchObject({ imported: 3, updated: 0, unchanged: 0, failed: 1, rows: 6 });
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'rakuten-rms.csv',
        row: 6,
        column: '個数',
        ja: expect.stringContaining('いっこ'),
      }),
    ]);
  });

  test('CP932 characters, the quoted remark with a comma, quotes and a line break survive', async () => {
    const first = await order('387215-20261130-0000001');
    expect(first).toMatchObject({
      exists: true,
      status: 'new',
      mallData: {
        orderedAt: '2026-11-30T10:15:00+09:00',
        orderer: {
          name: '髙橋 花子',
          kana: 'ﾀｶﾊｼ ﾊﾅｺ',
          postalCode: '150-0001',
          street: '神宮前１－２－３ ㈱サンプル①号館',
          phone: '090-1234-5678',
        },
        buyerRemarks: '午前中は不在です、"置き配"希望\n２行目の備考',
        amounts: { goods: 4360, shipping: 660, total: 5020, billed: 4720, pointsUsed: 100, coupons: 200 },
        payment: { method: 'credit_card', label: 'クレジットカード' },
      },
      amountProblems: [],
    });
    expect(first.mallData.destinations).toHaveLength(1);
    expect(first.mallData.destinations[0]!.lines.map((l) => [l.name, l.quantity])).toEqual([
      ['静岡茶①～特選～', 2],
      ['有田焼 湯呑み', 1],
    ]);
    expect(first.mallData.destinations[0]!.delivery).toEqual({ desiredDate: '2026-12-05', timeSlot: '14:00～16:00' });
  });

  test('a gift to two destinations keeps each destination with its lines, のし and wrapping', async () => {
    const gift = await order('387215-20261130-0000002');
    expect(gift.mallData.gift).toEqual({ isGift: true, noshi: '御歳暮', wrapping: '包装紙（和柄）' });
    expect(gift.mallData.payment.method).toBe('cash_on_delivery');
    expect(
      gift.mallData.destinations.map((d) => [d.recipient.name, d.recipient.prefecture, d.delivery.desiredDate]),
    ).toEqual([
      ['渡邊 一郎', '大阪府', null],
      ['齋藤 桃子', '愛知県', '2026-12-20'],
    ]);
    expect(gift.mallData.amounts).toMatchObject({ wrapping: 330, codFee: 330, total: 8460 });
  });

  test('an order cancelled at the mall arrives cancelled', async () =>
    expect(await order('387215-20261130-0000004')).toMatchObject({ status: 'cancelled' }));

  test('importing the same file again creates nothing new', async () => {
    const again = await rakuten.run('import-2');
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 3, failed: 1 });
  });

  test('two overlapping imports at the same moment record each order once', async () => {
    const [a, b] = await Promise.all([
      rakuten.run('import-3', 'shop-rakuten-2'),
      rakuten.run('import-4', 'shop-rakuten-2'),
    ]);
    expect(a.imported + b.imported).toBe(3);
    expect(a.unchanged + b.unchanged).toBe(3);
  });
});
