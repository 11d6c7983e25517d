import { sql } from 'slonik';
import { SAVED_SEARCH_EVENTS } from '../../domain/saved-search/events';
import { defineProjection } from '../projection';

/** 保存した検索条件: one row per live saved search. */
export const savedSearchProjection = defineProjection({
  name: 'saved-searches',
  events: SAVED_SEARCH_EVENTS,
  tables: ['saved_searches'],
  async apply(tx, events) {
    for (const { event, metadata } of events) {
      const at = metadata.occurredAt;
      const id = event.data.savedSearchId;
      switch (event.type) {
        case 'SearchSaved': {
          const { tenantId, ownerId, resource, name, filter, sort, shared } = event.data;
          await tx.query(sql.unsafe`
            INSERT INTO saved_searches (id, tenant_id, owner_id, resource, name, filter, sort, shared, saved_at, updated_at)
            VALUES (${id}, ${tenantId}, ${ownerId}, ${resource}, ${name}, ${sql.jsonb(filter as never)}, ${sql.jsonb(sort)}, ${shared}, ${at}, ${at})`);
          break;
        }
        case 'SavedSearchRenamed':
          await tx.query(
            sql.unsafe`UPDATE saved_searches SET name = ${event.data.name}, updated_at = ${at} WHERE id = ${id}`,
          );
          break;
        case 'SavedSearchDeleted':
          await tx.query(sql.unsafe`DELETE FROM saved_searches WHERE id = ${id}`);
          break;
      }
    }
  },
});
