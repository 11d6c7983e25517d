import { labelRowsFor, type LabelSettings } from '../../../../application/labels/label-row';
import type { Destination, MallOrderData, ShopOrderData } from '../../../../domain/order/order-data';
import { recipient, sender } from './label-fixture';

const destination = (name: string, sku: string, timeSlot: string | null): Destination => ({
  recipient: { ...recipient, name },
  lines: [{ sku, name: `${sku} の名前`, options: '', unitPrice: 1000, quantity: 1, taxRate: 8 }],
  delivery: { desiredDate: '2026-12-10', timeSlot },
});

const mall = {
  destinations: [destination('一人目', 'A-1', '午前中'), destination('二人目', 'B-2', null)],
  amounts: { billed: 5400 },
} as unknown as MallOrderData;

const shop: ShopOrderData = {
  shopMemo: '',
  slipNote: '下積み厳禁',
  individualMessage: '',
  tags: [],
  shipping: { carrier: 'yamato', slipType: 'コレクト' },
  plannedShipDate: '2026-12-08',
};

const settings: LabelSettings = {
  sender,
  defaultShipping: { carrier: 'sagawa', slipType: '発払い' },
  today: '2026-12-06',
  accountCodes: { customerCode: '0312345678', freightCode: '01' },
  keyFor: (index) => `K1-${index + 1}`,
  printName: (sku) => `印字 ${sku}`,
};

describe('labelRowsFor', () => {
  test('one row per destination, each with its own key, recipient, wish and first line print name', () => {
    const rows = labelRowsFor({ orderNumber: 'R-1', mall, shop }, settings);
    expect(rows.map((r) => [r.key, r.recipient.name, r.delivery.timeSlot, r.itemName])).toEqual([
      ['K1-1', '一人目', '午前中', '印字 A-1'],
      ['K1-2', '二人目', null, '印字 B-2'],
    ]);
    expect(rows[0]).toMatchObject({
      carrier: 'yamato',
      slipType: 'コレクト',
      shipDate: '2026-12-08',
      slipNote: '下積み厳禁',
    });
  });

  test('the amount to collect goes on the first destination only; without planned shipping the shop default is used', () => {
    const rows = labelRowsFor({ orderNumber: 'R-1', mall, shop }, settings);
    expect(rows.map((r) => r.codAmount)).toEqual([5400, null]);
    const plain = labelRowsFor(
      { orderNumber: 'R-1', mall, shop: { ...shop, shipping: null, plannedShipDate: null } },
      { ...settings, fixedItemName: '雑貨', parcels: 2 },
    );
    expect(plain.map((r) => [r.carrier, r.slipType, r.codAmount, r.shipDate, r.itemName, r.parcels])).toEqual([
      ['sagawa', '発払い', null, '2026-12-06', '雑貨', 2],
      ['sagawa', '発払い', null, '2026-12-06', '雑貨', 2],
    ]);
  });

  test('a COD order’s other destinations go as the shop’s plain slip type, collecting nothing', () => {
    const rows = labelRowsFor({ orderNumber: 'R-1', mall, shop }, { ...settings, plainSlipType: '発払い' });
    expect(rows.map((r) => [r.slipType, r.codAmount])).toEqual([
      ['コレクト', 5400],
      ['発払い', null],
    ]);
  });
});
