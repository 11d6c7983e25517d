/**
 * Fault tier: the server killed with SIGKILL in the middle of a bulk command, and started again. The client sends the
 * same request again with the same Idempotency-Key, as after a dropped connection: every order moves exactly once,
 * and every list row equals its stream.
 */
import { randomUUID } from 'node:crypto';
import { apiCaller, signIn } from '../support/api-client';
import type { TestDatabase } from '../support/database';
import { eventually } from '../support/eventually';
import { startInProcessApp } from '../support/in-process-app';
import { expectOrderListToMatchStreams } from '../support/orders-against-streams';
import { startServerProcess } from '../support/server-process';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const ORDERS = 150;

let database: TestDatabase;
let tenant: Tenant;
beforeAll(async () => {
  const seeding = await startInProcessApp({ keepDatabase: true });
  database = seeding.database;
  tenant = await seedTenant(seeding, { code: 'fault-bulk', orders: ORDERS });
  await seeding.stop();
}, 120_000);
afterAll(() => database?.drop());

const advancedSoFar = async () =>
  Number(
    (
      await database.pool.query(
        `SELECT count(*) AS count FROM events WHERE type = 'OrderStatusAdvanced' AND metadata->>'tenantId' = $1`,
        [tenant.id],
      )
    ).rows[0].count,
  );

test('killed mid-bulk advance: the same request again moves each order exactly once', async () => {
  const env = { DATABASE_URL: database.connectionString };
  const request = { ids: tenant.orderIds };
  const headers = { 'Idempotency-Key': randomUUID() };

  const first = await startServerProcess(env);
  try {
    const cookie = await signIn(first, tenant.code, tenant.admin.username, tenant.admin.password);
    // The advance is what is killed here: no automatic mails appended beside it.
    const off = { thanks: false, payment_confirmed: false, shipped: false, follow_up: false };
    for (const shop of tenant.shops)
      expect((await apiCaller(first)('PUT', `/mail-settings/${shop.id}`, cookie, { automatic: off })).status).toBe(200);
    // The answer never comes: the server dies first.
    void apiCaller(first)('POST', '/orders/commands/advance', cookie, request, headers).catch(() => undefined);
    await eventually(advancedSoFar, (n) => n >= 20, 'the bulk command did not get going');
  } finally {
    await first.kill();
  }
  const before = await advancedSoFar();
  expect(before).toBeLessThan(ORDERS);

  const second = await startServerProcess(env);
  try {
    const cookie = await signIn(second, tenant.code, tenant.admin.username, tenant.admin.password);
    const again = await apiCaller(second)('POST', '/orders/commands/advance', cookie, request, headers);
    expect(again).toMatchObject({ status: 200, body: { succeeded: ORDERS, failed: 0 } });
    const streams = await expectOrderListToMatchStreams(database.pool, tenant.id);
    expect(streams.size).toBe(ORDERS);
    for (const events of streams.values())
      expect(events.map((e) => e.event.type)).toEqual(['OrderImported', 'OrderStatusAdvanced']);
  } finally {
    expect(await second.stop()).toBe(0);
  }
}, 180_000);
