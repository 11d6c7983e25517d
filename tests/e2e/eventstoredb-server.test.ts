import { createPool } from 'slonik';
import { findStaffUser, findTenantByCode } from '../../projections/accounts/account-queries';
import { runCli } from '../support/cli';
import { createTestDatabase } from '../support/database';
import { startEventStoreDbStandIn } from '../support/eventstoredb-stand-in';
import { startServerProcess } from '../support/server-process';

describe('npm start with EVENTSTORE_URL', () => {
  test('keeps events in EventStoreDB and projects them into PostgreSQL read models', async () => {
    const eventStore = await startEventStoreDbStandIn();
    const database = await createTestDatabase();
    const env = { DATABASE_URL: database.connectionString, EVENTSTORE_URL: eventStore.connectionString };
    const server = await startServerProcess(env);
    const db = await createPool(database.connectionString);
    try {
      const health = (await fetch(`${server.url}/api/health`).then((r) => r.json())) as {
        eventStore: { kind: string };
      };
      expect(health.eventStore.kind).toBe('eventstoredb');

      const setup = await runCli(
        ['setup', '--tenant', 'esdb-shop', '--admin', 'owner', '--name', '株式会社ＥＳＤＢ'],
        env,
      );
      expect(setup.stderr).toBe('');
      const tenant = await findTenantByCode(db, 'esdb-shop');
      expect(tenant).toMatchObject({ name: '株式会社ＥＳＤＢ' });
      expect(await findStaffUser(db, tenant!.id, 'owner')).toMatchObject({ roles: ['admin'] });

      const events = await database.pool.query('SELECT count(*)::int AS n FROM events');
      expect(events.rows[0].n).toBe(0);
    } finally {
      await db.end();
      expect(await server.stop()).toBe(0);
      await eventStore.stop();
      await database.drop();
    }
  });
});
