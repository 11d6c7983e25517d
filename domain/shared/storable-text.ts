/**
 * What PostgreSQL cannot hold: U+0000 (neither jsonb, where events are kept, nor text columns take it), and a surrogate
 * without its pair (JSON.parse makes one of "\ud800"). Well-formed pairs (emoji in a remark) are fine. The one
 * definition for the API's edge (infrastructure/http/storable-text.ts) and the import's cells (field-limits.ts).
 */
const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isStorableText = (text: string): boolean => !UNSTORABLE.test(text);

/** The first character of `text` the store cannot hold, if any. */
export const firstUnstorableCharacter = (text: string): string | undefined => UNSTORABLE.exec(text)?.[0];

/**
 * A text the store can hold, for what is only shown (a problem's message quoting a cell, a file's name): unstorable
 * characters become U+FFFD and a long text is cut after `max` characters.
 */
export function storableText(text: string, max = 500): string {
  const cleaned = text.replace(new RegExp(UNSTORABLE.source, 'g'), '\uFFFD');
  if (cleaned.length <= max) return cleaned;
  // By characters, so that the cut never leaves half a pair.
  const characters = [...cleaned];
  return characters.length > max ? `${characters.slice(0, max).join('')}…` : cleaned;
}

/**
 * At most `max` characters as people count them (a kanji or an emoji is one), not UTF-16 units. A character is one or
 * two units, so only a text between `max` and twice `max` units is counted.
 */
export const fitsIn = (text: string, max: number): boolean =>
  text.length <= max || (text.length <= 2 * max && [...text].length <= max);
