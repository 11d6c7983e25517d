import { documentsForOrder } from '../../../../application/documents/documents-for-order';
import { PickingListTally, pickingList } from '../../../../application/documents/kinds/picking-list';
import { mallData } from '../../../support/order-fixtures';
import { documentOrder, printRun, textsOf } from '../../../support/document-orders';

const line = (sku: string, options: string, quantity: number) => ({
  sku,
  name: `商品${sku}`,
  options,
  unitPrice: 1000,
  quantity,
  taxRate: 10 as const,
});

function svgOf(node: unknown): string | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  const record = node as Record<string, unknown>;
  if (typeof record['svg'] === 'string') return record['svg'];
  for (const value of Object.values(record)) {
    const found = svgOf(value);
    if (found !== undefined) return found;
  }
  return undefined;
}

describe('発送作業書', () => {
  const order = documentOrder({
    shopData: { ...documentOrder().shopData, individualMessage: 'お誕生日おめでとう' },
    mallData: {
      destinations: [mallData.destinations[0]!, { ...mallData.destinations[0]!, lines: [line('Z-9', '', 4)] }],
    },
  });
  const sheets = documentsForOrder('work-sheet', order, printRun()).documents;

  it('is one sheet per destination with its own lines and quantities', () => {
    expect(sheets).toHaveLength(2);
    expect(textsOf(sheets[1]!)).toContain('Z-9');
    expect(textsOf(sheets[1]!)).not.toContain('TEA-001');
    expect(textsOf(sheets[1]!)).toContain('2 / 2');
  });

  it('says how the parcel is wrapped and sent: gift, のし, wrapping, slip note, message, carrier and slip type', () => {
    const texts = textsOf(sheets[0]!);
    for (const expected of ['あり', '御歳暮', '包装紙', 'ワレモノ注意', 'お誕生日おめでとう', 'ヤマト運輸 発払い']) {
      expect(texts).toContain(expected);
    }
  });

  it('carries the order number as a Code 128 barcode, in vector form, and as text', () => {
    const json = JSON.stringify(sheets[0]);
    expect(json).toMatch(/"svg":"<svg viewBox=/);
    expect(json).not.toContain('"image"');
    expect(textsOf(sheets[0]!)).toContain('123456-20261130-0000001');
  });

  it('draws a different barcode for a different order number', () => {
    const other = documentsForOrder(
      'work-sheet',
      documentOrder({ orderNumber: '123456-20261130-0000002' }),
      printRun(),
    ).documents;
    expect(svgOf(other[0])).toMatch(/^<svg /);
    expect(svgOf(other[0])).not.toBe(svgOf(sheets[0]));
  });
});

describe('ピッキングリスト', () => {
  it('totals per SKU and options over all the orders, sorted by SKU, with the orders each is for', () => {
    const tally = new PickingListTally();
    const run = printRun({ printNames: { 'B-2': '煎茶 ティーバッグ' } });
    const order = (number: string, lines: ReturnType<typeof line>[]) =>
      documentOrder({ orderNumber: number, mallData: { destinations: [{ ...mallData.destinations[0]!, lines }] } });
    tally.add(order('n-1', [line('B-2', '', 2), line('A-1', '色:赤', 1)]), run);
    tally.add(order('n-2', [line('A-1', '色:赤', 3), line('A-1', '色:青', 1)]), run);
    tally.add(order('n-3', [line('B-2', '', 1), line('B-2', '', 1)]), run);

    expect(tally.sortedRows()).toEqual([
      { sku: 'A-1', options: '色:赤', name: '商品A-1', quantity: 4, orderNumbers: ['n-1', 'n-2'] },
      { sku: 'A-1', options: '色:青', name: '商品A-1', quantity: 1, orderNumbers: ['n-2'] },
      { sku: 'B-2', options: '', name: '煎茶 ティーバッグ', quantity: 4, orderNumbers: ['n-1', 'n-3'] },
    ]);
    const texts = textsOf(pickingList(tally, run));
    expect(texts).toContain('2026年12月6日　注文 3件　3品目　9点');
    expect(texts).toContain('n-1\nn-3');
  });
});
