import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.drop());

/** Stops a server while it imports (tests/support/stop-during-import.ts) and answers how the import ended. */
async function stopDuringImport(env: Record<string, string>) {
  const script = path.join(__dirname, '../support/stop-during-import.ts');
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, DATABASE_URL: database.connectionString, LOG_LEVEL: 'silent', ...env },
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as { imported?: number; error?: string; types: string[] };
}

test('a server stopped while it imports lets the import end before it closes the database', async () => {
  const ended = await stopDuringImport({ OMS_STOP_GRACE_SECONDS: '60' });
  expect(ended).toEqual({ imported: 300, types: ['ImportStarted', 'ImportCompleted'] });
});

test('past its grace the server stops all the same, and the import is left for the next start to record as failed', async () => {
  const ended = await stopDuringImport({ OMS_STOP_GRACE_SECONDS: '0', RELEASE: 'after-stop' });
  expect(ended.error).toBeDefined();
  expect(ended.types).toEqual(['ImportStarted']);
});
