/**
 * Fault tier: the server killed with SIGKILL in the middle of an import, and started again. The history must say what
 * the store holds, the uploaded file must not stay behind, and importing the file again must bring in the rest, every
 * order exactly once, with every list row equal to its stream.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeRakutenFile } from '../bench/rakuten-file';
import { apiCaller, signIn } from '../support/api-client';
import { eventually } from '../support/eventually';
import { startInProcessApp } from '../support/in-process-app';
import { expectOrderListToMatchStreams } from '../support/orders-against-streams';
import { startServerProcess } from '../support/server-process';
import { seedTenant, type Tenant } from '../support/tenant-fixture';
import type { TestDatabase } from '../support/database';

const ORDERS = 2000;

let database: TestDatabase;
let tenant: Tenant;
let dir: string;
let orderFile: Buffer;
beforeAll(async () => {
  const seeding = await startInProcessApp({ keepDatabase: true });
  database = seeding.database;
  tenant = await seedTenant(seeding, { code: 'fault-import' });
  await seeding.stop();
  dir = await mkdtemp(path.join(os.tmpdir(), 'oms-fault-import-'));
  await writeRakutenFile(path.join(dir, 'orders.csv'), ORDERS);
  orderFile = await readFile(path.join(dir, 'orders.csv'));
}, 120_000);
afterAll(async () => {
  await database?.drop();
  await rm(dir, { recursive: true, force: true });
});

/** The files in the upload root, folder by folder (each server has one). */
const uploadedFiles = async (root: string) =>
  (
    await Promise.all(
      (await readdir(root).catch(() => [])).map(async (folder) => readdir(path.join(root, folder)).catch(() => [])),
    )
  ).flat();

const ordersCreatedBy = async (importId: string) =>
  Number(
    (
      await database.pool.query(
        `SELECT count(*) AS count FROM events WHERE type = 'OrderImported' AND metadata->>'commandId' LIKE $1`,
        [`import:${importId}:%`],
      )
    ).rows[0].count,
  );

test('killed mid-import: the history counts what the store holds, the upload is removed, and importing again brings the rest once', async () => {
  const uploads = path.join(dir, 'uploads');
  const env = { DATABASE_URL: database.connectionString, OMS_UPLOAD_DIR: uploads };
  const shopId = tenant.shops[0]!.id;
  const importId = randomUUID();
  const upload = async (url: string, cookie: string, headers: Record<string, string>, id = randomUUID()) => {
    const form = new FormData();
    form.append('shopId', shopId);
    form.append('format', 'rakuten');
    form.append('importId', id);
    form.append('files', new Blob([new Uint8Array(orderFile)]), '楽天.csv');
    const response = await fetch(`${url}/api/imports`, { method: 'POST', headers: { cookie, ...headers }, body: form });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  const first = await startServerProcess(env);
  try {
    const cookie = await signIn(first, tenant.code, tenant.admin.username, tenant.admin.password);
    const call = apiCaller(first);
    // The import is what is killed here: no thanks mails appended beside it while the list is checked.
    const off = { thanks: false, payment_confirmed: false, shipped: false, follow_up: false };
    expect((await call('PUT', `/mail-settings/${shopId}`, cookie, { automatic: off })).status).toBe(200);
    expect((await upload(first.url, cookie, { Prefer: 'respond-async' }, importId)).status).toBe(202);
    await eventually(
      () => call('GET', `/imports/${importId}`, cookie),
      (r) => r.body.status === 'running' && r.body.progress?.imported >= 500,
      'the import did not get going',
    );
  } finally {
    await first.kill();
  }
  expect(await uploadedFiles(uploads)).toHaveLength(1);

  const second = await startServerProcess(env);
  try {
    // Removed at start, before anything else could be uploaded.
    expect(await uploadedFiles(uploads)).toEqual([]);
    const cookie = await signIn(second, tenant.code, tenant.admin.username, tenant.admin.password);
    const call = apiCaller(second);
    const record = await eventually(
      () => call('GET', `/imports/${importId}`, cookie),
      (r) => r.body.status !== 'running',
      'the cut-off import was not recorded as ended',
    );
    const created = await ordersCreatedBy(importId);
    expect(created).toBeGreaterThan(0);
    expect(created).toBeLessThan(ORDERS);
    expect(record.body).toMatchObject({ status: 'failed', imported: created, updated: 0 });
    await expectOrderListToMatchStreams(database.pool, tenant.id);

    const again = await upload(second.url, cookie, {});
    expect(again).toMatchObject({ status: 201, body: { imported: ORDERS - created, unchanged: created, failed: 0 } });
    const streams = await expectOrderListToMatchStreams(database.pool, tenant.id);
    expect(streams.size).toBe(ORDERS);
  } finally {
    expect(await second.stop()).toBe(0);
  }
  expect(await uploadedFiles(uploads)).toEqual([]);
}, 180_000);
