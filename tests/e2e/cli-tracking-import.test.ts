import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { runCli } from '../support/cli';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
let env: Record<string, string>;
let dir: string;
beforeAll(async () => {
  database = await createTestDatabase();
  env = { DATABASE_URL: database.connectionString };
  dir = await mkdtemp(path.join(os.tmpdir(), 'oms-cli-tracking-'));
  const setup = await runCli(['setup', '--tenant', 'takahashi', '--admin', 'owner'], {
    ...env,
    OMS_ADMIN_PASSWORD: 'pass-髙①',
  });
  expect(setup.code).toBe(0);
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await database?.drop();
});

describe('oms tracking import', () => {
  test('--json prints exactly the counts and the errors; a key no label has is reported, a bad number named', async () => {
    const file = path.join(dir, 'B2発行済データ.csv');
    const rows = [
      'お客様管理番号,送り状種類,クール区分,伝票番号',
      'NO-SUCH-1,0,0,444413758703',
      'NO-SUCH-2,0,0,444413758700',
    ];
    await writeFile(file, iconv.encode(rows.join('\r\n') + '\r\n', 'cp932'));
    const run = await runCli(
      ['tracking', 'import', '--tenant', 'takahashi', '--layout', 'b2cloud', '--json', file],
      env,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(Object.keys(printed)).toEqual(['matched', 'updated', 'unchanged', 'unmatched', 'errors']);
    expect(printed).toMatchObject({
      matched: 0,
      updated: 0,
      unchanged: 0,
      unmatched: 1,
      errors: [
        { line: 2, key: 'NO-SUCH-1', code: 'tracking.unmatched' },
        { line: 3, column: '伝票番号', code: 'tracking.invalid_row' },
      ],
    });
  });

  test('an unknown layout or tenant is refused with a message and exit 1', async () => {
    const file = path.join(dir, 'empty.csv');
    await writeFile(file, '');
    const layout = await runCli(['tracking', 'import', '--tenant', 'takahashi', '--layout', 'nope', file], env);
    expect(layout.code).toBe(1);
    expect(layout.stderr).toContain('b2cloud');
    const tenant = await runCli(['tracking', 'import', '--tenant', 'nobody', '--layout', 'b2cloud', file], env);
    expect(tenant.code).toBe(1);
    expect(tenant.stderr).toContain('nobody');
  });
});
