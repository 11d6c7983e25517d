/**
 * Every kind of document printed over real orders: the real-layout file of every built-in mall format imported through
 * the API, then each kind printed through `POST /api/documents` and read back from the PDF's text layer. What a mall
 * sends (half-width kana, several destinations, gifts, empty fields) must print, whatever the mall; orders cancelled at
 * the mall are refused and counted.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DocumentKind } from '../../domain/documents/document-kind';
import type { Mall } from '../../domain/order/order-data';
import { apiCaller, listQuery, signIn } from '../support/api-client';
import { IMPORT_FIXTURES } from '../support/import-fixtures';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { readPdf } from '../support/pdf-text';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const FORMATS: ReadonlyArray<{ format: string; mall: Mall; files: readonly string[] }> = [
  { format: 'rakuten', mall: 'rakuten', files: ['rakuten-rms.csv'] },
  { format: 'yahoo', mall: 'yahoo', files: ['yahoo-orders.csv', 'yahoo-items.csv'] },
  { format: 'amazon', mall: 'amazon', files: ['amazon-orders.txt'] },
  { format: 'qoo10', mall: 'qoo10', files: ['qoo10-delivery.csv'] },
  { format: 'makeshop', mall: 'makeshop', files: ['makeshop-orders.csv'] },
  { format: 'colorme', mall: 'colorme', files: ['colorme-sales.csv'] },
  { format: 'futureshop', mall: 'futureshop', files: ['futureshop-orders.csv'] },
  { format: 'base', mall: 'base', files: ['base-orders.csv'] },
  { format: 'eccube', mall: 'eccube', files: ['eccube-orders.csv'] },
];

const app = inProcessAppForThisFile();
let tenant: Tenant;
let cookie: string;

async function upload(shopId: string, format: string, files: readonly string[]): Promise<number> {
  const form = new FormData();
  form.set('shopId', shopId);
  form.set('format', format);
  for (const name of files)
    form.append('files', new Blob([new Uint8Array(await readFile(path.join(IMPORT_FIXTURES, name)))]), name);
  const response = await fetch(`${app().url}/api/imports`, { method: 'POST', headers: { cookie }, body: form });
  const body = (await response.json()) as { imported?: number };
  expect({ format, status: response.status }).toEqual({ format, status: 201 });
  return body.imported ?? 0;
}

beforeAll(async () => {
  tenant = await seedTenant(app(), {
    code: 'every-format',
    shops: FORMATS.map(({ format, mall }) => ({ code: `${format}-shop`, mall, name: `${format} 店` })),
  });
  cookie = await signIn(app(), tenant.code, tenant.admin.username, tenant.admin.password);
  for (const [index, { format, files }] of FORMATS.entries()) {
    expect(await upload(tenant.shops[index]!.id, format, files)).toBeGreaterThan(0);
  }
  await app().readModelsCaughtUp();
}, 120_000);

/** The imported orders' numbers: those to print, and those cancelled (at the mall), which printing refuses. */
const orderNumbers = async () => {
  const rows = await apiCaller(app())('GET', `/orders?${listQuery({ range: [0, 499] })}`, cookie);
  const orders = rows.body as Array<{ orderNumber: string; status: string }>;
  return {
    printable: orders.filter((o) => o.status !== 'cancelled').map((o) => o.orderNumber),
    cancelled: orders.filter((o) => o.status === 'cancelled').length,
  };
};

test.each(Object.keys(DocumentKind.keys) as DocumentKind[])(
  '%s prints every imported order of every mall, each order number in the text',
  async (kind) => {
    const { printable: numbers, cancelled } = await orderNumbers();
    expect(numbers.length).toBeGreaterThanOrEqual(FORMATS.length);
    const response = await fetch(`${app().url}/api/documents`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ kind, filter: {} }),
    });
    const pdf = Buffer.from(await response.arrayBuffer());
    expect({ status: response.status, type: response.headers.get('content-type') }).toEqual({
      status: 200,
      type: 'application/pdf',
    });
    expect(JSON.parse(response.headers.get('x-documents-result')!)).toMatchObject({
      orders: numbers.length,
      refused: cancelled,
    });
    const { text, pages } = await readPdf(pdf);
    // The picking list is one document over all orders; every other kind has a page or more per order.
    expect(pages).toBeGreaterThanOrEqual(kind === 'picking-list' ? 1 : numbers.length);
    const flat = text.replace(/\s+/g, '');
    expect(numbers.filter((n) => !flat.includes(n.replace(/\s+/g, '')))).toEqual([]);
    expect(text).not.toMatch(/undefined|NaN|null/);
  },
);
