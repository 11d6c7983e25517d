import * as E from 'fp-ts/Either';
import type { DatabasePool } from 'slonik';
import { ColumnMapping } from '../../application/import/column-mapping';
import type { SavedMapping } from '../../application/import/detect-layout';
import { listImportMappings } from '../../projections/imports/import-mapping-queries';

/** A shop's saved mappings from the read model (they were checked by the ColumnMapping codec when saved). */
export const savedMappingsFrom =
  (db: DatabasePool) =>
  async (tenantId: string, shopId: string): Promise<readonly SavedMapping[]> =>
    (await listImportMappings(db, tenantId, { shopId, offset: 0, limit: 500 })).rows.flatMap((row) => {
      const mapping = ColumnMapping.decode(row.mapping);
      return E.isRight(mapping) ? [{ name: row.name, mapping: mapping.right }] : [];
    });
