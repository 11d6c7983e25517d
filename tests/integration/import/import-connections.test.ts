/**
 * An import keeps to its own share of PostgreSQL: a bounded number of batches in flight, on connections of its own,
 * so that staff working while it runs keep the request connections.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as E from 'fp-ts/Either';
import pino from 'pino';
import { RAKUTEN } from '../../../application/import/formats/rakuten';
import { importOrders } from '../../../application/import/import-orders';
import { runImport } from '../../../application/import/run-import';
import type { AppendRequest } from '../../../application/ports/event-store';
import { STANDARD_ROUTE } from '../../../domain/order/route';
import { loadConfig } from '../../../infrastructure/config';
import { createContainer, TOKENS } from '../../../infrastructure/container';
import { writeRakutenFile } from '../../bench/rakuten-file';
import { createTestDatabase } from '../../support/database';
import { openWriteSide } from '../../support/write-side';

const tenantId = '00000000-0000-4000-8000-000000000001';
/** Three batches of 500. */
const ORDERS = 1_500;

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'oms-import-connections-'));
  file = path.join(dir, 'rakuten.csv');
  await writeRakutenFile(file, ORDERS);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

test('an import appends as many batches at once as its concurrency, and no more', async () => {
  const side = await openWriteSide();
  try {
    // Each append waits for a second one (or 3 s, for the last batch): were more batches allowed, they would pile up.
    let inFlight = 0;
    let most = 0;
    let arrived = () => undefined as void;
    const appendMany = side.store.appendMany.bind(side.store);
    side.store.appendMany = async (requests: readonly AppendRequest[]) => {
      most = Math.max(most, ++inFlight);
      arrived();
      try {
        if (inFlight < 2)
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, 3000);
            arrived = () => (clearTimeout(timer), resolve());
          });
        return await appendMany(requests);
      } finally {
        inFlight--;
      }
    };
    const result = await importOrders(side.commands, {
      importId: 'import-1',
      tenantId,
      shopId: 'shop-r',
      mall: 'rakuten',
      actor: 'user-1',
      correlationId: 'import-1',
      mapping: RAKUTEN,
      route: STANDARD_ROUTE,
      files: [{ name: 'rakuten.csv', open: () => createReadStream(file) }],
      concurrency: 2,
    });
    expect(result.imported).toBe(ORDERS);
    expect(most).toBe(2);
  } finally {
    await side.close();
  }
});

test('an import asks after each batch whether staff are working, and gives way to them only then', async () => {
  const side = await openWriteSide();
  try {
    let asked = 0;
    const staffActivity = { busy: () => (asked++, false) };
    const result = await importOrders(side.commands, {
      importId: 'import-2',
      tenantId,
      shopId: 'shop-r',
      mall: 'rakuten',
      actor: 'user-1',
      correlationId: 'import-2',
      mapping: RAKUTEN,
      route: STANDARD_ROUTE,
      files: [{ name: 'rakuten.csv', open: () => createReadStream(file) }],
      staffActivity,
    });
    expect(result.imported).toBe(ORDERS);
    expect(asked).toBe(3);
  } finally {
    await side.close();
  }
});

test("the product's imports read and append on their own connections, no more of them than configured", async () => {
  const database = await createTestDatabase();
  const config = { ...loadConfig({}), databaseUrl: database.connectionString, importConnections: 2 };
  const { container, close } = await createContainer(config, pino({ level: 'silent' }), database.connectionString);
  try {
    const deps = container.get(TOKENS.ImportDependencies);
    const result = await runImport(deps, {
      importId: '00000000-0000-4000-8000-000000000201',
      tenantId,
      shop: { id: 'shop-r', mall: 'rakuten' },
      actor: 'user-1',
      correlationId: 'import-2',
      format: 'rakuten',
      files: [{ name: 'rakuten.csv', size: 0, open: () => createReadStream(file) }],
    });
    expect(E.isRight(result) && result.right.imported).toBe(ORDERS);
    // The pool keeps its connections open a while after use: those the import took are still there, by name.
    const { rows } = await database.pool.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'oms-import'`,
    );
    expect(rows[0]!.count).toBeGreaterThanOrEqual(1);
    expect(rows[0]!.count).toBeLessThanOrEqual(2);
  } finally {
    await close();
    await database.drop();
  }
});
