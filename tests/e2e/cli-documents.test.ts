/** `oms documents`: orders imported from a real-layout 楽天 file printed by order number and by status tab. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { apiCaller, listQuery, signIn } from '../support/api-client';
import { runCli } from '../support/cli';
import { readPdf } from '../support/pdf-text';
import { IMPORT_FIXTURES } from '../support/import-fixtures';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
let tenant: Tenant;
let cookie: string;
let folder: string;
const env = () => ({ DATABASE_URL: app().database.connectionString });
const documents = (...args: string[]) => runCli(['documents', '--tenant', 'takahashi', ...args], env());
const rows = async (filter: Record<string, unknown>) =>
  (await apiCaller(app())('GET', `/orders?${listQuery({ filter, sort: ['orderNumber', 'ASC'] })}`, cookie))
    .body as Array<{ id: string; orderNumber: string; status: string; printedKinds: string[] }>;

beforeAll(async () => {
  tenant = await seedTenant(app(), {
    code: 'takahashi',
    shops: [{ code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' }],
  });
  cookie = await signIn(app(), tenant.code, tenant.admin.username, tenant.admin.password);
  folder = await mkdtemp(path.join(tmpdir(), 'oms-documents-'));
  const imported = await runCli(
    [
      'import',
      '--tenant',
      'takahashi',
      '--shop',
      'rakuten-main',
      '--format',
      'rakuten',
      path.join(IMPORT_FIXTURES, 'rakuten-rms.csv'),
    ],
    env(),
  );
  expect(imported.code).toBe(0);
  await app().readModelsCaughtUp();
}, 120_000);
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('oms documents', () => {
  test('--orders by order number with --json: exactly {"orders":N,"pages":N} first, the PDF written', async () => {
    const [first, second] = await rows({ status: 'new' });
    const out = path.join(folder, 'two.pdf');
    const result = await documents(
      '--kind',
      'purchase-statement',
      '--orders',
      `${first!.orderNumber},${second!.orderNumber}`,
      '--out',
      out,
      '--json',
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const summary = JSON.parse(result.stdout);
    expect(Object.keys(summary).slice(0, 2)).toEqual(['orders', 'pages']);
    expect(summary).toMatchObject({ orders: 2, pages: expect.any(Number), moved: 0, refused: 0 });
    const pdf = await readPdf(await readFile(out));
    expect(pdf.pages).toBe(summary.pages);
    expect(pdf.text).toContain(first!.orderNumber);
    expect(pdf.text).toContain(second!.orderNumber);
    await app().readModelsCaughtUp();
    const printed = (await rows({ status: 'new' })).filter((r) => r.printedKinds.includes('purchase-statement'));
    expect(printed.map((r) => r.id).sort()).toEqual([first!.id, second!.id].sort());
  }, 60_000);

  test('--status prints the whole tab and moves it on, with a Japanese summary', async () => {
    const tab = await rows({ status: 'new' });
    const move = await apiCaller(app())('POST', '/orders/commands/move', cookie, {
      ids: tab.map((r) => r.id),
      to: 'awaiting_documents',
    });
    expect(move.status).toBe(200);
    const out = path.join(folder, 'tab.pdf');
    const result = await documents('--kind', 'purchase-statement', '--status', 'awaiting_documents', '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`帳票出力 お買い上げ明細書: ${tab.length}件`);
    expect(result.stdout).toContain(`次のステータスへ ${tab.length}件`);
    const pdf = await readPdf(await readFile(out));
    for (const row of tab) expect(pdf.text).toContain(row.orderNumber);
    await app().readModelsCaughtUp();
    expect(await rows({ status: 'awaiting_documents' })).toEqual([]);
  }, 60_000);

  test('an order number the tenant does not have prints nothing and says which', async () => {
    const out = path.join(folder, 'none.pdf');
    const result = await documents('--kind', 'receipt', '--orders', '999999-20261130-0000009', '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('999999-20261130-0000009');
    await expect(readFile(out)).rejects.toThrow();
  });

  test('--status and --orders together, or an unknown kind, are refused', async () => {
    const out = path.join(folder, 'x.pdf');
    expect((await documents('--kind', 'auto', '--status', 'new', '--orders', '1', '--out', out)).code).toBe(1);
    const unknown = await documents('--kind', 'letter', '--status', 'new', '--out', out);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('--kind');
  });
});
