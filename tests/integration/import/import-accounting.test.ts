import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { sql } from 'slonik';
import { failAbandonedImports } from '../../../application/import/abandoned-imports';
import { builtInFormat } from '../../../application/import/formats';
import { importOrders } from '../../../application/import/import-orders';
import { runImport } from '../../../application/import/run-import';
import { createProductEventRegistry } from '../../../application/events/product-events';
import { readStreamOrEmpty } from '../../../application/ports/event-store';
import { importDecider } from '../../../domain/import/import';
import { STANDARD_ROUTE } from '../../../domain/order/route';
import { streamName } from '../../../domain/shared/ids';
import { AdvisoryImportLocks } from '../../../infrastructure/import/advisory-import-locks';
import { findImport, runningImports } from '../../../projections/imports/import-queries';
import { importsProjection } from '../../../projections/imports/imports-projection';
import { ProjectionRunner } from '../../../projections/runner';
import { writeRakutenFile } from '../../bench/rakuten-file';
import { context, writeSideForThisFile } from '../../support/write-side';

/** The import history tells what the store holds: after a file that breaks halfway, and after a crash. */

const side = writeSideForThisFile();
const tenantId = '00000000-0000-4000-8000-000000000001';
const rakuten = builtInFormat('rakuten')!;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'oms-accounting-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Orders the store holds that this import created. */
const ordersCreatedBy = (importId: string) =>
  side().db.oneFirst(
    sql.type(z.object({ count: z.number() }))`
      SELECT count(*)::int AS count FROM events
      WHERE type = 'OrderImported' AND metadata->>'commandId' LIKE ${`import:${importId}:%`}`,
  );

/** A 楽天 file of `orders` orders with a quote that breaks the CSV reader inserted before row `brokenRow`. */
async function brokenRakutenFile(orders: number, brokenRow: number) {
  const name = path.join(dir, `broken-${randomUUID()}.csv`);
  await writeRakutenFile(name, orders);
  const lines = (await readFile(name)).toString('latin1').split('\r\n');
  lines.splice(brokenRow - 1, 0, '"quoted"then more","x"');
  await writeFile(name, Buffer.from(lines.join('\r\n'), 'latin1'));
  return { name: '楽天-broken.csv', size: (await stat(name)).size, open: () => createReadStream(name) };
}

const deps = () => ({
  commands: side().commands,
  store: side().store,
  registry: createProductEventRegistry(),
  savedMappings: async () => [],
});

test('a file that breaks the reader halfway is recorded with every order it created, and says the row where it stopped', async () => {
  const importId = randomUUID();
  const file = await brokenRakutenFile(2600, 2000);
  const result = await runImport(deps(), {
    importId,
    tenantId,
    shop: { id: 'shop-broken', mall: 'rakuten' },
    actor: 'user-1',
    correlationId: importId,
    format: 'rakuten',
    files: [file],
  });
  if (result._tag === 'Left') throw new Error(result.left.en);
  const created = await ordersCreatedBy(importId);
  expect(created).toBeGreaterThan(0);
  const [, completed] = await readStreamOrEmpty(side().store, streamName.import(importId));
  expect(completed).toMatchObject({ type: 'ImportCompleted', data: { counts: { imported: created } } });
  expect(result.right).toMatchObject({ imported: created, unreadableFiles: ['楽天-broken.csv'] });
  // Every row before the one named was read and counted; from it on nothing came in.
  const [stopped] = result.right.problems;
  expect(stopped).toMatchObject({ file: '楽天-broken.csv', row: result.right.rows + 2 });
  expect(stopped!.row).toBeLessThanOrEqual(2000);
  expect(stopped!.ja).toContain(`${stopped!.row}行目から`);
});

test('an import cut off by a crash is recorded as failed with the orders the store holds from it', async () => {
  const importId = randomUUID();
  const shopId = 'shop-crashed';
  // What a process that died midway leaves: ImportStarted, orders appended under the import's id, no lock, no end.
  await side().commands.handle(
    importDecider,
    streamName.import(importId),
    {
      type: 'StartImport',
      importId,
      tenantId,
      shopId,
      format: 'rakuten',
      files: [{ name: '楽天①.csv', size: 1 }],
    },
    context({ tenantId }),
    { commandName: 'StartImport' },
  );
  const name = path.join(dir, `crashed-${importId}.csv`);
  await writeRakutenFile(name, 700);
  await importOrders(side().commands, {
    importId,
    tenantId,
    shopId,
    mall: 'rakuten',
    actor: 'user-1',
    correlationId: importId,
    mapping: rakuten.mapping,
    route: STANDARD_ROUTE,
    files: [{ name: '楽天①.csv', open: () => createReadStream(name) }],
  });

  const history = new ProjectionRunner(importsProjection, side().runnerDependencies);
  await history.catchUp();
  expect(
    await failAbandonedImports({
      commands: side().commands,
      store: side().store,
      locks: new AdvisoryImportLocks(side().database.pool),
      running: () => runningImports(side().db),
    }),
  ).toBe(1);
  const [, failed] = await readStreamOrEmpty(side().store, streamName.import(importId));
  expect(failed).toMatchObject({
    type: 'ImportFailed',
    data: { counts: { imported: 700, updated: 0 } },
  });
  await history.catchUp();
  expect(await findImport(side().db, tenantId, importId)).toMatchObject({
    status: 'failed',
    imported: 700,
    updated: 0,
  });
});
