import type { PrintNameEvent } from '../../../domain/print-names/events';
import type { ShopDocumentImageSet, ShopDocumentSettingsSet } from '../../../domain/shop/events';
import { defaultDocumentSettings } from '../../../domain/documents/document-settings';
import { documentSettingsChanges } from '../../../projections/document-settings/document-settings-projection';
import { recordedFor } from '../../support/decoded-events';

const A = '00000000-0000-4000-8000-000000000001';
const B = '00000000-0000-4000-8000-000000000002';
const SHOP = '00000000-0000-4000-8000-0000000000aa';
const inA = recordedFor(A);
const inB = recordedFor(B);

const settingsSet = (name: string): ShopDocumentSettingsSet => ({
  type: 'ShopDocumentSettingsSet',
  data: { shopId: SHOP, tenantId: A, ...defaultDocumentSettings(name) },
});
const printName = (tenantId: string, sku: string, name: string | null): PrintNameEvent =>
  name === null
    ? { type: 'PrintNameRemoved', data: { tenantId, sku } }
    : { type: 'PrintNameSet', data: { tenantId, sku, name } };
const logo = (dataUrl: string | null): ShopDocumentImageSet => ({
  type: 'ShopDocumentImageSet',
  data: { shopId: SHOP, tenantId: A, image: 'logo', dataUrl },
});

describe('document settings, folded without a database', () => {
  test('the last settings of a shop in a batch are the ones kept', () => {
    const changes = documentSettingsChanges([
      inA(settingsSet('㈱髙橋商店'), { revision: 1n, streamName: `shop-${SHOP}` }),
      inA(settingsSet('㈱山﨑商店'), {
        revision: 2n,
        streamName: `shop-${SHOP}`,
        occurredAt: '2026-12-02T00:00:00.000Z',
      }),
    ]);
    expect([...changes.settings.values()]).toEqual([
      expect.objectContaining({
        shopId: SHOP,
        tenantId: A,
        issuer: expect.objectContaining({ name: '㈱山﨑商店' }),
        at: '2026-12-02T00:00:00.000Z',
      }),
    ]);
  });

  test('an image set then removed in one batch is removed', () => {
    const changes = documentSettingsChanges([
      inA(logo('data:image/png;base64,iVBORw0KGgo='), { revision: 1n }),
      inA(logo(null), { revision: 2n }),
    ]);
    expect([...changes.images.values()].map((c) => [c.image, c.dataUrl])).toEqual([['logo', null]]);
  });

  test('print names per tenant: the same SKU in two tenants is two names; the last change of each wins', () => {
    const changes = documentSettingsChanges([
      inA(printName(A, 'ABC-001', 'みかん'), { revision: 0n }),
      inB(printName(B, 'ABC-001', 'ﾘﾝｺﾞ'), { revision: 0n }),
      inA(printName(A, 'ABC-001', null), { revision: 1n }),
      inA(printName(A, 'ABC-002', '髙橋農園の①みかん'), { revision: 2n }),
    ]);
    expect([...changes.printNames.values()].map((c) => [c.tenantId, c.sku, c.name])).toEqual([
      [A, 'ABC-001', null],
      [B, 'ABC-001', 'ﾘﾝｺﾞ'],
      [A, 'ABC-002', '髙橋農園の①みかん'],
    ]);
  });
});
