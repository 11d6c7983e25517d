/**
 * The read model the documents are printed from: shop settings with their defaults, images, print names and when an
 * order leaves 伝票・帳票出力待ち, written through the real command pipeline and read with the query functions.
 */
import * as E from 'fp-ts/Either';
import { printNamesRequest } from '../../../application/print-names/print-names';
import { commandRequest } from '../../../application/commands/command-pipeline';
import { DEFAULT_GREETINGS } from '../../../domain/documents/document-settings';
import { streamName } from '../../../domain/shared/ids';
import { type ShopCommand, shopDecider } from '../../../domain/shop/shop';
import { TOKENS } from '../../../infrastructure/container';
import {
  leaveDocumentsWaitingFor,
  printNames,
  shopDocumentSettings,
} from '../../../projections/document-settings/document-settings-queries';
import { inProcessAppForThisFile } from '../../support/in-process-app';
import { seedTenant, type Tenant } from '../../support/tenant-fixture';

const app = inProcessAppForThisFile();
let a: Tenant;
let b: Tenant;
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const run = async (tenant: Tenant, shopId: string, command: ShopCommand) => {
  const pipeline = app().container.get(TOKENS.Pipeline);
  const caller = { tenantId: tenant.id, actor: 'cli', correlationId: 'test' };
  const result = await pipeline.run(commandRequest(shopDecider, streamName.shop(shopId), command), caller);
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
};
const setPrintName = async (tenant: Tenant, sku: string, name: string) => {
  const pipeline = app().container.get(TOKENS.Pipeline);
  const caller = { tenantId: tenant.id, actor: 'cli', correlationId: 'test' };
  const result = await pipeline.run(
    printNamesRequest({ type: 'SetPrintName', tenantId: tenant.id, sku, name }),
    caller,
  );
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
};

beforeAll(async () => {
  a = await seedTenant(app(), { code: 'docs-a' });
  b = await seedTenant(app(), { code: 'docs-b' });
});

describe('document settings read model', () => {
  test('a shop that set nothing gets the defaults with its own name as the issuer', async () => {
    const db = app().container.get(TOKENS.Db);
    const settings = await shopDocumentSettings(db, a.id, [a.shops[1]!.id]);
    expect(settings.get(a.shops[1]!.id)).toEqual({
      shopId: a.shops[1]!.id,
      shopName: '髙橋商店 Yahoo!店',
      issuer: {
        name: '髙橋商店 Yahoo!店',
        postalCode: '',
        address: '',
        phone: '',
        email: '',
        registrationNumber: null,
      },
      logo: null,
      seal: null,
      greetings: DEFAULT_GREETINGS,
      receiptProviso: 'お品代として',
      taxRounding: 'down',
      leaveDocumentsWaiting: 'documents',
    });
    expect((await leaveDocumentsWaitingFor(db, a.id, [a.shops[1]!.id])).get(a.shops[1]!.id)).toBe('documents');
  });

  test('what a shop set is read back, with its images; another tenant never sees it', async () => {
    const shopId = a.shops[0]!.id;
    await run(a, shopId, {
      type: 'SetShopDocumentSettings',
      shopId,
      tenantId: a.id,
      issuer: {
        name: '㈱髙橋商店',
        postalCode: '150-0001',
        address: '東京都渋谷区神宮前1-2-3 山﨑ビル①',
        phone: '03-1234-5678',
        email: '',
        registrationNumber: 'T7123456789012',
      },
      greetings: { ...DEFAULT_GREETINGS, receipt: '毎度ありがとうございます～' },
      receiptProviso: '食料品代として',
      taxRounding: 'nearest',
      leaveDocumentsWaiting: 'both',
    });
    await run(a, shopId, { type: 'SetShopDocumentImage', shopId, tenantId: a.id, image: 'seal', dataUrl: PNG });
    const db = app().container.get(TOKENS.Db);
    const settings = (await shopDocumentSettings(db, a.id, [shopId, 'not-a-uuid'])).get(shopId);
    expect(settings).toEqual(
      expect.objectContaining({
        issuer: expect.objectContaining({ name: '㈱髙橋商店', registrationNumber: 'T7123456789012' }),
        greetings: expect.objectContaining({ receipt: '毎度ありがとうございます～' }),
        receiptProviso: '食料品代として',
        taxRounding: 'nearest',
        seal: PNG,
        logo: null,
      }),
    );
    expect((await leaveDocumentsWaitingFor(db, a.id, [shopId])).get(shopId)).toBe('both');
    expect((await shopDocumentSettings(db, b.id, [shopId])).size).toBe(0);
    expect((await leaveDocumentsWaitingFor(db, b.id, [shopId])).size).toBe(0);
  });

  test('print names are per tenant; a removed one is gone', async () => {
    await setPrintName(a, 'ABC-001', '髙橋農園の①みかん ～5kg～');
    await setPrintName(a, 'ABC-002', 'ﾐｶﾝ');
    await setPrintName(a, 'ABC-002', '');
    await setPrintName(b, 'ABC-001', 'りんご');
    const db = app().container.get(TOKENS.Db);
    expect([...(await printNames(db, a.id, ['ABC-001', 'ABC-002', 'ABC-003']))]).toEqual([
      ['ABC-001', '髙橋農園の①みかん ～5kg～'],
    ]);
    expect([...(await printNames(db, b.id, ['ABC-001']))]).toEqual([['ABC-001', 'りんご']]);
  });
});
