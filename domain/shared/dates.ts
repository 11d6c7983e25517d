/**
 * Dates arrive as text in commands; the domain never reads a clock. A business date (出荷予定日, 入金日, お届け希望日) is a
 * calendar day in Asia/Tokyo written 2026-12-01; an instant carries its offset so that it is never read as UTC by mistake.
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export const isBusinessDate = (text: string): boolean => {
  const match = DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

export const isInstant = (text: string): boolean => INSTANT.test(text) && !Number.isNaN(Date.parse(text));

/** The Asia/Tokyo calendar day of an instant, `daysLater` days on (Japan has no daylight saving, so +9 h is exact). */
export const tokyoBusinessDate = (instant: Date, daysLater = 0): string =>
  new Date(instant.getTime() + (9 * 3600 + daysLater * 86400) * 1000).toISOString().slice(0, 10);
