import { sql } from 'slonik';
import { IMPORT_MAPPING_EVENTS } from '../../application/import/import-mapping-events';
import { defineProjection } from '../projection';

/** 取込設定: one row per live saved mapping. */
export const importMappingsProjection = defineProjection({
  name: 'import-mappings',
  events: IMPORT_MAPPING_EVENTS,
  tables: ['import_mappings'],
  async apply(tx, events) {
    for (const { event, metadata } of events) {
      const at = metadata.occurredAt;
      const id = event.data.mappingId;
      switch (event.type) {
        case 'ImportMappingDefined': {
          const { tenantId, shopId, name, mapping } = event.data;
          await tx.query(sql.unsafe`
            INSERT INTO import_mappings (id, tenant_id, shop_id, name, mapping, defined_at, updated_at)
            VALUES (${id}, ${tenantId}, ${shopId}, ${name}, ${sql.jsonb(mapping as never)}, ${at}, ${at})`);
          break;
        }
        case 'ImportMappingChanged':
          await tx.query(
            sql.unsafe`UPDATE import_mappings SET mapping = ${sql.jsonb(event.data.mapping as never)}, updated_at = ${at} WHERE id = ${id}`,
          );
          break;
        case 'ImportMappingDeleted':
          await tx.query(sql.unsafe`DELETE FROM import_mappings WHERE id = ${id}`);
          break;
      }
    }
  },
});
