import { amountsFromLines, checkAmounts } from '../../../domain/order/amounts';
import { mallData } from '../../support/order-fixtures';

describe('amounts worked out from lines (tax included)', () => {
  const charges = { shipping: 660, codFee: 330, wrapping: 0, pointsUsed: 100, coupons: 200 };
  const amounts = amountsFromLines(mallData.destinations, charges);

  test('goods, total and billed add up the way checkAmounts checks them', () => {
    expect(amounts).toMatchObject({ goods: 4360, total: 5350, billed: 5050 });
    expect(checkAmounts({ ...mallData, amounts })).toEqual([]);
  });

  test('tax is per rate, rounded down once per rate; shipping and the COD fee count at 10 %', () =>
    expect(amounts.taxByRate).toEqual([
      { rate: 8, taxable: 2160, tax: 160 },
      { rate: 10, taxable: 2200 + 660 + 330, tax: 290 },
    ]));

  test('a rate with nothing in it is left out', () =>
    expect(
      amountsFromLines([{ ...mallData.destinations[0]!, lines: [mallData.destinations[0]!.lines[1]!] }], {
        ...charges,
        shipping: 0,
        codFee: 0,
      }).taxByRate,
    ).toEqual([{ rate: 10, taxable: 2200, tax: 200 }]));
});
