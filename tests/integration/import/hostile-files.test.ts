/**
 * Broken and hostile files: a cell the event store cannot hold (NUL, an unpaired surrogate) or longer than its field's
 * limit refuses only its order, with the row and column; an empty, header-only or UTF-16 file says so.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { createProductEventRegistry } from '../../../application/events/product-events';
import type { ColumnMapping } from '../../../application/import/column-mapping';
import { RAKUTEN } from '../../../application/import/formats/rakuten';
import { type ImportRequest, importOrders } from '../../../application/import/import-orders';
import { loadOrder } from '../../../application/orders/load-order';
import { STANDARD_ROUTE } from '../../../domain/order/route';
import { importedOrderIdFor } from '../../../domain/shared/ids';
import { IMPORT_FIXTURES, IMPORT_TENANT } from '../../support/import-fixtures';
import { writeSideForThisFile } from '../../support/write-side';

const side = writeSideForThisFile();
const original = iconv.decode(readFileSync(path.join(IMPORT_FIXTURES, 'rakuten-rms.csv')), 'cp932');
const header = original.slice(0, original.indexOf('\n') + 1);
/** Order 1's orderer (row 2) with a NUL inside 髙橋. */
const withNul = original.replace('"髙橋","花子"', '"髙\0橋","花子"');

const importBytes = (importId: string, shopId: string, bytes: Buffer, mapping: ColumnMapping = RAKUTEN) => {
  const request: ImportRequest = {
    importId,
    tenantId: IMPORT_TENANT,
    shopId,
    mall: 'rakuten',
    actor: 'user-1',
    correlationId: importId,
    mapping,
    route: STANDARD_ROUTE,
    files: [{ name: 'orders.csv', open: () => Readable.from([bytes]) }],
  };
  return importOrders(side().commands, request);
};
const order = async (shopId: string, number: string) =>
  (await loadOrder(side().store, createProductEventRegistry(), importedOrderIdFor(IMPORT_TENANT, shopId, number)))
    .state;

describe('a cell the store cannot hold', () => {
  test('a NUL in one name of a CP932 file refuses that order with its row and column; the others come in, again too', async () => {
    for (const [importId, expected] of [
      ['nul-1', { imported: 2, unchanged: 0 }],
      ['nul-2', { imported: 0, unchanged: 2 }],
    ] as const) {
      const result = await importBytes(importId, 'shop-nul', iconv.encode(withNul, 'cp932'));
      expect(result).toMatchObject({ ...expected, updated: 0, failed: 2 });
      expect(result.problems).toContainEqual({
        file: 'orders.csv',
        row: 2,
        column: '注文者姓+注文者名',
        ja: '注文者姓+注文者名 にNUL文字 (U+0000) が含まれています',
        en: '注文者姓+注文者名 contains a NUL character (U+0000)',
      });
    }
    expect(await order('shop-nul', '387215-20261130-0000001')).toMatchObject({ exists: false });
    expect(await order('shop-nul', '387215-20261130-0000002')).toMatchObject({ exists: true });
  });

  test('a NUL byte does not make a UTF-8 file read as CP932', async () => {
    const result = await importBytes('nul-utf8', 'shop-nul-utf8', Buffer.from(withNul, 'utf8'));
    expect(result).toMatchObject({ imported: 2, failed: 2 });
    expect(await order('shop-nul-utf8', '387215-20261130-0000002')).toMatchObject({
      mallData: { gift: { noshi: '御歳暮' } },
    });
  });

  test('a surrogate encoded in a UTF-8 file (CESU-8) reads as U+FFFD, which is stored as it is', async () => {
    const at = original.indexOf('"髙橋","花子"');
    const [before, after] = [original.slice(0, at), original.slice(at + '"髙橋","花子"'.length)];
    const cesu = Buffer.from([0xed, 0xa0, 0x80]);
    const bytes = Buffer.concat([Buffer.from(`\uFEFF${before}"髙`), cesu, Buffer.from(`橋","花子"${after}`)]);
    const result = await importBytes('cesu', 'shop-cesu', bytes);
    expect(result).toMatchObject({ imported: 3, failed: 1 });
    expect(await order('shop-cesu', '387215-20261130-0000001')).toMatchObject({
      mallData: { orderer: { name: '髙\uFFFD\uFFFD\uFFFD橋 花子' } },
    });
  });

  test('an unpaired surrogate (from a saved mapping’s fixed value) refuses each order with the column, and nothing fails', async () => {
    const mapping: ColumnMapping = { ...RAKUTEN, fields: { ...RAKUTEN.fields, 'gift.noshi': { constant: 'x\uD800' } } };
    const result = await importBytes('surrogate', 'shop-surrogate', iconv.encode(original, 'cp932'), mapping);
    expect(result).toMatchObject({ imported: 0, failed: 4 });
    expect(result.problems).toContainEqual(
      expect.objectContaining({ row: 2, column: 'gift.noshi', en: 'gift.noshi contains an unpaired surrogate' }),
    );
  });
});

describe('field limits', () => {
  test('a remark of a million characters refuses its order with the row, the column and the limit', async () => {
    const long = original.replace('２行目の備考"', `${'長'.repeat(1_000_000)}"`);
    const result = await importBytes('long-remark', 'shop-long', iconv.encode(long, 'cp932'));
    expect(result).toMatchObject({ imported: 2, failed: 2 });
    expect(result.problems).toContainEqual({
      file: 'orders.csv',
      row: 2,
      column: 'コメント',
      ja: 'コメント は10000文字までです',
      en: 'コメント has at most 10000 characters',
    });
  });
});

describe('files nothing can be read from', () => {
  const utf16le = iconv.encode(original, 'utf16le');
  const cases: [name: string, bytes: Buffer, en: string][] = [
    ['an empty file', Buffer.alloc(0), 'the file is empty'],
    ['a BOM and blank lines', Buffer.from('\uFEFF\r\n\r\n'), 'the file is empty'],
    ['a header line only', iconv.encode(header, 'cp932'), 'the file has a header line and no order rows'],
    [
      'UTF-16 with a BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]),
      'UTF-16 files are not read; save the file as Shift_JIS (CP932) or UTF-8',
    ],
    ['UTF-16 without a BOM', utf16le, 'UTF-16 files are not read; save the file as Shift_JIS (CP932) or UTF-8'],
  ];
  test.each(cases)('%s says so, as a problem of the whole file', async (_name, bytes, en) => {
    const result = await importBytes(`unreadable-${_name}`, 'shop-unreadable', bytes);
    expect(result).toMatchObject({ imported: 0, rows: 0 });
    expect(result.problems).toEqual([expect.objectContaining({ file: 'orders.csv', row: 0, column: '', en })]);
  });
});
