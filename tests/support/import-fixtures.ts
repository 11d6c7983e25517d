/** Imports a fixture file of tests/fixtures/import through a built-in format, and loads what it recorded. */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createProductEventRegistry } from '../../application/events/product-events';
import { builtInFormat } from '../../application/import/formats';
import { type ImportResult, importOrders } from '../../application/import/import-orders';
import { loadOrder } from '../../application/orders/load-order';
import type { ExistingOrder } from '../../domain/order/state';
import { STANDARD_ROUTE } from '../../domain/order/route';
import { importedOrderIdFor } from '../../domain/shared/ids';
import type { WriteSide } from './write-side';

export const IMPORT_FIXTURES = path.join(__dirname, '../fixtures/import');
export const IMPORT_TENANT = '00000000-0000-4000-8000-000000000001';

export interface FixtureImport {
  run(importId: string, shopId?: string): Promise<ImportResult>;
  /** The recorded order of that number; throws when there is none, so a test reads its data directly. */
  order(orderNumber: string, shopId?: string): Promise<ExistingOrder>;
}

export function fixtureImport(
  side: () => WriteSide,
  format: string,
  files: readonly string[],
  defaultShop: string,
): FixtureImport {
  const found = builtInFormat(format);
  if (!found?.mall) throw new Error(`no built-in mall format ${format}`);
  const { mall, mapping } = found;
  return {
    run: (importId, shopId = defaultShop) =>
      importOrders(side().commands, {
        importId,
        tenantId: IMPORT_TENANT,
        shopId,
        mall,
        actor: 'user-1',
        correlationId: importId,
        mapping,
        route: STANDARD_ROUTE,
        files: files.map((name) => ({ name, open: () => createReadStream(path.join(IMPORT_FIXTURES, name)) })),
      }),
    order: async (orderNumber, shopId = defaultShop) => {
      const { state } = await loadOrder(
        side().store,
        createProductEventRegistry(),
        importedOrderIdFor(IMPORT_TENANT, shopId, orderNumber),
      );
      if (!state.exists) throw new Error(`order ${orderNumber} was not recorded`);
      return state;
    },
  };
}
