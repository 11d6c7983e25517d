import { createPool } from 'slonik';
import { printNames, shopDocumentSettings } from '../../projections/document-settings/document-settings-queries';
import { shopIdFor } from '../../domain/shared/ids';
import { runCli } from '../support/cli';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
let tenant: Tenant;
const env = () => ({ DATABASE_URL: app().database.connectionString });
beforeAll(async () => {
  tenant = await seedTenant(app(), {
    code: 'takahashi',
    shops: [{ code: 'rakuten-main', mall: 'rakuten', name: '楽天' }],
  });
});

/** What the documents will print, read as the printing reads it. */
const readBack = async <T>(read: (db: Parameters<typeof printNames>[0], tenantId: string) => Promise<T>) => {
  const db = await createPool(app().database.connectionString);
  try {
    return await read(db, tenant.id);
  } finally {
    await db.end();
  }
};
const issuer = () =>
  readBack(async (db, tenantId) => {
    const shopId = shopIdFor(tenantId, 'rakuten-main');
    return (await shopDocumentSettings(db, tenantId, [shopId])).get(shopId)!.issuer;
  });
const details = (...args: string[]) =>
  runCli(['shop', 'details', '--tenant', 'takahashi', '--code', 'rakuten-main', ...args], env());

const ISSUER_ARGS = [
  '--company',
  '㈱髙橋商店',
  '--postal',
  '150-0001',
  '--address',
  '東京都渋谷区神宮前1-2-3 山﨑ビル①',
  '--phone',
  '03-1234-5678',
];

describe('oms shop details', () => {
  test('saves the issuer and prints a summary in Japanese; a full-width registration number is stored as T+13', async () => {
    const saved = await details(...ISSUER_ARGS, '--registration-number', 'Ｔ７１２３４５６７８９０１２');
    expect(saved).toMatchObject({ code: 0, stderr: '' });
    expect(saved.stdout).toContain('発行者名: ㈱髙橋商店');
    expect(saved.stdout).toContain('登録番号: T7123456789012');
    expect(await issuer()).toEqual({
      name: '㈱髙橋商店',
      postalCode: '150-0001',
      address: '東京都渋谷区神宮前1-2-3 山﨑ビル①',
      phone: '03-1234-5678',
      email: '',
      registrationNumber: 'T7123456789012',
    });
  });

  test('--json prints the saved settings as one JSON object; fields not given stay', async () => {
    const saved = await details('--email', 'shop@example.jp', '--json');
    expect(saved.code).toBe(0);
    expect(JSON.parse(saved.stdout)).toMatchObject({
      issuer: { name: '㈱髙橋商店', email: 'shop@example.jp', registrationNumber: 'T7123456789012' },
      receiptProviso: 'お品代として',
      taxRounding: 'down',
    });
  });

  test('a check digit that does not hold is saved with a warning on stderr', async () => {
    const warned = await details('--registration-number', 'T1123456789012', '--json');
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain('チェックデジット');
    expect(JSON.parse(warned.stdout).issuer.registrationNumber).toBe('T1123456789012');
  });

  test('a malformed registration number is refused with the reason and changes nothing', async () => {
    const refused = await details(...ISSUER_ARGS, '--company', '別会社', '--registration-number', 'T12-3456');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('T と13桁');
    expect(await issuer()).toMatchObject({ name: '㈱髙橋商店', registrationNumber: 'T1123456789012' });
  });
});

describe('oms print-name', () => {
  test('sets a print name, and an empty --name removes it', async () => {
    const set = await runCli(
      ['print-name', '--tenant', 'takahashi', '--sku', 'ABC-001', '--name', '①みかん ～5kg～'],
      env(),
    );
    expect(set).toMatchObject({ code: 0 });
    expect(set.stdout).toContain('①みかん ～5kg～');
    expect(await readBack((db, tenantId) => printNames(db, tenantId, ['ABC-001']))).toEqual(
      new Map([['ABC-001', '①みかん ～5kg～']]),
    );
    expect((await runCli(['print-name', '--tenant', 'takahashi', '--sku', 'ABC-001', '--name', ''], env())).code).toBe(
      0,
    );
    expect((await readBack((db, tenantId) => printNames(db, tenantId, ['ABC-001']))).size).toBe(0);
  });

  test('a name over 200 characters is refused with the reason', async () => {
    const refused = await runCli(
      ['print-name', '--tenant', 'takahashi', '--sku', 'A', '--name', 'あ'.repeat(201)],
      env(),
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('200文字');
  });
});
