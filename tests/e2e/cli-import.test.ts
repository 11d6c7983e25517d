import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createPool, type DatabasePool, sql } from 'slonik';
import { runCli } from '../support/cli';
import { createTestDatabase, type TestDatabase } from '../support/database';

const FIXTURE = path.join(__dirname, '../fixtures/import/rakuten-rms.csv');

let database: TestDatabase;
let db: DatabasePool;
let env: Record<string, string>;
let dir: string;
beforeAll(async () => {
  database = await createTestDatabase();
  env = { DATABASE_URL: database.connectionString };
  db = await createPool(database.connectionString);
  dir = await mkdtemp(path.join(os.tmpdir(), 'oms-cli-import-'));
  expect(
    (await runCli(['setup', '--tenant', 'takahashi', '--admin', 'owner'], { ...env, OMS_ADMIN_PASSWORD: 'pass-髙①' }))
      .code,
  ).toBe(0);
  expect(
    (
      await runCli(
        [
          'shop',
          'create',
          '--tenant',
          'takahashi',
          '--code',
          'rakuten-main',
          '--mall',
          'rakuten',
          '--name',
          '髙橋商店 楽天市場店',
        ],
        env,
      )
    ).code,
  ).toBe(0);
}, 120_000);
afterAll(async () => {
  await db?.end();
  await rm(dir, { recursive: true, force: true });
  await database?.drop();
});

const importFiles = (format: string, ...files: string[]) =>
  runCli(['import', '--tenant', 'takahashi', '--shop', 'rakuten-main', '--format', format, '--json', ...files], env);

describe('oms import', () => {
  test('--json prints exactly the counts and the errors with file, row, column and message', async () => {
    const run = await importFiles('rakuten', FIXTURE);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(Object.keys(printed)).toEqual(['imported', 'updated', 'unchanged', 'failed', 'errors']);
    expect(printed).toEqual({
      imported: 3,
      updated: 0,
      unchanged: 0,
      failed: 1,
      errors: [{ file: 'rakuten-rms.csv', row: 6, column: '個数', message: expect.stringContaining('いっこ') }],
    });
    expect(Object.keys(printed.errors[0])).toEqual(['file', 'row', 'column', 'message']);
  });

  test('the orders are in the order list and the import in the history, by the CLI', async () => {
    const numbers = await db.anyFirst(sql.unsafe`SELECT order_number FROM order_search ORDER BY order_number`);
    expect(numbers).toEqual(['387215-20261130-0000001', '387215-20261130-0000002', '387215-20261130-0000004']);
    const history = await db.one(
      sql.unsafe`SELECT format, status, imported, failed, rows, problem_count, actor, files FROM imports`,
    );
    expect(history).toMatchObject({
      format: 'rakuten',
      status: 'completed',
      imported: 3,
      failed: 1,
      rows: 6,
      problem_count: 1,
      actor: 'cli',
      files: [{ name: 'rakuten-rms.csv' }],
    });
    const operations = await db.anyFirst(
      sql.unsafe`SELECT event_type FROM operation_history WHERE event_type LIKE 'Import%' ORDER BY commit_position, prepare_position`,
    );
    expect(operations).toEqual(['ImportStarted', 'ImportCompleted']);
  });

  test('importing the same file again (auto-detected) changes nothing', async () => {
    const run = await importFiles('auto', FIXTURE);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ imported: 0, updated: 0, unchanged: 3, failed: 1 });
    expect(await db.oneFirst(sql.unsafe`SELECT format FROM imports ORDER BY started_at DESC LIMIT 1`)).toBe('rakuten');
  });

  test('a file that cannot be read at all gives a non-zero exit; the other files are still imported', async () => {
    const wrong = path.join(dir, '在庫一覧.csv');
    await writeFile(wrong, '\uFEFF商品コード,在庫数\r\nA-1,3\r\n');
    const run = await importFiles('rakuten', wrong, FIXTURE);
    expect(run.code).toBe(2);
    const printed = JSON.parse(run.stdout);
    expect(printed).toMatchObject({ imported: 0, unchanged: 3, failed: 1 });
    expect(printed.errors[0]).toMatchObject({
      file: '在庫一覧.csv',
      row: 1,
      column: '',
      message: expect.stringContaining('注文番号'),
    });
  });

  test('an unknown format, shop or file is refused with the reason', async () => {
    const format = await importFiles('ebay', FIXTURE);
    expect(format.code).toBe(1);
    expect(format.stderr).toContain('取込形式が見つかりません');
    const shop = await runCli(
      ['import', '--tenant', 'takahashi', '--shop', 'nothing', '--format', 'rakuten', FIXTURE],
      env,
    );
    expect(shop.stderr).toContain('店舗が見つかりません');
    const file = await importFiles('rakuten', path.join(dir, 'ない.csv'));
    expect(file.code).toBe(1);
    expect(file.stderr).toContain('ファイルを開けません');
    const undetectable = path.join(dir, 'メモ.txt');
    await writeFile(undetectable, 'こんにちは\n');
    expect((await importFiles('auto', undetectable)).stderr).toContain('判別できませんでした');
  });

  test('without --json and not at a terminal it prints a summary and no progress bar', async () => {
    const run = await runCli(
      ['import', '--tenant', 'takahashi', '--shop', 'rakuten-main', '--format', 'rakuten', FIXTURE],
      env,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('新規 0 / 更新 0 / 変更なし 3 / エラー 1 (6 行)');
    expect(run.stdout).toContain('rakuten-rms.csv 6行目 [個数]');
    expect(run.stdout + run.stderr).not.toContain('取込中');
  });

  test('at a terminal a progress bar shows how far the import is', async () => {
    // util-linux `script` runs the CLI in a pseudo-terminal, as a person at a shell would.
    const command = [
      process.execPath,
      '--import',
      'tsx',
      'infrastructure/cli/oms.ts',
      'import',
      '--tenant',
      'takahashi',
      '--shop',
      'rakuten-main',
      '--format',
      'rakuten',
      FIXTURE,
    ]
      .map((part) => `'${part}'`)
      .join(' ');
    const { stdout } = await promisify(execFile)('script', ['-qec', command, '/dev/null'], {
      cwd: path.join(__dirname, '../..'),
      env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
    });
    expect(stdout).toMatch(/取込中 \[.*\] 100% \| 新規 0 更新 0 変更なし 3 エラー 1/);
    expect(stdout).toContain('新規 0 / 更新 0 / 変更なし 3 / エラー 1 (6 行)');
  });
});
