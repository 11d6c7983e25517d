/**
 * Jest's global setup (configured under "jest" in package.json). ts-jest compiles the ESM-only packages that slonik
 * needs (p-limit, yocto-queue), which jest's CommonJS runtime cannot require on Node 20.
 *
 * Starts one PostgreSQL for the whole run (embedded, or the server in DATABASE_URL) and prepares a migrated template
 * database; every test file then gets its own database copied from the template (tests/support/database.ts).
 */
import os from 'node:os';
import path from 'node:path';
import { createDatabaseIfMissing, startEmbeddedPostgres } from '../../infrastructure/postgres/embedded-postgres';
import { migrate } from '../../infrastructure/postgres/migrate';
import { freePort } from './free-port';
import { TEMPLATE_DATABASE, withDatabase } from './database';

export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = path.join(__dirname, '../../.data', `test-postgres-${process.pid}`);
    const server = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      database: 'postgres',
      persistent: false,
      // Run as root from a clone other users cannot enter (/root/oms), PostgreSQL's own user keeps the cluster here.
      dataDirForPostgresUser: path.join(os.tmpdir(), `oms-test-postgres-${process.pid}`),
    });
    (globalThis as { __omsTestPostgres?: unknown }).__omsTestPostgres = server;
    adminUrl = server.connectionString;
  }
  const templateUrl = withDatabase(adminUrl, TEMPLATE_DATABASE);
  await dropDatabase(adminUrl, TEMPLATE_DATABASE);
  await createDatabaseIfMissing(adminUrl, TEMPLATE_DATABASE);
  await migrate(templateUrl);
  process.env.OMS_TEST_ADMIN_URL = adminUrl;
  console.log(`\n[tests] PostgreSQL: ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded (embedded-postgres)'}`);
}

async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await client.end();
}
