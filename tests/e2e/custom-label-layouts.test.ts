/**
 * カスタム送り状 through the real app and the CLI: saved per tenant (another tenant never sees them), refused with the
 * field's path when they make no sense, exported as custom:NAME and read back as a return file; and クリックポスト,
 * which takes 40 labels a file, refused above that by the API and split by the CLI.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { apiCaller, signIn } from '../support/api-client';
import { runCli } from '../support/cli';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
let tenant: Tenant;
let cookie: string;
let otherCookie: string;
let folder: string;
const env = () => ({ DATABASE_URL: app().database.connectionString });
const call = (method: string, url: string, body?: unknown, who = cookie) => apiCaller(app())(method, url, who, body);
const decode = (bytes: Buffer): string[][] => parse(iconv.decode(bytes, 'cp932'), { relax_column_count: true });
/** A Yamato number: 11 digits and their remainder by 7. */
const yamato = (n: number) => `${n}${BigInt(n) % 7n}`;

const warehouse = {
  carrier: 'yamato',
  encoding: 'cp932',
  header: true,
  columns: [
    { header: '管理番号', source: { field: 'key' } },
    { header: '受注番号', source: { field: 'orderNumber' } },
    { header: 'お届け先名', source: { field: 'recipient.name' }, limit: 40 },
    { header: 'お届け先住所', source: { join: ['recipient.address', 'recipient.building'], separator: '　' } },
    { header: '荷扱い', source: { fixed: 'ワレモノ①' } },
    { header: '伝票番号', source: { fixed: '' } },
  ],
  keyColumn: 1,
  trackingNumberColumn: 6,
};

beforeAll(async () => {
  tenant = await seedTenant(app(), { code: 'takahashi-custom', orders: 45 });
  const other = await seedTenant(app(), { code: 'other-custom', shops: [] });
  cookie = await signIn(app(), tenant.code, tenant.admin.username, tenant.admin.password);
  otherCookie = await signIn(app(), other.code, other.admin.username, other.admin.password);
  folder = await mkdtemp(path.join(tmpdir(), 'oms-custom-labels-'));
}, 120_000);
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('/api/custom-label-layouts', () => {
  let id: string;

  test('a layout is created, listed, changed and seen by its tenant only', async () => {
    const created = await call('POST', '/custom-label-layouts', { name: ' 髙橋の倉庫用 ', layout: warehouse });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: '髙橋の倉庫用', layoutName: 'custom:髙橋の倉庫用', layout: warehouse });
    id = created.body.id;
    const list = await call('GET', '/custom-label-layouts?range=[0,9]');
    expect(list.body.map((l: { name: string }) => l.name)).toEqual(['髙橋の倉庫用']);

    const changed = await call('PUT', `/custom-label-layouts/${id}`, { layout: { ...warehouse, header: false } });
    expect(changed.status).toBe(200);
    expect(changed.body.layout.header).toBe(false);
    expect((await call('PUT', `/custom-label-layouts/${id}`, { layout: warehouse })).status).toBe(200);

    expect((await call('GET', '/custom-label-layouts?range=[0,9]', undefined, otherCookie)).body).toEqual([]);
    expect((await call('GET', `/custom-label-layouts/${id}`, undefined, otherCookie)).status).toBe(404);
    expect((await call('PUT', `/custom-label-layouts/${id}`, { layout: warehouse }, otherCookie)).status).toBe(404);
    expect((await call('DELETE', `/custom-label-layouts/${id}`, undefined, otherCookie)).status).toBe(404);
    expect((await call('GET', `/custom-label-layouts/${id}`)).status).toBe(200);
  });

  test('a bad definition is a 400 naming the field; a taken name is refused', async () => {
    const path400 = async (layout: unknown) => {
      const answer = await call('POST', '/custom-label-layouts', { name: '壊れた', layout });
      expect(answer.status).toBe(400);
      return answer.body.error.fields.map((f: { path: string }) => f.path);
    };
    expect(await path400({ ...warehouse, keyColumn: 7 })).toContain('layout.keyColumn');
    expect(await path400({ ...warehouse, keyColumn: 2 })).toContain('layout.keyColumn');
    expect(await path400({ ...warehouse, trackingNumberColumn: undefined })).toContain('layout.trackingNumberColumn');
    expect(await path400({ ...warehouse, columns: [] })).toContain('layout.columns');
    const badField = await path400({ ...warehouse, columns: [{ header: 'x', source: { field: 'recipient.fax' } }] });
    expect(badField.join(' ')).toContain('layout.columns.0.source');
    expect(await path400({ ...warehouse, encoding: 'sjis' })).toContain('layout.encoding');
    const taken = await call('POST', '/custom-label-layouts', { name: '髙橋の倉庫用', layout: warehouse });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('custom_label_layout.name_taken');
  });

  test('custom:NAME exports through the API; another tenant has no such layout', async () => {
    const ids = tenant.orderIds.slice(0, 2);
    const response = await fetch(`${app().url}/api/label-exports`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ layout: 'custom:髙橋の倉庫用', ids }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('Shift_JIS');
    const [header, ...labels] = decode(Buffer.from(await response.arrayBuffer()));
    expect(header).toEqual(warehouse.columns.map((c) => c.header));
    expect(labels).toHaveLength(2);
    expect(labels[0]).toEqual([
      expect.stringMatching(/^[0-9A-Z]{13}00$/),
      expect.stringMatching(/^123456-20261130-000000[01]$/),
      '㈱髙島商店 御中',
      '大阪府大阪市北区梅田3丁目1番',
      'ワレモノ①',
      '',
    ]);
    const elsewhere = await call('POST', '/label-exports', { layout: 'custom:髙橋の倉庫用', ids: [] }, otherCookie);
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error.code).toBe('labels.unknown_layout');
  });

  test('oms labels writes custom:NAME and oms tracking import reads the same columns back', async () => {
    const out = path.join(folder, 'warehouse.csv');
    const numbers = tenant.orderIds.slice(2, 4);
    const exported = await runCli(
      [
        'labels',
        '--tenant',
        tenant.code,
        '--layout',
        'custom:髙橋の倉庫用',
        '--orders',
        '123456-20261130-0000002,123456-20261130-0000003',
        '--out',
        out,
        '--json',
      ],
      env(),
    );
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(exported.stdout)).toEqual({ orders: 2, labels: 2, moved: 0, refused: 0 });
    const [header, ...labels] = decode(await readFile(out));
    // The carrier's software fills 伝票番号 and gives the columns back, in another order.
    const back = [
      [header![5], header![0], header![2]],
      ...labels.map((l, n) => [yamato(44441375870 + n), l[0], l[2]]),
      ['', '', ''],
      [yamato(44441375880), 'NOSUCHKEY0000000', '山﨑 太郎'],
    ];
    const file = path.join(folder, 'warehouse-back.csv');
    await writeFile(file, iconv.encode(back.map((r) => r.join(',')).join('\r\n') + '\r\n', 'cp932'));
    const imported = await runCli(
      ['tracking', 'import', '--tenant', tenant.code, '--layout', 'custom:髙橋の倉庫用', '--json', file],
      env(),
    );
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    const result = JSON.parse(imported.stdout);
    expect(result).toMatchObject({ matched: 2, updated: 0, unchanged: 0, unmatched: 1 });
    expect(result.errors).toEqual([expect.objectContaining({ line: 5, key: 'NOSUCHKEY0000000' })]);
    await app().readModelsCaughtUp();
    for (const [n, orderId] of numbers.entries()) {
      const order = (await call('GET', `/orders/${orderId}`)).body;
      expect(JSON.stringify(order)).toContain(yamato(44441375870 + n));
    }
  }, 60_000);

  test('a layout without key and tracking-number columns is refused for tracking import, with the reason', async () => {
    const { keyColumn: _k, trackingNumberColumn: _t, ...plain } = warehouse;
    expect((await call('POST', '/custom-label-layouts', { name: '出力だけ', layout: plain })).status).toBe(201);
    const file = path.join(folder, 'plain.csv');
    await writeFile(file, '管理番号,伝票番号\r\n');
    const imported = await runCli(
      ['tracking', 'import', '--tenant', tenant.code, '--layout', 'custom:出力だけ', file],
      env(),
    );
    expect(imported.code).not.toBe(0);
    expect(imported.stderr).toContain('お客様管理番号と伝票番号の列が指定されていません');
    const form = new FormData();
    form.append('layout', 'custom:出力だけ');
    form.append('files', new Blob([new Uint8Array(await readFile(file))]), 'plain.csv');
    const answer = await fetch(`${app().url}/api/tracking-imports`, {
      method: 'POST',
      headers: { cookie },
      body: form,
    });
    expect(answer.status).toBe(400);
    expect((await answer.json()).error.fields).toEqual([
      expect.objectContaining({ path: 'layout', ja: expect.stringContaining('伝票番号の列が指定されていません') }),
    ]);
  }, 60_000);

  test('a removed layout is gone from the list and from the export', async () => {
    const removed = await call('DELETE', `/custom-label-layouts/${id}`);
    expect(removed.status).toBe(200);
    expect((await call('GET', `/custom-label-layouts/${id}`)).status).toBe(404);
    const gone = await call('POST', '/label-exports', {
      layout: 'custom:髙橋の倉庫用',
      ids: tenant.orderIds.slice(0, 1),
    });
    expect(gone.body.error.code).toBe('labels.unknown_layout');
  });
});

describe('クリックポスト, 40 labels a file', () => {
  // Orders 2 and 3 have their tracking numbers (above): the 41 others go by クリックポスト.
  const indexes = [0, 1, ...Array.from({ length: 39 }, (_, i) => i + 4)];
  const clickpostOrders = () => indexes.map((i) => tenant.orderIds[i]!);

  beforeAll(async () => {
    const plan = await call('POST', '/orders/commands/set-shipping-plan', {
      ids: clickpostOrders(),
      shipping: { carrier: 'japanpost', slipType: 'クリックポスト' },
    });
    expect(plan.status).toBe(200);
    await app().readModelsCaughtUp();
  }, 60_000);

  test('the API refuses 41 labels with the per-file limit, and records nothing', async () => {
    const refused = await call('POST', '/label-exports', { layout: 'clickpost', ids: clickpostOrders() });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('labels.too_many_per_file');
    expect(refused.body.error.ja).toContain('1ファイル40件まで');
    const timeline = await call('GET', `/orders/${clickpostOrders()[40]}/timeline`);
    expect(JSON.stringify(timeline.body)).not.toContain('LabelDataExported');
  });

  test('the CLI writes FILE with 40 labels and FILE-2 with the rest', async () => {
    const out = path.join(folder, 'clickpost.csv');
    const numbers = indexes.map((i) => `123456-20261130-000000${i}`).join(',');
    const result = await runCli(
      ['labels', '--tenant', tenant.code, '--layout', 'clickpost', '--orders', numbers, '--out', out, '--json'],
      env(),
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const second = path.join(folder, 'clickpost-2.csv');
    expect(JSON.parse(result.stdout)).toEqual({ orders: 41, labels: 41, moved: 0, refused: 0, files: [out, second] });
    const [header1, ...first] = decode(await readFile(out));
    const [header2, ...rest] = decode(await readFile(second));
    expect(header1).toHaveLength(8);
    expect(header2).toEqual(header1);
    expect(first).toHaveLength(40);
    expect(rest).toHaveLength(1);
    await expect(readFile(path.join(folder, 'clickpost-3.csv'))).rejects.toThrow();
  }, 60_000);
});
