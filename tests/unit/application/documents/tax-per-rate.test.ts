import { taxIncluded, taxPerRate } from '../../../../application/documents/tax-per-rate';
import type { MallOrderData } from '../../../../domain/order/order-data';
import { mallData } from '../../../support/order-fixtures';

function order(amounts: Partial<MallOrderData['amounts']>, lines = mallData.destinations[0]!.lines): MallOrderData {
  return {
    ...mallData,
    destinations: [{ ...mallData.destinations[0]!, lines }],
    amounts: { ...mallData.amounts, ...amounts },
  };
}

describe('tax per rate on a tax-included order', () => {
  it('totals the goods per rate and puts shipping, the COD fee and wrapping at 10 %', () => {
    const breakdown = taxPerRate('rakuten', order({ coupons: 0, shipping: 660, codFee: 330, wrapping: 110 }), 'down');
    expect(breakdown.rates).toEqual([
      { rate: 10, amount: 2200 + 660 + 330 + 110, tax: 300 },
      { rate: 8, amount: 2160, tax: 160 },
    ]);
  });

  it('lowers the taxable amounts by a shop coupon, split in proportion, so they add up to billed + points', () => {
    const data = order({ coupons: 200, pointsUsed: 100, billed: 4720 });
    const breakdown = taxPerRate('rakuten', data, 'down');
    // 8 %: 2,160 of 5,020 → floor(200 × 2160 / 5020) = 86 of the discount; 10 % takes the other 114.
    expect(breakdown.rates.map((rate) => rate.amount)).toEqual([2860 - 114, 2160 - 86]);
    expect(breakdown.discount).toBe(200);
    const sum = breakdown.rates.reduce((total, rate) => total + rate.amount, 0);
    expect(sum).toBe(data.amounts.billed + data.amounts.pointsUsed);
  });

  it('never lowers the taxable amounts by points used: they are a means of payment', () => {
    const without = taxPerRate('rakuten', order({ coupons: 0, pointsUsed: 0 }), 'down');
    const withPoints = taxPerRate('rakuten', order({ coupons: 0, pointsUsed: 1500 }), 'down');
    expect(withPoints.rates).toEqual(without.rates);
  });

  it('rounds once per rate over the whole order, not per line', () => {
    // Three lines of 8 % at 105: per line 7.77… rounds down to 7 each (21); once over 315 it is 23.
    const lines = [1, 2, 3].map((n) => ({
      sku: `S-${n}`,
      name: '煎茶',
      options: '',
      unitPrice: 105,
      quantity: 1,
      taxRate: 8 as const,
    }));
    const breakdown = taxPerRate('rakuten', order({ coupons: 0, shipping: 0 }, lines), 'down');
    expect(breakdown.rates).toEqual([{ rate: 8, amount: 315, tax: 23 }]);
  });

  it('rounds down, up or to the nearest yen as the issuer chose', () => {
    // 2,746 × 10 / 110 = 249.63…; 2,074 × 8 / 108 = 153.62…; 1,350 × 8 / 108 = 100 exactly.
    expect(taxIncluded(2746, 10, 'down')).toBe(249);
    expect(taxIncluded(2746, 10, 'up')).toBe(250);
    expect(taxIncluded(2746, 10, 'nearest')).toBe(250);
    expect(taxIncluded(2074, 8, 'nearest')).toBe(154);
    expect(taxIncluded(2070, 8, 'nearest')).toBe(153); // 153.33…
    expect(taxIncluded(1350, 8, 'up')).toBe(100);
    expect(taxIncluded(1350, 8, 'down')).toBe(100);
    // 11 × 10 / 110 = 1 exactly; 16 and 17 fall either side of half a yen.
    expect(taxIncluded(11, 10, 'nearest')).toBe(1);
    expect(taxIncluded(16, 10, 'nearest')).toBe(1); // 1.45…
    expect(taxIncluded(17, 10, 'nearest')).toBe(2); // 1.54…
  });

  it('leaves out a rate the order has nothing at', () => {
    const lines = [{ sku: 'CUP', name: '湯呑み', options: '', unitPrice: 2200, quantity: 1, taxRate: 10 as const }];
    expect(taxPerRate('yahoo', order({ coupons: 0 }, lines), 'down').rates.map((rate) => rate.rate)).toEqual([10]);
  });
});
