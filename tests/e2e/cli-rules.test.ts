/** `oms rules`: import a JSON array of rules in its order, list them (and as JSON), delete one; bad files are refused. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { highCodRule, remarksTagRule } from '../support/automation-rule-samples';
import { runCli } from '../support/cli';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
let env: Record<string, string>;
let dir: string;
beforeAll(async () => {
  database = await createTestDatabase();
  env = { DATABASE_URL: database.connectionString };
  dir = await mkdtemp(path.join(tmpdir(), 'oms-rules-'));
  for (const tenant of ['takahashi', 'other-co'])
    expect(
      (await runCli(['setup', '--tenant', tenant, '--admin', 'owner'], { ...env, OMS_ADMIN_PASSWORD: 'p-①' })).code,
    ).toBe(0);
}, 180_000);
afterAll(() => database.drop());

const rules = (tenant: string, ...args: string[]) => runCli(['rules', ...args, '--tenant', tenant], env);
const file = async (name: string, content: unknown) => {
  const at = path.join(dir, name);
  await writeFile(at, typeof content === 'string' ? content : JSON.stringify(content));
  return at;
};

describe('oms rules', () => {
  test('imports the rules in the file order, lists them, and deletes one', async () => {
    const disabled = remarksTagRule({ id: 'off', name: '無効①', enabled: false });
    const imported = await rules(
      'takahashi',
      'import',
      '--file',
      await file('rules.json', [remarksTagRule(), highCodRule(), disabled]),
    );
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain('3 rules saved');

    const listed = await rules('takahashi', 'list');
    expect(listed.code).toBe(0);
    const lines = listed.stdout.trim().split('\n');
    expect(lines.map((line) => line.split('\t').slice(0, 4))).toEqual([
      ['1', 'remarks-tag', 'on ', '備考ありにタグ'],
      ['2', 'high-cod', 'on ', '高額代引'],
      ['3', 'off', 'off', '無効①'],
    ]);
    const json = await rules('takahashi', 'list', '--json');
    expect(JSON.parse(json.stdout)).toEqual([remarksTagRule(), highCodRule(), disabled]);
    expect(JSON.parse((await rules('other-co', 'list', '--json')).stdout)).toEqual([]);

    expect((await rules('takahashi', 'delete', '--id', 'high-cod')).code).toBe(0);
    const again = await rules('takahashi', 'delete', '--id', 'high-cod');
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('自動処理ルールが見つかりません');
  }, 300_000);

  test('a file that is not JSON, a malformed rule and a refused rule name what is wrong and save nothing', async () => {
    const notJson = await rules('other-co', 'import', '--file', await file('broken.json', '[{'));
    expect(notJson.code).not.toBe(0);
    expect(notJson.stderr).toContain('JSON');
    const malformed = await rules(
      'other-co',
      'import',
      '--file',
      await file('bad.json', [
        highCodRule(),
        { ...remarksTagRule(), actions: [{ kind: 'hold', box: 'three', reason: '' }] },
      ]),
    );
    expect(malformed.code).not.toBe(0);
    expect(malformed.stderr).toContain('1.actions.0.box');
    const unnamed = await rules(
      'other-co',
      'import',
      '--file',
      await file('unnamed.json', [highCodRule({ name: ' ' })]),
    );
    expect(unnamed.code).not.toBe(0);
    expect(unnamed.stderr).toContain('ルール名を入力してください');
    expect(JSON.parse((await rules('other-co', 'list', '--json')).stdout)).toEqual([]);
  }, 300_000);
});
