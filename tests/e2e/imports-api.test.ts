import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import { CommandHandler } from '../../application/commands/command-handler';
import { createProductEventRegistry } from '../../application/events/product-events';
import { systemClock } from '../../application/ports/clock';
import { importDecider } from '../../domain/import/import';
import { shopIdFor, streamName, tenantIdFor } from '../../domain/shared/ids';
import { PostgreSqlEventStore } from '../../infrastructure/event-store/postgresql/postgresql-event-store';
import type { TestDatabase } from '../support/database';
import { eventually } from '../support/eventually';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant } from '../support/tenant-fixture';
import { apiCaller, type ApiResponse, signIn } from '../support/api-client';

const FIXTURE = path.join(__dirname, '../fixtures/import/rakuten-rms.csv');

const app = inProcessAppForThisFile({ beforeStart: leaveAnImportRunning });
const cookies: Record<'owner' | 'staff' | 'viewer' | 'other', string> = { owner: '', staff: '', viewer: '', other: '' };
const rakutenShop = shopIdFor(tenantIdFor('takahashi'), 'rakuten-main');
const yahooShop = shopIdFor(tenantIdFor('takahashi'), 'yahoo-main');
const yamadaShop = shopIdFor(tenantIdFor('takahashi'), 'yamada-mall');
const otherShop = shopIdFor(tenantIdFor('other-co'), 'rakuten-main');

beforeAll(async () => {
  await Promise.all([
    seedTenant(app(), {
      code: 'takahashi',
      adminPassword: 'pass-a',
      shops: [
        { code: 'rakuten-main', mall: 'rakuten', name: 'rakuten-main店' },
        { code: 'yahoo-main', mall: 'yahoo', name: 'yahoo-main店' },
        { code: 'yamada-mall', mall: 'other', name: 'yamada-mall店' },
      ],
      staffMembers: [
        { username: 'sato', displayName: '佐藤 ﾊﾅｺ', password: 'pass-sato', roles: ['staff'] },
        {
          username: 'suzuki',
          displayName: '鈴木 一郎',
          password: 'pass-suzuki',
          roles: ['staff'],
          permissions: ['bulletin.post'],
        },
      ],
    }),
    seedTenant(app(), {
      code: 'other-co',
      adminPassword: 'pass-b',
      shops: [{ code: 'rakuten-main', mall: 'rakuten', name: 'rakuten-main店' }],
    }),
  ]);
  cookies.owner = await signIn(app(), 'takahashi', 'owner', 'pass-a');
  cookies.staff = await signIn(app(), 'takahashi', 'sato', 'pass-sato');
  cookies.viewer = await signIn(app(), 'takahashi', 'suzuki', 'pass-suzuki');
  cookies.other = await signIn(app(), 'other-co', 'owner', 'pass-b');
}, 60_000);

/**
 * An import whose process stopped after ImportStarted, of a tenant of its own so that no list here shows it: written
 * before the app starts (the app's beforeStart), as a process that stopped would have left it.
 */
const abandonedImport = { id: randomUUID(), tenantId: randomUUID() };
async function leaveAnImportRunning(database: TestDatabase) {
  const store = new PostgreSqlEventStore(database.pool);
  const start = {
    type: 'StartImport' as const,
    importId: abandonedImport.id,
    tenantId: abandonedImport.tenantId,
    shopId: 'shop-x',
    format: 'rakuten',
    files: [{ name: '楽天①.csv', size: 1 }],
  };
  const context = {
    tenantId: abandonedImport.tenantId,
    actor: 'cli',
    correlationId: randomUUID(),
    commandId: randomUUID(),
  };
  await new CommandHandler(store, createProductEventRegistry(), systemClock).handle(
    importDecider,
    streamName.import(abandonedImport.id),
    start,
    context,
    { commandName: 'StartImport' },
  );
  await store.close();
}

const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(app())(...args);
const get = (url: string, cookie = cookies.owner) => call('GET', url, cookie);
const fieldPaths = (body: { error: { fields?: Array<{ path: string }> } }) => body.error.fields?.map((f) => f.path);

const upload = async (
  fields: Record<string, string>,
  files: ReadonlyArray<{ name: string; content: Buffer | string }>,
  cookie: string | undefined = cookies.owner,
  headers: Record<string, string> = {},
) => {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  for (const file of files)
    form.append(
      'files',
      new Blob([typeof file.content === 'string' ? file.content : new Uint8Array(file.content)]),
      file.name,
    );
  const response = await fetch(`${app().url}/api/imports`, {
    method: 'POST',
    headers: { ...headers, ...(cookie && { cookie }) },
    body: form,
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as ApiResponse['body'] };
};
const rakutenFile = async () => ({ name: 'rakuten-rms.csv', content: await readFile(FIXTURE) });

describe('POST /api/imports', () => {
  let importId: string;

  test('a 楽天 RMS file is imported: counts, the bad row with file, row and column, who and which file', async () => {
    const file = await rakutenFile();
    const result = await upload({ shopId: rakutenShop, format: 'rakuten' }, [file]);
    importId = result.body.id;
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({
      shopId: rakutenShop,
      shopCode: 'rakuten-main',
      format: 'rakuten',
      status: 'completed',
      imported: 3,
      updated: 0,
      unchanged: 0,
      failed: 1,
      rows: 6,
      problemCount: 1,
      actorName: 'owner',
      files: [{ name: 'rakuten-rms.csv', size: file.content.length }],
      problems: [
        {
          file: 'rakuten-rms.csv',
          row: 6,
          column: '個数',
          ja: expect.stringContaining('いっこ'),
          en: expect.any(String),
        },
      ],
    });
  });

  test('the imported orders are in the order list as soon as the answer comes', async () => {
    const orders = await get(`/orders?filter=${encodeURIComponent(JSON.stringify({ q: '387215-20261130' }))}`);
    expect(orders.body.map((o: { orderNumber: string }) => o.orderNumber).sort()).toEqual([
      '387215-20261130-0000001',
      '387215-20261130-0000002',
      '387215-20261130-0000004',
    ]);
  });

  test('the same file again, auto-detected, changes nothing', async () => {
    const again = await upload({ shopId: rakutenShop }, [await rakutenFile()], cookies.staff);
    expect(again).toMatchObject({
      status: 201,
      body: { format: 'rakuten', imported: 0, unchanged: 3, failed: 1, actorName: '佐藤 ﾊﾅｺ' },
    });
  });

  test('history: newest first with Content-Range, one import with its problems', async () => {
    const list = await get('/imports');
    expect(list.status).toBe(200);
    expect(list.range).toBe('imports 0-1/2');
    expect(list.body.map((i: { actorName: string }) => i.actorName)).toEqual(['佐藤 ﾊﾅｺ', 'owner']);
    expect((await get(`/imports?filter=${encodeURIComponent(JSON.stringify({ shopId: yahooShop }))}`)).range).toBe(
      'imports 0-0/0',
    );
    expect((await get(`/imports/${importId}`)).body).toMatchObject({
      id: importId,
      imported: 3,
      problems: [{ row: 6 }],
    });
    expect(fieldPaths((await get('/imports?sort=["shop","ASC"]')).body)).toEqual(['sort.0']);
  });

  test('the problems as CSV for Excel: UTF-8 with BOM, file,row,column,message', async () => {
    const response = await fetch(`${app().url}/api/imports/${importId}/problems.csv`, {
      headers: { cookie: cookies.owner },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe('file,row,column,message');
    expect(lines[1]).toMatch(/^rakuten-rms\.csv,6,個数,.*いっこ/);
    expect(lines).toHaveLength(2);
  });

  test('bad requests are 400 with the field; a format of another mall is 422', async () => {
    const file = await rakutenFile();
    expect(fieldPaths((await upload({ shopId: rakutenShop, format: 'rakuten' }, [])).body)).toEqual(['files']);
    expect(fieldPaths((await upload({ format: 'rakuten' }, [file])).body)).toEqual(['shopId']);
    expect(fieldPaths((await upload({ shopId: randomUUID() }, [file])).body)).toEqual(['shopId']);
    const unknown = await upload({ shopId: rakutenShop, format: 'ebay' }, [file]);
    expect(unknown.status).toBe(400);
    expect(fieldPaths(unknown.body)).toEqual(['format']);
    const otherMall = await upload({ shopId: yahooShop, format: 'rakuten' }, [file]);
    expect(otherMall.status).toBe(422);
    expect(otherMall.body.error.ja).toContain('楽天');
    const tooMany = await upload(
      { shopId: rakutenShop },
      Array.from({ length: 21 }, () => file),
    );
    expect(tooMany.status).toBe(400);
  });

  test('signed out 401; without orders.process 403; nothing is imported', async () => {
    expect((await upload({ shopId: rakutenShop }, [await rakutenFile()], '')).status).toBe(401);
    const refused = await upload({ shopId: rakutenShop }, [await rakutenFile()], cookies.viewer);
    expect(refused).toMatchObject({ status: 403, body: { error: { permission: 'orders.process' } } });
    expect((await get('/imports')).range).toBe('imports 0-1/2');
    expect((await get('/imports', '')).status).toBe(401);
  });

  test("404 for a missing import and for another tenant's, whose list is its own", async () => {
    expect((await get(`/imports/${randomUUID()}`)).status).toBe(404);
    expect((await get('/imports/not-a-uuid')).status).toBe(404);
    expect((await get(`/imports/${importId}`, cookies.other)).status).toBe(404);
    expect(
      (await fetch(`${app().url}/api/imports/${importId}/problems.csv`, { headers: { cookie: cookies.other } })).status,
    ).toBe(404);
    expect((await get('/imports', cookies.other)).range).toBe('imports 0-0/0');
    expect(fieldPaths((await upload({ shopId: rakutenShop }, [await rakutenFile()], cookies.other)).body)).toEqual([
      'shopId',
    ]);
  });

  test('an import the client names keeps that id; the same id again is 409; from another tenant 404, as if it did not exist; a malformed one 400', async () => {
    const id = randomUUID();
    const named = await upload({ shopId: rakutenShop, format: 'rakuten', importId: id }, [await rakutenFile()]);
    expect(named).toMatchObject({ status: 201, body: { id, status: 'completed', unchanged: 3 } });
    // Counts so far are only shown while the import runs.
    expect(named.body.progress).toBeUndefined();
    const again = await upload({ shopId: rakutenShop, format: 'rakuten', importId: id }, [await rakutenFile()]);
    expect(again.status).toBe(409);
    expect(fieldPaths(again.body)).toEqual(['importId']);
    const otherTenant = await upload(
      { shopId: otherShop, format: 'rakuten', importId: id },
      [await rakutenFile()],
      cookies.other,
    );
    expect(otherTenant.status).toBe(404);
    expect(fieldPaths(otherTenant.body)).toEqual(['importId']);
    expect((await get(`/imports/${id}`, cookies.other)).status).toBe(404);
    const malformed = await upload({ shopId: rakutenShop, format: 'rakuten', importId: '取込-1' }, [
      await rakutenFile(),
    ]);
    expect(malformed.status).toBe(400);
    expect(fieldPaths(malformed.body)).toEqual(['importId']);
  });

  test('Prefer: respond-async answers 202 once the import has started; it is running until its orders are in the order list', async () => {
    // The fixture's orders under other numbers, so that this import creates them.
    const renumbered = Buffer.from(
      (await readFile(FIXTURE)).toString('latin1').replaceAll('387215-20261130-', '387215-20261201-'),
      'latin1',
    );
    const accepted = await upload(
      { shopId: rakutenShop, format: 'rakuten' },
      [{ name: '楽天①.csv', content: renumbered }],
      cookies.owner,
      { Prefer: 'respond-async' },
    );
    expect(accepted.status).toBe(202);
    expect(accepted.headers.get('preference-applied')).toBe('respond-async');
    const id = accepted.body.id as string;
    expect(accepted.headers.get('location')).toBe(`/api/imports/${id}`);
    expect(accepted.body).toMatchObject({ status: 'running', format: 'rakuten', files: [{ name: '楽天①.csv' }] });
    const done = await eventually(
      () => get(`/imports/${id}`),
      (r) => r.body.status !== 'running',
      'the accepted import did not finish',
    );
    expect(done.body).toMatchObject({
      status: 'completed',
      imported: 3,
      failed: 1,
      problems: [{ file: '楽天①.csv', row: 6 }],
    });
    const orders = await get(`/orders?filter=${encodeURIComponent(JSON.stringify({ q: '387215-20261201' }))}`);
    expect(orders.body).toHaveLength(3);
    expect((await get(`/imports/${id}`, cookies.other)).status).toBe(404);
  });

  test('Prefer: respond-async still refuses at once what cannot be imported', async () => {
    const unknown = await upload({ shopId: rakutenShop, format: 'ない形式' }, [await rakutenFile()], cookies.owner, {
      Prefer: 'respond-async',
    });
    expect(unknown.status).toBe(400);
    expect(fieldPaths(unknown.body)).toEqual(['format']);
    const otherMall = await upload({ shopId: yahooShop, format: 'rakuten' }, [await rakutenFile()], cookies.owner, {
      Prefer: 'wait=5, respond-async',
    });
    expect(otherMall.status).toBe(422);
  });
});

test('an import left running by a process that stopped is recorded as failed once the server is up', async () => {
  const failure = await eventually(
    () =>
      app().database.pool.query<{ status: string; failure: { ja: string } | null }>(
        'SELECT status, failure FROM imports WHERE id = $1',
        [abandonedImport.id],
      ),
    ({ rows }) => rows[0]?.status === 'failed',
    'the abandoned import was not ended',
  );
  expect(failure.rows[0]!.failure!.ja).toContain('サーバーが停止しました');
});

describe('import formats', () => {
  test('built-in formats, and for one shop only those of its mall', async () => {
    const all = await get('/import-formats');
    expect(all.status).toBe(200);
    expect(all.body.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(['rakuten', 'standard']));
    const forYahoo = (
      await get(`/import-formats?filter=${encodeURIComponent(JSON.stringify({ shopId: yahooShop }))}`)
    ).body.map((f: { name: string }) => f.name);
    expect(forYahoo).toContain('standard');
    expect(forYahoo).not.toContain('rakuten');
    expect((await get('/import-formats', '')).status).toBe(401);
  });

  test('the standard template is a header line in UTF-8 with BOM', async () => {
    const response = await fetch(`${app().url}/api/import-formats/standard/template.csv`, {
      headers: { cookie: cookies.staff },
    });
    expect(response.status).toBe(200);
    const text = Buffer.from(await response.arrayBuffer());
    expect([...text.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.subarray(3).toString('utf8')).toMatch(/^注文番号,注文日時,/);
  });
});

describe('saved mappings (取込設定) and custom formats', () => {
  const yamada = {
    shopId: yamadaShop,
    name: 'ヤマダモール',
    mapping: {
      fields: {
        orderNumber: '受注番号',
        orderedAt: '受注日時',
        'orderer.name': '購入者名',
        'orderer.kana': '購入者カナ',
        'orderer.phone': '電話',
        'line.name': '商品名',
        'line.unitPrice': '単価',
        'line.quantity': '数量',
        payment: '決済方法',
      },
      dateFormats: ['yyyy年M月d日 H時m分'],
      paymentMethods: { ｸﾚｼﾞｯﾄｶｰﾄﾞ決済: 'credit_card' },
    },
  };
  const yamadaCsv = iconv.encode(
    [
      '受注番号,受注日時,購入者名,購入者カナ,電話,商品名,単価,数量,決済方法',
      'YM-0001,2026年11月30日 9時5分,髙橋 花子,ﾀｶﾊｼ ﾊﾅｺ,０９０－１２３４－５６７８,"静岡茶①～特選～, ㈱茶園",1080,2,ｸﾚｼﾞｯﾄｶｰﾄﾞ決済',
      'YM-0001,2026年11月30日 9時5分,髙橋 花子,ﾀｶﾊｼ ﾊﾅｺ,０９０－１２３４－５６７８,有田焼 湯呑み,2200,1,ｸﾚｼﾞｯﾄｶｰﾄﾞ決済',
      'YM-0002,2026年11月30日 10時0分,齋藤 桃子,ｻｲﾄｳ ﾓﾓｺ,03-1234-5678,羊羹,-5,1,銀行振込',
    ].join('\r\n') + '\r\n',
    'cp932',
  );
  let mappingId: string;

  test('a mapping is saved for a shop (201) with defaults for what was left out', async () => {
    const created = await call('POST', '/import-mappings', cookies.owner, yamada);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'ヤマダモール',
      shopId: yamadaShop,
      mapping: { delimiter: ',', header: true, fields: yamada.mapping.fields },
    });
    mappingId = created.body.id;
    expect((await get('/import-mappings')).body.map((m: { name: string }) => m.name)).toEqual(['ヤマダモール']);
    const formats = (await get(`/import-formats?filter=${encodeURIComponent(JSON.stringify({ shopId: yamadaShop }))}`))
      .body;
    expect(formats).toContainEqual(
      expect.objectContaining({ name: 'custom:ヤマダモール', label: 'ヤマダモール', custom: true }),
    );
  });

  test('a cart without a built-in format imports through it, CP932 characters intact', async () => {
    const result = await upload({ shopId: yamadaShop, format: 'custom:ヤマダモール' }, [
      { name: 'ヤマダ受注①.csv', content: yamadaCsv },
    ]);
    expect(result).toMatchObject({
      status: 201,
      body: { format: 'custom:ヤマダモール', imported: 1, failed: 1, files: [{ name: 'ヤマダ受注①.csv' }] },
    });
    expect(result.body.problems).toEqual([
      expect.objectContaining({ file: 'ヤマダ受注①.csv', row: 4, column: '単価' }),
    ]);
    const [order] = (await get(`/orders?filter=${encodeURIComponent(JSON.stringify({ q: 'YM-0001' }))}`)).body;
    const detail = (await get(`/orders/${order.id}`)).body;
    expect(detail.mallData).toMatchObject({
      orderedAt: '2026-11-30T09:05:00+09:00',
      orderer: { name: '髙橋 花子', kana: 'ﾀｶﾊｼ ﾊﾅｺ' },
      payment: { method: 'credit_card' },
    });
    expect(detail.mallData.destinations[0].lines.map((l: { name: string }) => l.name)).toEqual([
      '静岡茶①～特選～, ㈱茶園',
      '有田焼 湯呑み',
    ]);
    // Auto-detection finds the shop's saved mapping by its columns.
    const auto = await upload({ shopId: yamadaShop }, [{ name: 'ヤマダ受注①.csv', content: yamadaCsv }]);
    expect(auto.body).toMatchObject({ format: 'custom:ヤマダモール', unchanged: 1 });
  });

  test('bad mappings are 400 with the field path; the same name again is 409; staff may not save (403)', async () => {
    const noQuantity = {
      ...yamada,
      name: '別名',
      mapping: { ...yamada.mapping, fields: { ...yamada.mapping.fields, 'line.quantity': undefined } },
    };
    expect(fieldPaths((await call('POST', '/import-mappings', cookies.owner, noQuantity)).body)).toEqual([
      'mapping.fields.line.quantity',
    ]);
    const badDelimiter = await call('POST', '/import-mappings', cookies.owner, {
      ...yamada,
      name: '別名',
      mapping: { ...yamada.mapping, delimiter: ';' },
    });
    expect(badDelimiter.status).toBe(400);
    expect(fieldPaths(badDelimiter.body)).toEqual(['mapping.delimiter']);
    const badPayment = await call('POST', '/import-mappings', cookies.owner, {
      ...yamada,
      name: '別名',
      mapping: { ...yamada.mapping, paymentMethods: { 代引: 'cod' } },
    });
    expect(fieldPaths(badPayment.body)).toEqual(['mapping.paymentMethods.代引']);
    expect(fieldPaths((await call('POST', '/import-mappings', cookies.owner, { ...yamada, name: ' ' })).body)).toEqual([
      'name',
    ]);
    expect(
      fieldPaths((await call('POST', '/import-mappings', cookies.owner, { ...yamada, shopId: otherShop })).body),
    ).toEqual(['shopId']);
    expect((await call('POST', '/import-mappings', cookies.owner, yamada)).status).toBe(409);
    expect((await call('POST', '/import-mappings', cookies.staff, { ...yamada, name: '別名' })).status).toBe(403);
    expect((await call('POST', '/import-mappings', '', yamada)).status).toBe(401);
  });

  test('a mapping is changed and deleted; another tenant gets 404 for it', async () => {
    const changed = {
      mapping: { ...yamada.mapping, paymentMethods: { ...yamada.mapping.paymentMethods, 銀行振込: 'bank_transfer' } },
    };
    expect((await call('GET', `/import-mappings/${mappingId}`, cookies.other)).status).toBe(404);
    expect((await call('PUT', `/import-mappings/${mappingId}`, cookies.other, changed)).status).toBe(404);
    expect((await call('DELETE', `/import-mappings/${mappingId}`, cookies.other)).status).toBe(404);
    expect((await get('/import-mappings', cookies.other)).range).toBe('import-mappings 0-0/0');
    expect((await call('PUT', `/import-mappings/${mappingId}`, cookies.staff, changed)).status).toBe(403);
    const put = await call('PUT', `/import-mappings/${mappingId}`, cookies.owner, changed);
    expect(put).toMatchObject({ status: 200, body: { mapping: { paymentMethods: { 銀行振込: 'bank_transfer' } } } });
    expect((await call('PUT', `/import-mappings/${randomUUID()}`, cookies.owner, changed)).status).toBe(404);
    expect((await call('DELETE', `/import-mappings/${mappingId}`, cookies.owner)).status).toBe(200);
    expect((await get(`/import-mappings/${mappingId}`)).status).toBe(404);
    const gone = await upload({ shopId: yamadaShop, format: 'custom:ヤマダモール' }, [
      { name: 'y.csv', content: yamadaCsv },
    ]);
    expect(gone.status).toBe(400);
  });
});

describe('broken and hostile files', () => {
  /** The fixture's orders under numbers of their own, with changes, in CP932 as 楽天 hands it out. */
  const fixtureWith = async (day: string, change: (text: string) => string = (text) => text) =>
    iconv.encode(
      change(iconv.decode(await readFile(FIXTURE), 'cp932').replaceAll('387215-20261130-', `387215-${day}-`)),
      'cp932',
    );
  const problemsCsv = async (id: string) => {
    const response = await fetch(`${app().url}/api/imports/${id}/problems.csv`, { headers: { cookie: cookies.owner } });
    return Buffer.from(await response.arrayBuffer())
      .subarray(3)
      .toString('utf8')
      .trim()
      .split('\r\n');
  };

  test('a NUL in one name refuses that order with its row and column; the others are imported, and again the same way', async () => {
    const content = await fixtureWith('20261210', (text) => text.replace('"髙橋","花子"', '"髙\0橋","花子"'));
    for (const expected of [{ imported: 2 }, { imported: 0, unchanged: 2 }]) {
      const result = await upload({ shopId: rakutenShop, format: 'rakuten' }, [{ name: 'nul.csv', content }]);
      expect(result).toMatchObject({ status: 201, body: { status: 'completed', ...expected, failed: 2 } });
      expect(result.body.problems).toContainEqual({
        file: 'nul.csv',
        row: 2,
        column: '注文者姓+注文者名',
        ja: '注文者姓+注文者名 にNUL文字 (U+0000) が含まれています',
        en: '注文者姓+注文者名 contains a NUL character (U+0000)',
      });
    }
    const orders = await get(`/orders?filter=${encodeURIComponent(JSON.stringify({ q: '387215-20261210' }))}`);
    expect(orders.body.map((o: { orderNumber: string }) => o.orderNumber).sort()).toEqual([
      '387215-20261210-0000002',
      '387215-20261210-0000004',
    ]);
  });

  test('an over-long remark refuses its order with the row, the column and the limit', async () => {
    const content = await fixtureWith('20261211', (text) => text.replace('２行目の備考"', `${'長'.repeat(200_000)}"`));
    const result = await upload({ shopId: rakutenShop, format: 'rakuten' }, [{ name: 'long.csv', content }]);
    expect(result).toMatchObject({ status: 201, body: { imported: 2, failed: 2 } });
    expect(result.body.problems).toContainEqual(
      expect.objectContaining({ row: 2, column: 'コメント', ja: 'コメント は10000文字までです' }),
    );
  });

  test('an empty, a header-only and a UTF-16 file each say so; detecting the format of one is a 422 on files', async () => {
    const header = (await readFile(FIXTURE)).subarray(0, (await readFile(FIXTURE)).indexOf('\n') + 1);
    const utf16 = iconv.encode(iconv.decode(await readFile(FIXTURE), 'cp932'), 'utf16le');
    const result = await upload({ shopId: rakutenShop, format: 'rakuten' }, [
      { name: 'empty.csv', content: '' },
      { name: 'header.csv', content: header },
      { name: 'unicode.txt', content: utf16 },
    ]);
    expect(result).toMatchObject({
      status: 201,
      body: { imported: 0, unreadableFiles: ['empty.csv', 'header.csv', 'unicode.txt'] },
    });
    expect(result.body.problems).toEqual([
      expect.objectContaining({ file: 'empty.csv', row: 0, ja: 'ファイルが空です' }),
      expect.objectContaining({ file: 'header.csv', row: 0, ja: '見出しの行だけで、受注の行がありません' }),
      expect.objectContaining({
        file: 'unicode.txt',
        row: 0,
        ja: 'UTF-16のファイルは読めません。Shift_JIS (CP932) かUTF-8で保存してください',
      }),
    ]);
    for (const [content, ja] of [
      ['', 'ファイルが空です'],
      [utf16, expect.stringContaining('Shift_JIS (CP932) かUTF-8')],
    ] as const) {
      const detecting = await upload({ shopId: rakutenShop }, [{ name: 'x.csv', content }]);
      expect(detecting).toMatchObject({ status: 422, body: { error: { code: 'import.unreadable_file', ja } } });
      expect(fieldPaths(detecting.body)).toEqual(['files']);
    }
  });

  test('problems.csv starts a cell that a spreadsheet would run as a formula with a quote', async () => {
    const names = ['=1+2.csv', '+1.csv', '-1.csv', '@SUM(1).csv'];
    const result = await upload(
      { shopId: rakutenShop, format: 'rakuten' },
      names.map((name) => ({ name, content: '' })),
    );
    expect(result.status).toBe(201);
    const lines = await problemsCsv(result.body.id);
    expect(lines.slice(1).sort()).toEqual(names.map((name) => `'${name},0,,ファイルが空です`).sort());
  });
});
