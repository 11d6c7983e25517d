import { checkAmounts } from '../../../../domain/order/amounts';
import { addLine, editContents } from '../../../../domain/order/edit-contents';
import type { OrderLine } from '../../../../domain/order/order-data';
import { mallData, recipient } from '../../../support/order-fixtures';

const leaflet: OrderLine = { sku: 'LEAF-01', name: 'チラシ①', options: '', unitPrice: 0, quantity: 1, taxRate: 10 };
const [tea, cup] = mallData.destinations[0]!.lines;

describe('editContents', () => {
  test('changing a quantity and the shipping works out goods, total, billed and tax per rate again', () => {
    const after = editContents(mallData, {
      destinations: [{ ...mallData.destinations[0]!, lines: [{ ...tea!, quantity: 3 }, cup!] }],
      amounts: { shipping: 880, codFee: 330, wrapping: 110, pointsUsed: 100, coupons: 200 },
    });
    // 3×1,080 + 2,200 = 5,440; + 880 + 330 + 110 = 6,760; − 300 = 6,460.
    // 8 %: 3,240 → floor(3,240×8/108) = 240; 10 %: 2,200 + 1,320 = 3,520 → floor(3,520×10/110) = 320.
    expect(after.amounts).toEqual({
      goods: 5440,
      shipping: 880,
      codFee: 330,
      wrapping: 110,
      pointsUsed: 100,
      coupons: 200,
      total: 6760,
      billed: 6460,
      taxByRate: [
        { rate: 8, taxable: 3240, tax: 240 },
        { rate: 10, taxable: 3520, tax: 320 },
      ],
    });
    expect(checkAmounts(after)).toEqual([]);
  });

  test('a second destination is a longer list; its lines count in the totals', () => {
    const second = {
      recipient: { ...recipient, name: '﨑山 花子' },
      lines: [cup!],
      delivery: { desiredDate: null, timeSlot: null },
    };
    const after = editContents(mallData, { destinations: [...mallData.destinations, second] });
    expect(after.destinations).toHaveLength(2);
    expect(after.amounts.goods).toBe(4360 + 2200);
    expect(after.amounts.billed).toBe(4720 + 2200);
  });

  test('an edit that changes nothing leaves the data as it was, the mall’s stated tax included', () => {
    const statedOtherwise = {
      ...mallData,
      amounts: { ...mallData.amounts, taxByRate: [{ rate: 10 as const, taxable: 1, tax: 1 }] },
    };
    expect(editContents(statedOtherwise, { destinations: mallData.destinations })).toBe(statedOtherwise);
  });

  test('keys a client added to a line or recipient are not kept', () => {
    const withExtra = { ...tea!, note: 'x' } as OrderLine;
    const after = editContents(mallData, { destinations: [{ ...mallData.destinations[0]!, lines: [withExtra] }] });
    expect(Object.keys(after.destinations[0]!.lines[0]!)).not.toContain('note');
  });
});

describe('addLine', () => {
  test('adds the line to the destination and the amounts follow', () => {
    const after = addLine(mallData, 0, { ...leaflet, unitPrice: 110 });
    expect(after.destinations[0]!.lines.map((l) => l.sku)).toEqual(['TEA-001', 'CUP-01', 'LEAF-01']);
    expect(after.amounts.goods).toBe(4360 + 110);
    expect(checkAmounts(after)).toEqual([]);
  });

  test('the same item again adds to its quantity', () => {
    const after = addLine(addLine(mallData, 0, leaflet), 0, { ...leaflet, quantity: 2 });
    expect(after.destinations[0]!.lines.filter((l) => l.sku === 'LEAF-01')).toEqual([{ ...leaflet, quantity: 3 }]);
  });

  test('a destination the order does not have leaves the data as it is', () => {
    expect(addLine(mallData, 1, leaflet)).toBe(mallData);
  });
});
