/**
 * Dates arrive as text in commands; the domain never reads a clock. A business date (出荷予定日, 入金日, お届け希望日) is a
 * calendar day in Asia/Tokyo written 2026-12-01; an instant carries its offset so that it is never read as UTC by mistake.
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

export const isBusinessDate = (text: string): boolean => {
  const match = DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/**
 * A moment on a day that exists, with an offset of the world's (−14:00 to +14:00). JavaScript reads 2026-02-30T00:00Z
 * as 2 March; PostgreSQL refuses it, so such a text must never reach an event.
 */
export const isInstant = (text: string): boolean => {
  const match = INSTANT.exec(text);
  return match !== null && isBusinessDate(match[1]!) && !Number.isNaN(Date.parse(text));
};

/** The Asia/Tokyo calendar day of an instant, `daysLater` days on (Japan has no daylight saving, so +9 h is exact). */
export const tokyoBusinessDate = (instant: Date, daysLater = 0): string =>
  new Date(instant.getTime() + (9 * 3600 + daysLater * 86400) * 1000).toISOString().slice(0, 10);
