import { randomUUID } from 'node:crypto';
import { failAbandonedImports } from '../../../application/import/abandoned-imports';
import { runImport } from '../../../application/import/run-import';
import { createProductEventRegistry } from '../../../application/events/product-events';
import { readStreamOrEmpty } from '../../../application/ports/event-store';
import { importDecider } from '../../../domain/import/import';
import { streamName } from '../../../domain/shared/ids';
import { AdvisoryImportLocks } from '../../../infrastructure/import/advisory-import-locks';
import { runningImports } from '../../../projections/imports/import-queries';
import { importsProjection } from '../../../projections/imports/imports-projection';
import { ProjectionRunner } from '../../../projections/runner';
import { eventually } from '../../support/eventually';
import { gatedRakutenFile } from '../../support/gated-file';
import { context, writeSideForThisFile } from '../../support/write-side';

const side = writeSideForThisFile();
const tenantId = '00000000-0000-4000-8000-000000000001';
const locks = () => new AdvisoryImportLocks(side().database.pool);
const history = () => new ProjectionRunner(importsProjection, side().runnerDependencies);
/** What the server does every few minutes, once the history has caught up. */
const sweep = async () => {
  await history().catchUp();
  return failAbandonedImports({
    commands: side().commands,
    store: side().store,
    locks: locks(),
    running: () => runningImports(side().db),
  });
};
const importTypes = async (id: string) =>
  (await readStreamOrEmpty(side().store, streamName.import(id))).map((e) => e.type);

test('an import left running by a process that stopped is recorded as failed, saying why, and the history shows it', async () => {
  const id = randomUUID();
  // ImportStarted, then the process died: nothing holds the import's lock.
  const start = {
    type: 'StartImport' as const,
    importId: id,
    tenantId,
    shopId: 'shop-r',
    format: 'rakuten',
    files: [{ name: '楽天①.csv', size: 1024 }],
  };
  await side().commands.handle(importDecider, streamName.import(id), start, context({ tenantId }), {
    commandName: 'StartImport',
  });

  expect(await sweep()).toBe(1);
  const [, failed] = await readStreamOrEmpty(side().store, streamName.import(id));
  expect(failed).toMatchObject({
    type: 'ImportFailed',
    data: { ja: expect.stringContaining('サーバーが停止') },
    metadata: { actor: 'system', tenantId },
  });
  await history().catchUp();
  expect(await runningImports(side().db)).toEqual([]);
  expect(await sweep()).toBe(0);
});

test('an import still running, its lock held, is left alone and completes', async () => {
  const id = randomUUID();
  const gated = await gatedRakutenFile(700);
  const deps = {
    commands: side().commands,
    store: side().store,
    registry: createProductEventRegistry(),
    savedMappings: async () => [],
    locks: locks(),
  };
  const request = {
    importId: id,
    tenantId,
    shop: { id: 'shop-big', mall: 'rakuten' as const },
    actor: 'user-1',
    correlationId: id,
    format: 'rakuten',
    files: [gated.file],
  };
  const running = runImport(deps, request);
  try {
    await eventually(
      () => importTypes(id),
      (types) => types.includes('ImportStarted'),
      'the import did not start',
    );
    expect(await sweep()).toBe(0);
    // Another request for the same import, in this process or another, is refused while it runs.
    expect(await runImport(deps, { ...request, files: [gated.file] })).toMatchObject({
      left: { code: 'import.already_started' },
    });
  } finally {
    gated.release();
  }
  expect(await running).toMatchObject({ right: { imported: 700 } });
  expect(await importTypes(id)).toEqual(['ImportStarted', 'ImportCompleted']);
  await gated.remove();
});
