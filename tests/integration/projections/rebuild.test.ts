/**
 * A rebuild replays into copies of a projection's tables and swaps them in with the checkpoint in one transaction:
 * the tables it leaves are those the migrations made, a runner following the projection meanwhile loses nothing and
 * applies nothing twice, and a rebuild that fails leaves the live tables as they were.
 */
import { sql } from 'slonik';
import type { EventStore } from '../../../application/ports/event-store';
import { tenantDecider } from '../../../domain/tenant/tenant';
import { streamName, tenantIdFor } from '../../../domain/shared/ids';
import { accountsProjection } from '../../../projections/accounts/accounts-projection';
import { allProjections } from '../../../projections/all-projections';
import { operationHistoryProjection } from '../../../projections/operation-history/operation-history-projection';
import type { AnyProjection } from '../../../projections/projection';
import { ProjectionRunner } from '../../../projections/runner';
import { CRASH_PROBE_TABLE, crashProbeProjection } from '../../support/crash-probe-projection';
import { eventually } from '../../support/eventually';
import { context, openWriteSide, type WriteSide } from '../../support/write-side';

let side: WriteSide;
beforeEach(async () => {
  side = await openWriteSide();
});
afterEach(() => side.close());

let registered = 0;
const registerTenants = async (count: number) => {
  for (let i = 0; i < count; i++, registered++) {
    const code = `shop-${registered}`;
    await side.commands.handle(
      tenantDecider,
      streamName.tenant(tenantIdFor(code)),
      { type: 'RegisterTenant', tenantId: tenantIdFor(code), code, name: code, retentionPlan: '13months' },
      context(),
    );
  }
};

const runner = (projection: AnyProjection, store: EventStore = side.store) =>
  new ProjectionRunner(projection, { ...side.runnerDependencies, store }, { batchSize: 3, standbyRetryMs: 30 });

const count = (table: string) => side.db.oneFirst(sql.unsafe`SELECT count(*)::int FROM ${sql.identifier([table])}`);

/** What the migrations made of every read-model table: columns, constraints, indexes and statistics, by name. */
const schemaOfReadModels = () => {
  const tables = sql.array(
    allProjections.flatMap((p) => p.tables),
    'text',
  );
  return side.db.any(sql.unsafe`
    SELECT 'column' AS kind, table_name || '.' || column_name AS name,
      concat_ws(' ', data_type, collation_name, is_nullable, column_default) AS definition
    FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ANY(${tables})
    UNION ALL
    SELECT 'constraint', conrelid::regclass::text || '.' || conname, pg_get_constraintdef(oid)
    FROM pg_constraint WHERE conrelid::regclass::text = ANY(${tables})
    UNION ALL
    SELECT 'index', indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY(${tables})
    UNION ALL
    SELECT 'statistics', stxnamespace::regnamespace::text || '.' || stxname, pg_get_statisticsobjdef(oid)
    FROM pg_statistic_ext WHERE stxrelid::regclass::text = ANY(${tables})
    ORDER BY 1, 2`);
};

const leftoverSchemas = () =>
  side.db.anyFirst(sql.unsafe`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rebuild\\_%'`);

describe('projection rebuild', () => {
  test('swaps in tables as the migrations made them, under the same names, and leaves no copies behind', async () => {
    await registerTenants(4);
    const before = await schemaOfReadModels();
    expect(before.filter((row) => row.kind === 'statistics')).not.toEqual([]);
    for (const projection of allProjections) await runner(projection).rebuild();
    expect(await schemaOfReadModels()).toEqual(before);
    expect(await count('tenants')).toBe(4);
    expect(await leftoverSchemas()).toEqual([]);
  });

  test('what a running runner applies while the copies fill is in them, and what comes after is applied once', async () => {
    await registerTenants(5);
    const live = [runner(accountsProjection), runner(operationHistoryProjection)];
    live.forEach((r) => r.start());
    try {
      await eventually(
        () => count('operation_history'),
        (n) => n === 5,
      );
      // The rebuild reads the end of the log; before it swaps, more is written and the live runners apply it.
      const appendBeforeTheSwap = (store: EventStore): EventStore => {
        let appended = false;
        return Object.assign(Object.create(store) as EventStore, {
          readAll: async (options: Parameters<EventStore['readAll']>[0]) => {
            const page = await store.readAll(options);
            if (page.isEnd && !appended) {
              appended = true;
              await registerTenants(3);
              await eventually(
                () => count('operation_history'),
                (n) => n === 8,
              );
            }
            return page;
          },
        });
      };
      expect(await runner(operationHistoryProjection, appendBeforeTheSwap(side.store)).rebuild()).toBe(8);
      expect(await count('operation_history')).toBe(8);

      await registerTenants(2);
      await eventually(
        () => count('operation_history'),
        (n) => n >= 10,
      );
      expect(await count('operation_history')).toBe(10);
      expect(await count('tenants')).toBe(10);
      // Each event once: one row per log position, as many as the log holds.
      expect(
        await side.db.oneFirst(
          sql.unsafe`SELECT count(DISTINCT (commit_position, prepare_position))::int FROM operation_history`,
        ),
      ).toBe(await count('events'));
      expect(live.every((r) => r.isActive)).toBe(true);
    } finally {
      await Promise.all(live.map((r) => r.stop()));
    }
  });

  test('a rebuild that fails leaves the live tables as they were and no copies behind', async () => {
    await side.db.query(CRASH_PROBE_TABLE);
    await registerTenants(3);
    await runner(crashProbeProjection()).catchUp();
    const failing: AnyProjection = {
      ...crashProbeProjection(),
      apply: async () => {
        throw new Error('a batch the read model refuses');
      },
    };
    await expect(runner(failing).rebuild()).rejects.toThrow('a batch the read model refuses');
    expect(await count('crash_probe')).toBe(3);
    expect(await leftoverSchemas()).toEqual([]);
  });
});
