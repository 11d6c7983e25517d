/**
 * 送り状データ → 伝票番号 round trips, one per return file: label data exported through `POST /api/label-exports` for a
 * single-destination order and a two-destination gift order, numbers filled in as the carrier's software gives the
 * file back (B2クラウド: the exported file itself, 伝票番号 filled; the others: their own return layout, from the real
 * sample in tests/fixtures/tracking, with our keys and new numbers), then imported through `POST /api/tracking-imports`.
 * The keys are found through the label-keys read model, within the tenant.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import {
  type ReturnColumn,
  type ReturnFileLayoutName,
  returnFileLayout,
} from '../../application/tracking/return-files/return-file-layouts';
import type { Carrier } from '../../domain/shared/carrier';
import { labelKeyFor } from '../../domain/shared/ids';
import { apiCaller, signIn } from '../support/api-client';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();

interface RoundTrip {
  readonly layout: ReturnFileLayoutName;
  readonly carrier: Carrier;
  readonly slipType: string;
  /** The carrier's sample return file the filled file is built on; none for B2, whose file is the export's. */
  readonly sample?: string;
  /** Whether the label data itself carries our key (クリックポスト まとめ申込 has no column for it). */
  readonly keyInLabelData: boolean;
}

const ROUND_TRIPS: readonly RoundTrip[] = [
  { layout: 'b2cloud', carrier: 'yamato', slipType: '発払い', keyInLabelData: true },
  { layout: 'ehiden2', carrier: 'sagawa', slipType: '発払い', sample: 'ehiden2-results.csv', keyInLabelData: true },
  { layout: 'ehiden3', carrier: 'sagawa', slipType: '発払い', sample: 'ehiden2-results.csv', keyInLabelData: true },
  { layout: 'ehidenpro', carrier: 'sagawa', slipType: '発払い', sample: 'ehidenpro-issued.csv', keyInLabelData: true },
  {
    layout: 'yuprir',
    carrier: 'japanpost',
    slipType: 'ゆうパック',
    sample: 'yuprir-history.csv',
    keyInLabelData: true,
  },
  {
    layout: 'clickpost',
    carrier: 'japanpost',
    slipType: 'クリックポスト',
    sample: 'clickpost-notice.csv',
    keyInLabelData: false,
  },
];

/** A 12-digit number as ヤマト, 佐川 and 日本郵便 print them: 11 digits and their remainder by 7. */
const parcelNumber = (n: number) => `${n}${BigInt(n) % 7n}`;
const decode = (bytes: Buffer): string[][] => parse(iconv.decode(bytes, 'cp932'), { relax_column_count: true });
const encode = (rows: readonly (readonly string[])[]) =>
  iconv.encode(stringify(rows as string[][], { record_delimiter: '\r\n' }), 'cp932');

/** Where the return file keeps a value: by its header name when it has a header row, else by position. */
const indexOf = (column: ReturnColumn, header: readonly string[] | null) => {
  const named = header ? header.findIndex((cell) => column.names.includes(cell.trim())) : -1;
  return named >= 0 ? named : column.position;
};

/**
 * The return file with a number on each key: each row the carrier's own (the exported B2 row with that key, or the
 * sample's first parcel), its key and number replaced. Rows in the order given, after the header when there is one.
 */
function returnFile(trip: RoundTrip, exported: string[][], numbers: readonly (readonly [string, string])[]): Buffer {
  const layout = returnFileLayout(trip.layout)!;
  const sample = trip.sample
    ? decode(readFileSync(path.join(__dirname, '../fixtures/tracking', trip.sample)))
    : exported;
  const hasHeader = sample[0]!.some(
    (cell) => layout.key.names.includes(cell) || layout.trackingNumber.names.includes(cell),
  );
  const header = hasHeader ? sample[0]! : null;
  const [keyAt, numberAt] = [indexOf(layout.key, header), indexOf(layout.trackingNumber, header)];
  const parcels = sample.slice(hasHeader ? 1 : 0);
  const rows = numbers.map(([key, number]) => {
    const row = [...(parcels.find((p) => p[keyAt] === key) ?? parcels[0]!)];
    row[keyAt] = key;
    row[numberAt] = number;
    return row;
  });
  return encode(header ? [header, ...rows] : rows);
}

describe.each(ROUND_TRIPS)('$layout: export, fill the numbers, import', (trip) => {
  let tenant: Tenant;
  let cookie: string;
  let exported: string[][];
  let firstFile: Buffer;
  const call = (method: string, url: string, body?: unknown) => apiCaller(app())(method, url, cookie, body);
  const order = async (id: string) => (await call('GET', `/orders/${id}`)).body;
  const upload = async (name: string, content: Buffer) => {
    const form = new FormData();
    form.append('layout', trip.layout);
    form.append('files', new Blob([new Uint8Array(content)]), name);
    const response = await fetch(`${app().url}/api/tracking-imports`, {
      method: 'POST',
      headers: { cookie },
      body: form,
    });
    return { status: response.status, body: await response.json() };
  };
  const keys = () => {
    const [single, gift] = tenant.orderIds as [string, string];
    return [labelKeyFor(single, 0), labelKeyFor(gift, 0), labelKeyFor(gift, 1)] as const;
  };
  const numbers = [parcelNumber(51254751433), parcelNumber(51254751434), parcelNumber(51254751435)];

  beforeAll(async () => {
    tenant = await seedTenant(app(), {
      code: `rt-${trip.layout}`,
      orders: 2,
      destinations: [1, 2],
      shops: [{ code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' }],
    });
    cookie = await signIn(app(), tenant.code, tenant.admin.username, tenant.admin.password);
    expect(
      (await call('PUT', '/carrier-accounts/yamato', { customerCode: '012345678901', freightCode: '01' })).status,
    ).toBe(200);
    const settings = await call('PUT', `/shops/${tenant.shops[0]!.id}/document-settings`, {
      issuer: { name: '㈱髙橋商店', postalCode: '150-0001', address: '東京都渋谷区神宮前1-2-3', phone: '03-1234-5678' },
      leaveDocumentsWaiting: 'labels',
    });
    expect(settings.status).toBe(200);
    for (const id of tenant.orderIds) {
      const plan = await call('POST', `/orders/${id}/commands/set-shipping-plan`, {
        shipping: { carrier: trip.carrier, slipType: trip.slipType },
      });
      expect(plan.status).toBe(200);
    }
    const moved = await call('POST', '/orders/commands/move', { ids: tenant.orderIds, to: 'awaiting_documents' });
    expect(moved.status).toBe(200);
  }, 60_000);

  test('the export records a key per destination and moves both orders to 伝票番号未設定', async () => {
    const response = await fetch(`${app().url}/api/label-exports`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ layout: trip.layout, ids: tenant.orderIds }),
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    expect({ status: response.status, body: response.status === 200 ? '' : bytes.toString() }).toEqual({
      status: 200,
      body: '',
    });
    expect(JSON.parse(response.headers.get('x-label-export-result')!)).toMatchObject({ orders: 2, labels: 3 });
    exported = decode(bytes);
    const text = exported.flat();
    for (const key of keys()) expect(text.includes(key)).toBe(trip.keyInLabelData);
    for (const id of tenant.orderIds) expect((await order(id)).status).toBe('awaiting_tracking_number');
  });

  test('the filled file sets a number on every destination; the orders move to 発送メール未送信; an unknown key is reported by line', async () => {
    const [single, gift] = tenant.orderIds as [string, string];
    const rows = [
      ...keys().map((key, i) => [key, numbers[i]!] as const),
      ['ZZ-NOT-OURS-1', parcelNumber(51254751436)] as const,
    ];
    firstFile = returnFile(trip, exported, rows);
    const hasHeader = decode(firstFile).length === rows.length + 1;
    const answer = await upload(`${trip.layout}.csv`, firstFile);
    expect(answer).toEqual({
      status: 200,
      body: {
        matched: 3,
        updated: 0,
        unchanged: 0,
        unmatched: 1,
        errors: [
          expect.objectContaining({
            file: `${trip.layout}.csv`,
            line: rows.length + (hasHeader ? 1 : 0),
            key: 'ZZ-NOT-OURS-1',
            code: 'tracking.unmatched',
          }),
        ],
      },
    });
    expect(await order(single)).toMatchObject({
      status: 'awaiting_shipping_mail',
      trackingLinks: [{ destinationIndex: 0, carrier: trip.carrier, trackingNumber: numbers[0] }],
    });
    const giftOrder = await order(gift);
    expect(giftOrder.status).toBe('awaiting_shipping_mail');
    expect(giftOrder.trackingLinks).toEqual([
      expect.objectContaining({ destinationIndex: 0, trackingNumber: numbers[1] }),
      expect.objectContaining({ destinationIndex: 1, trackingNumber: numbers[2] }),
    ]);
  });

  test('the same file again changes nothing', async () => {
    const revisions = await Promise.all(tenant.orderIds.map(async (id) => (await order(id)).revision));
    const answer = await upload(`${trip.layout}.csv`, firstFile);
    expect(answer.body).toMatchObject({ matched: 0, updated: 0, unchanged: 3, unmatched: 1 });
    expect(await Promise.all(tenant.orderIds.map(async (id) => (await order(id)).revision))).toEqual(revisions);
  });

  test("a reprint's new number replaces the old one on its destination, and the history keeps both", async () => {
    const [, gift] = tenant.orderIds as [string, string];
    const reprint = parcelNumber(51254751499);
    const answer = await upload('reprint.csv', returnFile(trip, exported, [[keys()[2], reprint]]));
    expect(answer.body).toEqual({ matched: 0, updated: 1, unchanged: 0, unmatched: 0, errors: [] });
    const reprinted = await order(gift);
    expect(reprinted.trackingLinks[1]).toMatchObject({ destinationIndex: 1, trackingNumber: reprint });
    expect(reprinted.trackingLinks[0]).toMatchObject({ trackingNumber: numbers[1] });
    expect(
      reprinted.tracking.history
        .filter((h: { destinationIndex: number }) => h.destinationIndex === 1)
        .map((h: { trackingNumber: string }) => h.trackingNumber),
    ).toEqual([numbers[2], reprint]);
  });

  if (trip.layout === 'b2cloud')
    test("another tenant's upload of this file matches none of its keys", async () => {
      const other = await seedTenant(app(), { code: 'rt-other', shops: [] });
      const otherCookie = await signIn(app(), other.code, other.admin.username, other.admin.password);
      const form = new FormData();
      form.append('layout', 'b2cloud');
      form.append('files', new Blob([new Uint8Array(firstFile)]), 'b2cloud.csv');
      const response = await fetch(`${app().url}/api/tracking-imports`, {
        method: 'POST',
        headers: { cookie: otherCookie },
        body: form,
      });
      expect(await response.json()).toMatchObject({ matched: 0, updated: 0, unchanged: 0, unmatched: 4 });
    });
});
