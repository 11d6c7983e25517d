import { createReadStream, readdirSync } from 'node:fs';
import path from 'node:path';
import { BUILT_IN_FORMATS, detectFormat } from '../../../../application/import/formats';
import { readRecords } from '../../../../application/import/source-records';
import { IMPORT_FIXTURES } from '../../../support/import-fixtures';

/** Each fixture, the format it is detected as, and the encoding it is in (CP932 as the malls write; BASE writes UTF-8). */
const EXPECTED: Record<string, [format: string, encoding: string]> = {
  'rakuten-rms.csv': ['rakuten', 'cp932'],
  'yahoo-orders.csv': ['yahoo', 'cp932'],
  'yahoo-items.csv': ['yahoo', 'cp932'],
  'amazon-orders.txt': ['amazon', 'cp932'],
  'amazon-orders-priced.txt': ['amazon', 'cp932'],
  'amazon-unshipped.txt': ['amazon-unshipped', 'cp932'],
  'qoo10-delivery.csv': ['qoo10', 'cp932'],
  'makeshop-orders.csv': ['makeshop', 'cp932'],
  'colorme-sales.csv': ['colorme', 'cp932'],
  'futureshop-orders.csv': ['futureshop', 'cp932'],
  'base-orders.csv': ['base', 'utf8'],
  'eccube-orders.csv': ['eccube', 'cp932'],
};

const headerOf = async (file: string): Promise<{ header: readonly string[]; encoding: string }> => {
  const input = createReadStream(path.join(IMPORT_FIXTURES, file));
  const delimiter = file.endsWith('.txt') ? '\t' : ',';
  try {
    for await (const record of readRecords(input, { delimiter, quoted: delimiter === ',' }))
      return { header: record.fields, encoding: record.encoding };
    throw new Error(`${file} is empty`);
  } finally {
    input.destroy();
  }
};

describe('auto-detection of the format from a file header', () => {
  test('every built-in mall format has a fixture file', () => {
    expect(readdirSync(IMPORT_FIXTURES)).toEqual(expect.arrayContaining(Object.keys(EXPECTED)));
    const malls = BUILT_IN_FORMATS.filter((f) => f.mall !== null).map((f) => f.name);
    expect([...new Set(Object.values(EXPECTED).map(([format]) => format))].sort()).toEqual(malls.sort());
  });

  test.each(Object.entries(EXPECTED).map(([file, [format, encoding]]) => [file, format, encoding]))(
    '%s is read as %s (%s)',
    async (file, format, encoding) => {
      const read = await headerOf(file);
      expect(read.encoding).toBe(encoding);
      expect(detectFormat(read.header)?.name).toBe(format);
    },
  );

  test('the standard format is told from its template header', () => {
    expect(detectFormat(['注文番号', '注文日時', '注文者氏名', '商品名', '単価', '数量'])?.name).toBe('standard');
  });

  test("Amazon's unshipped report is the one with quantity-to-ship and without item-price", () => {
    const base = ['order-id', 'order-item-id', 'purchase-date', 'product-name', 'quantity-purchased'];
    expect(detectFormat([...base, 'quantity-to-ship', 'cod-collectible-amount'])?.name).toBe('amazon-unshipped');
    expect(detectFormat([...base, 'quantity-to-ship', 'item-price'])?.name).toBe('amazon');
    expect(detectFormat([...base, 'item-price'])?.name).toBe('amazon');
  });

  test('a header of no known layout picks none', () => {
    expect(detectFormat(['伝票番号', 'お客様名', '品名', '金額', 'OrderNo', 'order_id'])).toBeUndefined();
    expect(detectFormat([])).toBeUndefined();
  });
});
