/**
 * 帳票設定 and 帳票商品名 over the API: per shop settings with defaults, the registration number's rule and warning,
 * logo and 角印 uploads, print names as a react-admin resource, and one tenant never reaching another's.
 */
import { apiCaller, listQuery, signIn } from '../support/api-client';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
const cookies = { a: '', b: '', staff: '' };
let shopA: string;
let shopB: string;
let tenantA: string;
/** The tenant's second shop (Yahoo!), which never sets anything. */
let untouchedShop: string;

const call = (method: string, path: string, who: keyof typeof cookies = 'a', body?: unknown) =>
  apiCaller(app())(method, path, cookies[who], body);
const fieldPaths = (body: { error: { fields?: Array<{ path: string }> } }) => body.error.fields?.map((f) => f.path);

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const ISSUER = {
  name: '㈱髙橋商店',
  postalCode: '150-0001',
  address: '東京都渋谷区神宮前1-2-3 山﨑ビル①',
  phone: '03-1234-5678',
  email: 'shop@example.jp',
  registrationNumber: 'Ｔ７１２３４５６７８９０１２',
};

beforeAll(async () => {
  const [a, b] = await Promise.all([seedTenant(app(), { code: 'docs-a' }), seedTenant(app(), { code: 'docs-b' })]);
  cookies.a = await signIn(app(), a.code, a.admin.username, a.admin.password);
  cookies.b = await signIn(app(), b.code, b.admin.username, b.admin.password);
  cookies.staff = await signIn(app(), a.code, a.staff.username, a.staff.password);
  shopA = a.shops[0]!.id;
  shopB = b.shops[0]!.id;
  tenantA = a.id;
  untouchedShop = a.shops[1]!.id;
}, 60_000);

describe('document settings (/api/shops/:id/document-settings)', () => {
  test('a shop that set nothing shows the defaults, its name as the issuer', async () => {
    const { status, body } = await call('GET', `/shops/${untouchedShop}/document-settings`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: untouchedShop,
      issuer: { name: '髙橋商店 Yahoo!店', registrationNumber: null },
      receiptProviso: 'お品代として',
      taxRounding: 'down',
      leaveDocumentsWaiting: 'documents',
      warnings: [],
    });
    expect(body.greetings['purchase-statement']).toContain('ありがとうございます');
  });

  test('the issuer is saved with a full-width registration number as T and 13 digits, and read back', async () => {
    const saved = await call('PUT', `/shops/${shopA}/document-settings`, 'a', {
      issuer: ISSUER,
      greetings: { receipt: '毎度ありがとうございます～' },
      receiptProviso: '食料品代として',
      taxRounding: 'nearest',
      leaveDocumentsWaiting: 'both',
    });
    expect(saved.status).toBe(200);
    const expected = {
      issuer: { ...ISSUER, registrationNumber: 'T7123456789012' },
      greetings: { receipt: '毎度ありがとうございます～' },
      receiptProviso: '食料品代として',
      taxRounding: 'nearest',
      leaveDocumentsWaiting: 'both',
      warnings: [],
    };
    expect(saved.body).toMatchObject(expected);
    expect((await call('GET', `/shops/${shopA}/document-settings`)).body).toMatchObject(expected);
  });

  test('a check digit that does not hold is saved with a warning; a malformed number is refused', async () => {
    const warned = await call('PUT', `/shops/${shopA}/document-settings`, 'a', {
      issuer: { registrationNumber: 'T1123456789012' },
    });
    expect(warned.status).toBe(200);
    expect(warned.body.issuer).toMatchObject({ name: '㈱髙橋商店', registrationNumber: 'T1123456789012' });
    expect(warned.body.warnings).toEqual([expect.objectContaining({ code: 'shop.registration_number_check_digit' })]);
    const refused = await call('PUT', `/shops/${shopA}/document-settings`, 'a', {
      issuer: { registrationNumber: 'T12345' },
    });
    expect(refused).toMatchObject({ status: 422, body: { error: { code: 'shop.invalid_registration_number' } } });
    const cleared = await call('PUT', `/shops/${shopA}/document-settings`, 'a', { issuer: { registrationNumber: '' } });
    expect(cleared.body).toMatchObject({ issuer: { registrationNumber: null }, warnings: [] });
  });

  test('bad input is a 400 with the field path', async () => {
    const bad = await call('PUT', `/shops/${shopA}/document-settings`, 'a', {
      issuer: { address: '髙'.repeat(201) },
      greetings: { invoice: 7 },
      taxRounding: 'half-even',
      leaveDocumentsWaiting: 'never',
    });
    expect(bad.status).toBe(400);
    expect(fieldPaths(bad.body)).toEqual(
      expect.arrayContaining(['issuer.address', 'greetings.invoice', 'taxRounding', 'leaveDocumentsWaiting']),
    );
    expect((await call('PUT', `/shops/${shopA}/document-images/stamp`, 'a', { dataUrl: PNG })).status).toBe(404);
    const notText = await call('PUT', `/shops/${shopA}/document-images/logo`, 'a', { dataUrl: 1 });
    expect(new Set(fieldPaths(notText.body))).toEqual(new Set(['dataUrl']));
  });

  test('a logo and a 角印 are uploaded as PNG or JPEG and removed with null; a GIF is refused', async () => {
    const logo = await call('PUT', `/shops/${shopA}/document-images/logo`, 'a', { dataUrl: PNG });
    expect(logo).toMatchObject({ status: 200, body: { logo: PNG, seal: null } });
    const gif = await call('PUT', `/shops/${shopA}/document-images/seal`, 'a', {
      dataUrl: 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7',
    });
    expect(gif).toMatchObject({ status: 422, body: { error: { code: 'shop.invalid_image' } } });
    const removed = await call('PUT', `/shops/${shopA}/document-images/logo`, 'a', { dataUrl: null });
    expect(removed.body).toMatchObject({ logo: null });
  });

  test("another tenant neither reads nor writes the shop's settings; staff without settings.manage only read", async () => {
    expect((await call('GET', `/shops/${shopA}/document-settings`, 'b')).status).toBe(404);
    expect((await call('PUT', `/shops/${shopA}/document-settings`, 'b', { receiptProviso: 'x' })).status).toBe(404);
    expect((await call('PUT', `/shops/${shopA}/document-images/logo`, 'b', { dataUrl: PNG })).status).toBe(404);
    // Naming the other tenant in the body changes nothing: the tenant is the session's.
    const posing = { tenantId: tenantA, shopId: shopA, type: 'SetShopDocumentSettings', receiptProviso: 'x' };
    expect((await call('PUT', `/shops/${shopA}/document-settings`, 'b', posing)).status).toBe(404);
    expect((await call('GET', `/shops/${shopB}/document-settings`, 'a')).status).toBe(404);
    expect((await call('GET', `/shops/${shopA}/document-settings`, 'staff')).status).toBe(200);
    expect((await call('PUT', `/shops/${shopA}/document-settings`, 'staff', { receiptProviso: 'x' })).status).toBe(403);
    expect((await call('GET', `/shops/${shopA}/document-settings`)).body.receiptProviso).toBe('食料品代として');
  });
});

describe('print names (/api/print-names)', () => {
  const list = (params: Record<string, unknown>, who: keyof typeof cookies = 'a') =>
    call('GET', `/print-names?${listQuery(params)}`, who);

  test('created, listed with search, sort and range, read, updated and deleted by SKU', async () => {
    for (const [sku, name] of [
      ['ABC-001', '髙橋農園の①みかん ～5kg～'],
      ['ABC-002', 'ﾐｶﾝ 10kg'],
      ['XYZ/9', '山﨑さんのりんご'],
    ])
      expect((await call('POST', '/print-names', 'a', { sku, name })).status).toBe(201);
    const again = await call('POST', '/print-names', 'a', { sku: 'ABC-001', name: '別名' });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'print_name.already_defined' } } });

    const searched = await list({ filter: { q: 'みかん' }, sort: ['sku', 'DESC'], range: [0, 9] });
    expect(searched.body.map((r: { id: string }) => r.id)).toEqual(['ABC-001']);
    const page = await list({ sort: ['name', 'ASC'], range: [1, 1] });
    expect(page.range).toBe('print-names 1-1/3');
    expect(page.body).toHaveLength(1);

    const id = encodeURIComponent('XYZ/9');
    expect((await call('GET', `/print-names/${id}`)).body).toMatchObject({ id: 'XYZ/9', name: '山﨑さんのりんご' });
    expect((await call('PUT', `/print-names/${id}`, 'a', { name: '山﨑農園 ふじ' })).body).toMatchObject({
      id: 'XYZ/9',
      name: '山﨑農園 ふじ',
    });
    expect((await call('DELETE', `/print-names/${id}`)).body).toMatchObject({ id: 'XYZ/9' });
    expect((await call('GET', `/print-names/${id}`)).status).toBe(404);
    expect((await call('DELETE', `/print-names/${id}`)).status).toBe(404);
  });

  test('bad input is a 400 with the field path', async () => {
    const bad = await call('POST', '/print-names', 'a', { sku: 'S'.repeat(101), name: '' });
    expect(bad.status).toBe(400);
    expect(fieldPaths(bad.body)).toEqual(['sku', 'name']);
    expect(fieldPaths((await call('PUT', '/print-names/ABC-001', 'a', { name: 'あ'.repeat(201) })).body)).toEqual([
      'name',
    ]);
  });

  test("another tenant never reads or changes the tenant's print names", async () => {
    expect((await list({}, 'b')).body).toEqual([]);
    expect((await call('GET', '/print-names/ABC-001', 'b')).status).toBe(404);
    expect((await call('DELETE', '/print-names/ABC-001', 'b')).status).toBe(404);
    // B's own name for the same SKU is B's alone.
    expect((await call('PUT', '/print-names/ABC-001', 'b', { name: 'Bのみかん' })).status).toBe(200);
    expect((await call('GET', '/print-names/ABC-001')).body.name).toBe('髙橋農園の①みかん ～5kg～');
    expect((await call('POST', '/print-names', 'staff', { sku: 'S-1', name: 'x' })).status).toBe(403);
  });
});
