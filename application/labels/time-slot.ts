/** The delivery time wishes carriers know, whatever words the order used. */
export type TimeSlot = 'am' | '12-14' | '14-16' | '16-18' | '18-20' | '18-21' | '19-21' | '20-21';

const SLOTS = new Set<string>(['12-14', '14-16', '16-18', '18-20', '18-21', '19-21', '20-21']);
const NONE = new Set(['', 'なし', '指定なし', '希望なし', '指定無し', 'none']);

const halfWidth = (text: string): string =>
  text.replace(/[０-９：]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s/g, '');

/**
 * The slot an order's wish means: 午前中 / 午前 / 8-12 / 08:00-12:00 / 0812 → am; 14-16, 14:00-16:00, 14時～16時,
 * 1416 → 14-16. null for no wish; 'unknown' for a wish no slot matches (the export refuses the row rather than drop
 * what the buyer asked for).
 */
export function timeSlotOf(wish: string | null): TimeSlot | null | 'unknown' {
  if (wish === null) return null;
  const text = halfWidth(wish);
  if (NONE.has(text)) return null;
  if (/^(午前中?|AM|am|8-12|08-12|0812)$/.test(text)) return 'am';
  const range = /^(\d{1,2})(?::00)?(?:時頃?)?[-~～〜ー－―から]+(\d{1,2})(?::00)?(?:時頃?)?(?:まで)?$/.exec(text);
  const compact = /^(\d{2})(\d{2})$/.exec(text);
  const match = range ?? compact;
  if (!match) return 'unknown';
  const from = Number(match[1]);
  const to = Number(match[2]);
  if (from === 8 && to === 12) return 'am';
  const slot = `${from}-${to}`;
  return SLOTS.has(slot) ? (slot as TimeSlot) : 'unknown';
}
