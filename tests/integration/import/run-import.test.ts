import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import * as E from 'fp-ts/Either';
import { createProductEventRegistry } from '../../../application/events/product-events';
import { STANDARD } from '../../../application/import/formats/standard';
import { ImportsInProgress } from '../../../application/import/imports-in-progress';
import { runImport, type RunImportRequest, startImport } from '../../../application/import/run-import';
import { readStreamOrEmpty } from '../../../application/ports/event-store';
import { importedOrderIdFor, streamName } from '../../../domain/shared/ids';
import { eventually } from '../../support/eventually';
import { gatedRakutenFile } from '../../support/gated-file';
import { openWriteSide, type WriteSide } from '../../support/write-side';

const FIXTURES = path.join(__dirname, '../../fixtures/import');
const tenantId = '00000000-0000-4000-8000-000000000001';

let side: WriteSide;
beforeAll(async () => {
  side = await openWriteSide();
});
afterAll(() => side.close());

const file = async (name: string) => ({
  name,
  size: (await stat(path.join(FIXTURES, name))).size,
  open: () => createReadStream(path.join(FIXTURES, name)),
});
const deps = () => ({
  commands: side.commands,
  store: side.store,
  registry: createProductEventRegistry(),
  // A saved mapping for 楽天 files under another name: auto-detection prefers the built-in format.
  savedMappings: async () => [{ name: '自社CSV', mapping: STANDARD }],
});
const request = (
  importId: string,
  shop: RunImportRequest['shop'],
  format: string,
  files: RunImportRequest['files'],
): RunImportRequest => ({
  importId,
  tenantId,
  shop,
  actor: 'user-1',
  correlationId: importId,
  format,
  files,
});
const importId = (n: number) => `00000000-0000-4000-8000-00000000010${n}`;

describe('runImport', () => {
  test('records ImportStarted and ImportCompleted with the counts, problems and the detected format', async () => {
    const result = await runImport(
      deps(),
      request(importId(1), { id: 'shop-r', mall: 'rakuten' }, 'auto', [await file('rakuten-rms.csv')]),
    );
    expect(result).toMatchObject({ right: { format: 'rakuten', imported: 3, failed: 1, unreadableFiles: [] } });
    const events = await readStreamOrEmpty(side.store, streamName.import(importId(1)));
    expect(events.map((e) => e.type)).toEqual(['ImportStarted', 'ImportCompleted']);
    expect(events[0]!.data).toMatchObject({
      format: 'rakuten',
      shopId: 'shop-r',
      files: [{ name: 'rakuten-rms.csv' }],
    });
    expect(events[1]!.data).toMatchObject({ counts: { imported: 3, failed: 1, rows: 6 }, problemCount: 1 });
    expect(events[0]!.metadata.actor).toBe('user-1');
  });

  test("Amazon's tab-separated report is detected as such", async () => {
    const result = await runImport(
      deps(),
      request(importId(2), { id: 'shop-a', mall: 'amazon' }, 'auto', [await file('amazon-orders.txt')]),
    );
    expect(E.isRight(result) && result.right.format).toBe('amazon');
  });

  test("Yahoo's Orders and Items files go in as one, whatever their order", async () => {
    const result = await runImport(
      deps(),
      request(importId(3), { id: 'shop-y', mall: 'yahoo' }, 'yahoo', [
        await file('yahoo-items.csv'),
        await file('yahoo-orders.csv'),
      ]),
    );
    expect(result).toMatchObject({ right: { imported: 3, unreadableFiles: [] } });
  });

  test('a file the format does not fit is unreadable; the next file is still imported', async () => {
    const result = await runImport(
      deps(),
      request(importId(4), { id: 'shop-r2', mall: 'rakuten' }, 'rakuten', [
        await file('base-orders.csv'),
        await file('rakuten-rms.csv'),
      ]),
    );
    expect(result).toMatchObject({ right: { imported: 3, failed: 1, unreadableFiles: ['base-orders.csv'] } });
    if (E.isRight(result))
      expect(result.right.problems[0]).toMatchObject({ file: 'base-orders.csv', row: 1, column: '' });
  });

  test('a format of another mall, an unknown one or no file at all is refused and nothing is recorded', async () => {
    const rakuten = await file('rakuten-rms.csv');
    expect(
      await runImport(deps(), request(importId(5), { id: 'shop-y', mall: 'yahoo' }, 'rakuten', [rakuten])),
    ).toMatchObject({ left: { code: 'import.format_of_other_mall' } });
    expect(
      await runImport(deps(), request(importId(5), { id: 'shop-y', mall: 'yahoo' }, 'custom:ない', [rakuten])),
    ).toMatchObject({ left: { code: 'import.unknown_format' } });
    expect(await runImport(deps(), request(importId(5), { id: 'shop-y', mall: 'yahoo' }, 'auto', []))).toMatchObject({
      left: { code: 'import.no_files' },
    });
    expect(await readStreamOrEmpty(side.store, streamName.import(importId(5)))).toEqual([]);
  });

  test('a saved mapping is used by its name', async () => {
    const result = await runImport(
      deps(),
      request(importId(6), { id: 'shop-o', mall: 'other' }, 'custom:自社CSV', [await file('rakuten-rms.csv')]),
    );
    // The 楽天 file lacks the standard format's columns: the mapping was used, and said so.
    expect(result).toMatchObject({ right: { format: 'custom:自社CSV', unreadableFiles: ['rakuten-rms.csv'] } });
  });

  test('a file that breaks the reader is reported with the reason and the import still completes', async () => {
    const broken =
      '\uFEFF注文番号,注文日時,注文者氏名,商品名,単価,数量\r\nS-1,2026/11/30 10:15,髙橋 花子,"静岡茶①～,1080,1\r\n';
    const result = await runImport(
      deps(),
      request(importId(7), { id: 'shop-o', mall: 'other' }, 'standard', [
        { name: '壊れた①.csv', size: broken.length, open: () => Readable.from([Buffer.from(broken)]) },
      ]),
    );
    expect(result).toMatchObject({
      right: {
        unreadableFiles: ['壊れた①.csv'],
        problems: [{ file: '壊れた①.csv', row: 2, ja: expect.stringContaining('最後まで読めませんでした') }],
      },
    });
    expect((await readStreamOrEmpty(side.store, streamName.import(importId(7)))).map((e) => e.type)).toEqual([
      'ImportStarted',
      'ImportCompleted',
    ]);
  });

  test('an import id already used is refused, and nothing is imported again', async () => {
    const rakuten = await file('rakuten-rms.csv');
    expect(
      await runImport(deps(), request(importId(8), { id: 'shop-r3', mall: 'rakuten' }, 'rakuten', [rakuten])),
    ).toMatchObject({ right: { imported: 3 } });
    expect(
      await runImport(deps(), request(importId(8), { id: 'shop-r4', mall: 'rakuten' }, 'rakuten', [rakuten])),
    ).toMatchObject({ left: { code: 'import.already_started' } });
    expect((await readStreamOrEmpty(side.store, streamName.import(importId(8)))).map((e) => e.type)).toEqual([
      'ImportStarted',
      'ImportCompleted',
    ]);
    expect(
      await readStreamOrEmpty(
        side.store,
        streamName.order(importedOrderIdFor(tenantId, 'shop-r4', '387215-20261130-0000001')),
      ),
    ).toEqual([]);
  });

  test('while an import runs its counts so far are there for its own tenant only, and gone when it ends', async () => {
    const gated = await gatedRakutenFile(1200);
    const inProgress = new ImportsInProgress();
    const running = runImport(
      { ...deps(), inProgress },
      request(importId(9), { id: 'shop-big', mall: 'rakuten' }, 'rakuten', [gated.file]),
    );
    try {
      const counts = await eventually(
        async () => inProgress.countsOf(tenantId, importId(9)),
        (c) => (c?.imported ?? 0) >= 500,
        'no counts while the import ran',
      );
      expect(counts!.imported).toBeLessThan(1200);
      expect(inProgress.countsOf('00000000-0000-4000-8000-000000000002', importId(9))).toBeUndefined();
    } finally {
      gated.release();
    }
    expect(await running).toMatchObject({ right: { imported: 1200 } });
    expect(inProgress.countsOf(tenantId, importId(9))).toBeUndefined();
    await gated.remove();
  });

  test('startImport answers once ImportStarted is recorded, while the files are still being imported', async () => {
    const gated = await gatedRakutenFile(600);
    const id = '00000000-0000-4000-8000-000000000110';
    const started = await startImport(
      deps(),
      request(id, { id: 'shop-started', mall: 'rakuten' }, 'rakuten', [gated.file]),
    );
    try {
      expect(started).toMatchObject({ right: { position: expect.anything() } });
      expect((await readStreamOrEmpty(side.store, streamName.import(id))).map((e) => e.type)).toEqual([
        'ImportStarted',
      ]);
    } finally {
      gated.release();
    }
    expect(E.isRight(started) && (await started.right.finished)).toMatchObject({ imported: 600 });
    expect((await readStreamOrEmpty(side.store, streamName.import(id))).map((e) => e.type)).toEqual([
      'ImportStarted',
      'ImportCompleted',
    ]);
    await gated.remove();
  });
});
