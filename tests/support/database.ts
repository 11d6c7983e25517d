/** A database of its own for one test file, copied from the migrated template that globalSetup prepared. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEMPLATE_DATABASE = 'oms_test_template';

export interface TestDatabase {
  readonly connectionString: string;
  readonly pool: pg.Pool;
  drop(): Promise<void>;
}

const adminUrl = (): string => {
  const url = process.env.OMS_TEST_ADMIN_URL;
  if (!url)
    throw new Error('OMS_TEST_ADMIN_URL is not set: run the tests through jest (globalSetup starts PostgreSQL)');
  return url;
};

export const withDatabase = (connectionString: string, database: string): string => {
  const url = new URL(connectionString);
  url.pathname = `/${database}`;
  return url.toString();
};

async function asAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `oms_test_${randomBytes(6).toString('hex')}`;
  await asAdmin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`));
  const connectionString = withDatabase(adminUrl(), name);
  const pool = new pg.Pool({ connectionString, max: 10 });
  return {
    connectionString,
    pool,
    async drop() {
      await pool.end();
      await asAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
