/**
 * 営業日: a calendar day (2026-12-01) that is neither a Saturday, a Sunday nor a day the caller says is closed (Japanese
 * public holidays, the shop's own 休業日). The holiday calendar is data that changes by law, so it is passed in rather
 * than known here.
 */
export type IsClosedDay = (day: string) => boolean;

const toDate = (day: string): Date => new Date(`${day}T00:00:00Z`);
const nextDay = (day: string): string => new Date(toDate(day).getTime() + 86_400_000).toISOString().slice(0, 10);

export const isBusinessDay = (day: string, isClosed: IsClosedDay): boolean => {
  const weekday = toDate(day).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isClosed(day);
};

/** A year of closed days in a row is no calendar anyone meant: give up rather than search for ever. */
const MAX_DAYS_SEARCHED = 366;

/**
 * `days` business days after `from`, counting each business day stepped onto: an order of a Thursday with 1 day of lead
 * time ships on Friday, one of a Saturday on Monday. With 0 days, `from` itself if it is a business day, else the next
 * business day. Undefined if no business day comes within a year.
 */
export const addBusinessDays = (from: string, days: number, isClosed: IsClosedDay): string | undefined => {
  let day = from;
  let left = days;
  for (let searched = 0; searched <= MAX_DAYS_SEARCHED + days; searched++) {
    if (left === 0 && isBusinessDay(day, isClosed)) return day;
    day = nextDay(day);
    if (left > 0 && isBusinessDay(day, isClosed)) left--;
  }
  return undefined;
};
