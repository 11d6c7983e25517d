/**
 * 伝票番号取込 on real orders: a B2クラウド 発行済データ file built from the keys the orders hold, imported through the
 * application service and the command pipeline. The keys come from a table here standing in for the label-data
 * export's index, which records them on the orders (see LabelKeys).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Caller } from '../../application/commands/command-pipeline';
import {
  importTrackingNumbers,
  type LabelKeys,
  type LabelKeyOwner,
  type TrackingImportCounts,
} from '../../application/tracking/import-tracking-numbers';
import { returnFileLayout } from '../../application/tracking/return-files/return-file-layouts';
import { TOKENS } from '../../infrastructure/container';
import { apiCaller, signIn } from '../support/api-client';
import { eventually } from '../support/eventually';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(app())(...args);
let tenant: Tenant;
let cookie: string;
let otherCookie: string;
const owners: LabelKeyOwner[] = [];
const labelKeys: LabelKeys = {
  find: async (_tenantId, keys) => owners.filter((owner) => keys.includes(owner.key)),
};

/** A Yamato number: 11 digits and their remainder by 7. */
const yamato = (n: number) => `${n}${BigInt(n) % 7n}`;

/** The 95-column header of a real B2 発行済データ, then one row per label: key in 1, number in 4, CP932, CRLF. */
const B2_HEADER = iconv
  .decode(readFileSync(path.join(__dirname, '../fixtures/tracking/b2cloud-issued.csv')), 'cp932')
  .split('\r\n')[0]!;
const b2File = (rows: readonly (readonly [key: string, trackingNumber: string])[]) =>
  iconv.encode(
    [
      B2_HEADER,
      ...rows.map(([key, number]) => {
        const cells = Array<string>(95).fill('');
        cells[0] = key;
        cells[3] = number;
        cells[4] = '2026/12/07';
        cells[15] = '㈱髙島商店 御中';
        return cells.join(',');
      }),
    ].join('\r\n') + '\r\n',
    'cp932',
  );

const run = (bytes: Buffer, onProgress?: (counts: TrackingImportCounts) => void) => {
  const container = app().container;
  const caller: Caller = { tenantId: tenant.id, actor: 'test', correlationId: crypto.randomUUID() };
  return importTrackingNumbers(
    {
      store: container.get(TOKENS.EventStore),
      registry: container.get(TOKENS.Registry),
      pipeline: container.get(TOKENS.Pipeline),
      labelKeys,
    },
    caller,
    { layout: returnFileLayout('b2cloud')!, bytes, importId: crypto.randomUUID() },
    onProgress,
  );
};
const order = async (id: string) => (await call('GET', `/orders/${id}`, cookie)).body;

beforeAll(async () => {
  tenant = await seedTenant(app(), { code: 'takahashi', orders: 3 });
  cookie = await signIn(app(), tenant.code, tenant.admin.username, tenant.admin.password);
  const other = await seedTenant(app(), { code: 'other-co', orders: 0 });
  otherCookie = await signIn(app(), other.code, other.admin.username, other.admin.password);
  for (const [index, id] of tenant.orderIds.entries()) {
    owners.push({ key: `L-${index}-1`, orderId: id, destinationIndex: 0 });
    const moved = await call('POST', `/orders/${id}/commands/move`, cookie, { to: 'awaiting_tracking_number' });
    expect(moved.status).toBe(200);
  }
}, 60_000);

describe('伝票番号取込 (B2クラウド 発行済データ)', () => {
  test('matched rows set the numbers and move the orders on; unknown keys and bad rows are reported by line', async () => {
    const [first, second, third] = tenant.orderIds as [string, string, string];
    const result = await run(
      b2File([
        ['L-0-1', yamato(44441375870)],
        ['L-9-1', yamato(44441375871)],
        ['L-1-1', yamato(44441375872).replace(/^(\d{4})(\d{4})/, '$1-$2-')],
        ['L-2-1', '444413758700'],
      ]),
    );
    expect(result).toEqual({
      matched: 2,
      updated: 0,
      unchanged: 0,
      unmatched: 1,
      errors: [
        expect.objectContaining({ line: 3, key: 'L-9-1', code: 'tracking.unmatched' }),
        expect.objectContaining({ line: 5, column: '伝票番号', code: 'tracking.invalid_row' }),
      ],
    });
    expect(result.errors[0]!.ja).toContain('L-9-1');
    expect(await order(first)).toMatchObject({
      status: 'awaiting_shipping_mail',
      trackingLinks: [{ destinationIndex: 0, carrier: 'yamato', trackingNumber: yamato(44441375870) }],
    });
    expect((await order(second)).status).toBe('awaiting_shipping_mail');
    expect(await order(third)).toMatchObject({ status: 'awaiting_tracking_number', trackingLinks: [] });
  });

  test('the same file again changes nothing', async () => {
    const [first] = tenant.orderIds as [string];
    const before = (await order(first)).revision;
    const result = await run(b2File([['L-0-1', yamato(44441375870)]]));
    expect(result).toEqual({ matched: 0, updated: 0, unchanged: 1, unmatched: 0, errors: [] });
    expect((await order(first)).revision).toBe(before);
  });

  test('a reprint replaces the number and the order keeps both', async () => {
    const [first] = tenant.orderIds as [string];
    const result = await run(b2File([['L-0-1', yamato(44441375879)]]));
    expect(result).toMatchObject({ matched: 0, updated: 1, unchanged: 0 });
    const reprinted = await order(first);
    expect(reprinted.trackingLinks[0].trackingNumber).toBe(yamato(44441375879));
    expect(reprinted.tracking.history.map((h: { trackingNumber: string }) => h.trackingNumber)).toEqual([
      yamato(44441375870),
      yamato(44441375879),
    ]);
    expect(reprinted.tracking.history[1]).toMatchObject({ source: 'import', importId: expect.any(String) });
  });
});

describe('伝票番号取込 progress', () => {
  test('tells its counts as it goes, from the rows read to the numbers recorded', async () => {
    const [, , third] = tenant.orderIds as [string, string, string];
    const told: TrackingImportCounts[] = [];
    const result = await run(
      b2File([
        ['L-2-1', yamato(44441375880)],
        ['NOPE-1', yamato(44441375881)],
        ['L-2-1', '1'],
      ]),
      (counts) => told.push(counts),
    );
    expect(result).toMatchObject({ matched: 1, unmatched: 1 });
    expect(told[0]).toEqual({ rows: 3, matched: 0, updated: 0, unchanged: 0, unmatched: 1, failed: 1 });
    expect(told.at(-1)).toEqual({ rows: 3, matched: 1, updated: 0, unchanged: 0, unmatched: 1, failed: 1 });
    expect((await order(third)).status).toBe('awaiting_shipping_mail');
  });
});

describe('POST /api/tracking-imports', () => {
  const upload = async (
    fields: Record<string, string>,
    files: ReadonlyArray<{ name: string; content: Buffer }>,
    headers: Record<string, string> = {},
  ) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    for (const file of files) form.append('files', new Blob([new Uint8Array(file.content)]), file.name);
    const response = await fetch(`${app().url}/api/tracking-imports`, {
      method: 'POST',
      headers: { cookie, ...headers },
      body: form,
    });
    return { status: response.status, headers: response.headers, body: await response.json() };
  };

  test('rows whose key no export recorded are each reported with file and line, never dropped', async () => {
    const answer = await upload({ layout: 'b2cloud' }, [
      {
        name: '発行済データ①.csv',
        content: b2File([
          ['NO-SUCH-1', yamato(44441375870)],
          ['NO-SUCH-2', yamato(44441375871)],
        ]),
      },
    ]);
    expect(answer).toMatchObject({
      status: 200,
      body: {
        matched: 0,
        updated: 0,
        unchanged: 0,
        unmatched: 2,
        errors: [
          { file: '発行済データ①.csv', line: 2, key: 'NO-SUCH-1', code: 'tracking.unmatched' },
          { file: '発行済データ①.csv', line: 3, key: 'NO-SUCH-2', code: 'tracking.unmatched' },
        ],
      },
    });
  });

  test('a layout that does not exist and an upload without a file are refused with the field', async () => {
    const file = { name: 'b2.csv', content: b2File([['L-0-1', yamato(44441375870)]]) };
    expect(await upload({ layout: 'sagawa-x' }, [file])).toMatchObject({
      status: 400,
      body: { error: { fields: [{ path: 'layout' }] } },
    });
    expect(await upload({ layout: 'b2cloud' }, [])).toMatchObject({
      status: 400,
      body: { error: { fields: [{ path: 'files' }] } },
    });
  });

  test('Prefer: respond-async answers 202 at once; GET then gives the counts and every row not recorded', async () => {
    const keys = Array.from({ length: 1200 }, (_, i) => [`NONE-${i}`, yamato(44441300000 + i)] as const);
    const file = { name: '発行済データ②.csv', content: b2File([...keys, ['NONE-X', '12345']]) };
    const idempotencyKey = crypto.randomUUID();
    const headers = { Prefer: 'respond-async', 'Idempotency-Key': idempotencyKey };
    const accepted = await upload({ layout: 'b2cloud' }, [file], headers);
    expect(accepted.status).toBe(202);
    expect(accepted.headers.get('preference-applied')).toBe('respond-async');
    const id = accepted.body.id as string;
    expect(accepted.headers.get('location')).toBe(`/api/tracking-imports/${id}`);
    expect(accepted.body).toMatchObject({ id, status: 'running', layout: 'b2cloud' });

    const done = await eventually(
      () => call('GET', `/tracking-imports/${id}`, cookie),
      (r) => r.body.status !== 'running',
      'the accepted tracking import did not finish',
    );
    expect(done.body).toMatchObject({ id, status: 'completed', layout: 'b2cloud', matched: 0, unmatched: 1200 });
    expect(done.body.errors).toHaveLength(1201);
    expect(done.body.errors[0]).toMatchObject({ file: file.name, line: 2, key: 'NONE-0', code: 'tracking.unmatched' });
    expect(done.body.errors[1200]).toMatchObject({ line: 1202, column: '伝票番号', code: 'tracking.invalid_row' });

    // The same request again is answered with the import it started; another tenant does not see it.
    const again = await upload({ layout: 'b2cloud' }, [file], headers);
    expect(again).toMatchObject({ status: 202, body: { id } });
    expect((await call('GET', `/tracking-imports/${id}`, otherCookie)).status).toBe(404);
    expect((await call('GET', `/tracking-imports/${crypto.randomUUID()}`, cookie)).status).toBe(404);
  });
});
