import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { allProjections } from '../../projections/all-projections';
import { runCli } from '../support/cli';
import { createTestDatabase } from '../support/database';
import { freePort } from '../support/free-port';
import { startServerProcess } from '../support/server-process';

describe('npm start with DATABASE_URL', () => {
  test('serves health, JSON errors, and stops cleanly on Ctrl-C', async () => {
    const database = await createTestDatabase();
    const server = await startServerProcess({ DATABASE_URL: database.connectionString });
    try {
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
      const body = (await health.json()) as { projections: { name: string; lag: number }[] };
      expect(body).toMatchObject({
        database: { reachable: true },
        eventStore: { kind: 'postgresql', head: expect.stringMatching(/^\d+\/\d+$/) },
      });
      // Every read model, and whatever else runs from the log (policies), reports its lag.
      expect(body.projections.map((p: { name: string }) => p.name)).toEqual(
        expect.arrayContaining(allProjections.map((p) => p.name)),
      );
      expect(body.projections.every((p: { lag: number }) => typeof p.lag === 'number')).toBe(true);

      // The projections resource is the admin's, behind sign-in (its answers: security-hardening.test.ts).
      expect((await fetch(`${server.url}/api/projections`)).status).toBe(401);

      const unknown = await fetch(`${server.url}/api/no-such-thing`);
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toMatchObject({ error: { code: 'not_found' } });
      const badJson = await fetch(`${server.url}/api/projections`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"broken',
      });
      expect(badJson.status).toBe(400);
      expect(await badJson.json()).toMatchObject({ error: { code: 'invalid_json' } });

      const correlated = await fetch(`${server.url}/api/health`, { headers: { 'x-correlation-id': 'trace-42' } });
      expect(correlated.headers.get('x-correlation-id')).toBe('trace-42');
    } finally {
      expect(await server.stop()).toBe(0);
      await database.drop();
    }
  });
});

describe('npm start with no configuration (embedded PostgreSQL)', () => {
  test('starts its own database under the data folder, keeps data across restarts, and stops it on Ctrl-C', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'oms-data-'));
    // Run as root, PostgreSQL runs as a user of its own, which must be able to enter the folder.
    await chmod(dataDir, 0o755);
    const env = { DATABASE_URL: '', OMS_DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await freePort()) };
    try {
      const first = await startServerProcess(env);
      expect(await fetch(`${first.url}/api/health`).then((r) => r.json())).toMatchObject({
        database: { reachable: true },
      });
      // The CLI joins the running embedded database instead of starting a second one on the same folder.
      const setup = await runCli(['setup', '--tenant', 'embedded', '--admin', 'owner'], env);
      expect(setup.code).toBe(0);
      const firstExit = await first.stop();
      expect(firstExit).toBe(0);

      const password = (await readFile(path.join(dataDir, 'postgres.password'), 'utf8')).trim();
      const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${env.EMBEDDED_POSTGRES_PORT}/oms`;
      await expect(query(url, 'SELECT 1')).rejects.toThrow();

      const second = await startServerProcess(env);
      try {
        expect(await query(url, 'SELECT code FROM tenants')).toEqual([{ code: 'embedded' }]);
      } finally {
        expect(await second.stop()).toBe(0);
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

async function query(connectionString: string, text: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}
