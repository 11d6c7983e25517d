import { spawn } from 'node:child_process';
import path from 'node:path';
import * as E from 'fp-ts/Either';
import { createPool, sql } from 'slonik';
import { setUpTenant } from '../../../application/accounts/set-up-tenant';
import type { Credentials } from '../../../application/ports/credentials';
import { PositionWaiter } from '../../../projections/position-waiter';
import { accountsProjection } from '../../../projections/accounts/accounts-projection';
import { findStaffUser, findTenantByCode } from '../../../projections/accounts/account-queries';
import { operationHistoryProjection } from '../../../projections/operation-history/operation-history-projection';
import { ProjectionRunner } from '../../../projections/runner';
import type { AnyProjection } from '../../../projections/projection';
import { CRASH_PROBE_TABLE, crashProbeProjection } from '../../support/crash-probe-projection';
import { eventually } from '../../support/eventually';
import { context, openWriteSide, type WriteSide } from '../../support/write-side';
import { tenantDecider } from '../../../domain/tenant/tenant';
import { staffUserIdFor, streamName, tenantIdFor } from '../../../domain/shared/ids';

const noCredentials: Credentials = { setPassword: async () => undefined, verifyPassword: async () => false };

let side: WriteSide;
beforeEach(async () => {
  side = await openWriteSide();
});
afterEach(() => side.close());

const registerTenants = async (count: number) => {
  for (let i = 0; i < count; i++) {
    const code = `shop-${i}`;
    await side.commands.handle(
      tenantDecider,
      streamName.tenant(tenantIdFor(code)),
      { type: 'RegisterTenant', tenantId: tenantIdFor(code), code, name: `ショップ${i}㈱`, retentionPlan: '13months' },
      context({ actor: `user-${i % 3}` }),
    );
  }
};

const runner = (projection: AnyProjection = accountsProjection, batchSize = 7) =>
  new ProjectionRunner(projection, side.runnerDependencies, { batchSize, standbyRetryMs: 30 });

describe('projection runner', () => {
  test('catches up in batches into the read model, with the operation history of who did what', async () => {
    await registerTenants(20);
    expect(await runner().catchUp()).toBe(20);
    expect(await runner(operationHistoryProjection).catchUp()).toBe(20);
    expect(await side.db.oneFirst(sql.unsafe`SELECT count(*)::int FROM tenants`)).toBe(20);
    expect(await findTenantByCode(side.db, 'shop-3')).toMatchObject({ name: 'ショップ3㈱' });
    const history = await side.db.any(
      sql.unsafe`SELECT actor, event_type FROM operation_history ORDER BY commit_position, prepare_position`,
    );
    expect(history.slice(0, 3)).toEqual([
      { actor: 'user-0', event_type: 'TenantRegistered' },
      { actor: 'user-1', event_type: 'TenantRegistered' },
      { actor: 'user-2', event_type: 'TenantRegistered' },
    ]);
  });

  test('bringing a projection up to date waits for its runner started in this process instead of taking the lock from it', async () => {
    await registerTenants(5);
    const live = runner();
    // Asked for as the runner starts, before it can hold its lock: the runner still does the work, and follows on.
    const upToDate = live.bringUpToDate();
    live.start();
    try {
      expect(await upToDate).toBe(-1);
      expect(await side.db.oneFirst(sql.unsafe`SELECT count(*)::int FROM tenants`)).toBe(5);
      expect(live.isActive).toBe(true);
    } finally {
      await live.stop();
    }
  });

  test('a running runner that fails starts again from its checkpoint instead of leaving the read model behind', async () => {
    let failures = 0;
    const applied: string[] = [];
    const flaky: AnyProjection = {
      name: 'flaky-probe',
      tables: [],
      filter: { eventTypes: ['TenantRegistered'] },
      async apply(_tx, events) {
        // The first two batches fail, as a database restarting would make them.
        if (failures < 2) {
          failures++;
          throw new Error('connection terminated unexpectedly');
        }
        applied.push(...events.map((e) => e.id));
      },
    };
    const live = runner(flaky, 50);
    live.start();
    try {
      await registerTenants(4);
      await eventually(
        async () => applied.length,
        (n) => n >= 4,
        'the runner did not start again',
      );
      expect(applied).toHaveLength(4);
      expect(failures).toBe(2);
      await registerTenants(6);
      await eventually(
        async () => applied.length,
        (n) => n >= 6,
        'the runner did not go on',
      );
      expect(applied).toHaveLength(6);
      expect(new Set(applied).size).toBe(6);
    } finally {
      await live.stop();
    }
  });

  test('a second catch-up applies only what is new', async () => {
    await registerTenants(3);
    await runner().catchUp();
    await registerTenants(5);
    expect(await runner().catchUp()).toBe(2);
  });

  test('rebuild empties the read model and replays the log into it', async () => {
    await registerTenants(5);
    await runner().catchUp();
    await side.db.query(sql.unsafe`UPDATE tenants SET name = 'corrupted'`);
    expect(await runner().rebuild()).toBe(5);
    expect(await side.db.anyFirst(sql.unsafe`SELECT DISTINCT name FROM tenants WHERE name = 'corrupted'`)).toEqual([]);
    expect(await side.db.oneFirst(sql.unsafe`SELECT count(*)::int FROM tenants`)).toBe(5);
  });

  test('a runner killed in the middle of a batch leaves no trace; the next one applies every event exactly once', async () => {
    await side.db.query(CRASH_PROBE_TABLE);
    await registerTenants(120);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, '../../support/crashing-runner.ts'), side.database.connectionString],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('mid-batch') && resolve());
      child.on('exit', (code) => reject(new Error(`the crashing runner exited early with ${code}`)));
    });
    // The child has written part of its first batch inside an open transaction.
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    expect(await side.db.oneFirst(sql.unsafe`SELECT count(*)::int FROM crash_probe`)).toBe(0);
    expect(await runner(crashProbeProjection(), 50).catchUp()).toBe(120);
    expect(await side.db.oneFirst(sql.unsafe`SELECT count(*)::int FROM crash_probe WHERE times = 1`)).toBe(120);
  });

  test('with two processes, one runner is active and the other stands by, then takes over', async () => {
    const otherProcessDb = await createPool(side.database.connectionString, { maximumPoolSize: 3 });
    const first = runner();
    const second = new ProjectionRunner(
      accountsProjection,
      { ...side.runnerDependencies, db: otherProcessDb },
      { batchSize: 7, standbyRetryMs: 30 },
    );
    try {
      first.start();
      await waitUntil(() => first.isActive);
      second.start();
      await registerTenants(4);
      await waitUntil(async () => (await side.db.oneFirst(sql.unsafe`SELECT count(*)::int FROM tenants`)) === 4);
      expect(second.isActive).toBe(false);

      await first.stop();
      await waitUntil(() => second.isActive);
      await registerTenants(6);
      await waitUntil(async () => (await side.db.oneFirst(sql.unsafe`SELECT count(*)::int FROM tenants`)) === 6);
    } finally {
      await first.stop();
      await second.stop();
      await otherProcessDb.end();
    }
  });

  test('read-your-writes: waiting for a command position means the read model already shows it', async () => {
    const live = [runner(accountsProjection), runner(operationHistoryProjection)];
    live.forEach((r) => r.start());
    try {
      const result = await setUpTenant(side.commands, noCredentials, {
        code: 'ryw-shop',
        name: '髙橋商店',
        adminUsername: 'owner',
        adminPassword: 'x',
      });
      const position = E.isRight(result) ? result.right.position : undefined;
      const waiter = new PositionWaiter(side.db, side.runnerDependencies.progress, [
        accountsProjection,
        operationHistoryProjection,
      ]);
      const tenantId = E.isRight(result) ? result.right.tenantId : '';
      expect(
        await waiter.waitFor({
          position,
          streamName: `staff-${staffUserIdFor(tenantId, 'owner')}`,
          eventTypes: ['StaffUserRegistered'],
        }),
      ).toBe(true);
      const tenant = await findTenantByCode(side.db, 'ryw-shop');
      expect(tenant).toMatchObject({ name: '髙橋商店' });
      expect(await findStaffUser(side.db, tenant!.id, 'owner')).toMatchObject({ roles: ['admin'] });
    } finally {
      await Promise.all(live.map((r) => r.stop()));
    }
  });
});

async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('position waiter', () => {
  test('waits only for projections that read what was written', async () => {
    const waiter = new PositionWaiter(side.db, side.runnerDependencies.progress, [
      accountsProjection,
      operationHistoryProjection,
    ]);
    await registerTenants(1);
    const head = await side.store.headPosition();
    await runner(operationHistoryProjection).catchUp();
    // accounts has not run, but it does not read order events: nothing to wait for.
    expect(await waiter.waitFor({ position: head, streamName: 'order-1', eventTypes: ['OrderImported'] }, 300)).toBe(
      true,
    );
    expect(
      await waiter.waitFor({ position: head, streamName: 'tenant-1', eventTypes: ['TenantRegistered'] }, 300),
    ).toBe(false);
  });
});
