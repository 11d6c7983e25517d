import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';
import { DEFAULT_CANNED_PHRASES } from '../../domain/canned-phrases/default-phrases';
import { CannedPhraseCategory } from '../../domain/canned-phrases/events';

export interface CannedPhraseView {
  readonly id: string;
  readonly category: CannedPhraseCategory;
  readonly text: string;
  /** One of the phrases every tenant starts with. */
  readonly shipped: boolean;
}

const Row = z.object({ id: z.string(), category: z.string(), text: z.string(), removed: z.boolean() });
const CATEGORY_ORDER = Object.keys(CannedPhraseCategory.keys);

export interface CannedPhraseFilter {
  readonly category?: CannedPhraseCategory;
  readonly q?: string;
  readonly ids?: readonly string[];
}

/**
 * The tenant's phrases: by category (hold, cancel, memo, mail), the shipped ones first (from the code until the tenant
 * changed them), then in the order they were added. Removed phrases never.
 */
export async function listCannedPhrases(
  db: DatabasePool,
  tenantId: string,
  filter: CannedPhraseFilter = {},
): Promise<CannedPhraseView[]> {
  const rows = await db.any(sql.type(Row)`
    SELECT id, category, text, removed_at IS NOT NULL AS removed FROM canned_phrases
    WHERE tenant_id = ${tenantId} ORDER BY added_at, id`);
  const stored = new Map(rows.map((row) => [row.id, row]));
  const shipped = Object.entries(DEFAULT_CANNED_PHRASES).map(
    ([id, phrase]) => stored.get(id) ?? { id, ...phrase, removed: false },
  );
  const added = rows.filter((row) => !Object.hasOwn(DEFAULT_CANNED_PHRASES, row.id));
  const q = filter.q?.normalize('NFKC').trim();
  return [...shipped, ...added]
    .filter((row) => !row.removed)
    .map((row) => ({
      id: row.id,
      category: row.category as CannedPhraseCategory,
      text: row.text,
      shipped: Object.hasOwn(DEFAULT_CANNED_PHRASES, row.id),
    }))
    .filter((view) => !filter.category || view.category === filter.category)
    .filter((view) => !filter.ids || filter.ids.includes(view.id))
    .filter((view) => !q || view.text.normalize('NFKC').includes(q))
    .sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category));
}

export const findCannedPhrase = async (
  db: DatabasePool,
  tenantId: string,
  id: string,
): Promise<CannedPhraseView | undefined> => (await listCannedPhrases(db, tenantId, { ids: [id] }))[0];
