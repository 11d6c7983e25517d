import { sql } from 'slonik';
import { CANNED_PHRASE_EVENTS, type CannedPhraseEvent } from '../../domain/canned-phrases/events';
import { DEFAULT_CANNED_PHRASES } from '../../domain/canned-phrases/default-phrases';
import type { Projection } from '../projection';

/** 定型文 per tenant, for the settings screen and the hold / cancel dialogs. */
export const cannedPhrasesProjection: Projection = {
  name: 'canned-phrases',
  filter: { eventTypes: Object.keys(CANNED_PHRASE_EVENTS) },
  tables: ['canned_phrases'],
  async apply(tx, events) {
    for (const { event: decoded, metadata } of events) {
      const event = decoded as CannedPhraseEvent;
      const at = metadata.occurredAt;
      switch (event.type) {
        case 'CannedPhraseAdded':
        case 'CannedPhraseChanged': {
          const { tenantId, phraseId, category, text } = event.data;
          await tx.query(sql.unsafe`
            INSERT INTO canned_phrases (tenant_id, id, category, text, added_at, updated_at)
            VALUES (${tenantId}, ${phraseId}, ${category}, ${text}, ${at}, ${at})
            ON CONFLICT (tenant_id, id) DO UPDATE
              SET category = EXCLUDED.category, text = EXCLUDED.text, updated_at = EXCLUDED.updated_at`);
          break;
        }
        case 'CannedPhraseRemoved': {
          // A default has no row until it is changed; its removal still needs one, to hide it.
          const { tenantId, phraseId } = event.data;
          const fallback = DEFAULT_CANNED_PHRASES[phraseId] ?? { category: 'memo', text: '' };
          await tx.query(sql.unsafe`
            INSERT INTO canned_phrases (tenant_id, id, category, text, added_at, updated_at, removed_at)
            VALUES (${tenantId}, ${phraseId}, ${fallback.category}, ${fallback.text}, ${at}, ${at}, ${at})
            ON CONFLICT (tenant_id, id) DO UPDATE SET removed_at = EXCLUDED.removed_at, updated_at = EXCLUDED.updated_at`);
          break;
        }
      }
    }
  },
};
