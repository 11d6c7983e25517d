/**
 * The codecs every route checks its input with, so that what passes them is what PostgreSQL can hold: dates that
 * exist, whole numbers within int4 (or the domain's own bound), list ranges, text of a stated length. A value one of
 * these lets through must never come back from the database as an error (and a 500).
 */
import * as t from 'io-ts';
import { isBusinessDate, isInstant } from '../../domain/shared/dates';
import { fitsIn } from '../../domain/shared/storable-text';

/** Dates outside these years are a typing mistake in an order system, and far outside them PostgreSQL refuses them. */
export const YEARS = { first: 1900, last: 2999 } as const;
export const INT4_MAX = 2_147_483_647;

const inYears = (text: string) => {
  const year = Number(text.slice(0, 4));
  return year >= YEARS.first && year <= YEARS.last;
};

export const isCalendarDate = (text: string): boolean => isBusinessDate(text) && inYears(text);
export const isDateTime = (text: string): boolean => isInstant(text) && inYears(text);

/** A day that exists, written 2026-12-01. */
export const CalendarDate = t.refinement(
  t.string,
  isCalendarDate,
  `date written 2026-12-01 (${YEARS.first}–${YEARS.last})`,
);

/** A moment with its offset, written 2026-12-01T10:00:00+09:00. */
export const DateTime = t.refinement(
  t.string,
  isDateTime,
  `date-time with offset written 2026-12-01T10:00:00+09:00 (${YEARS.first}–${YEARS.last})`,
);

/** A filter bound on a moment: a whole day (in Asia/Tokyo) or a moment. */
export const DateOrDateTime = t.refinement(
  t.string,
  (text) => isCalendarDate(text) || isDateTime(text),
  `date (2026-12-01) or date-time with offset (2026-12-01T10:00:00+09:00), ${YEARS.first}–${YEARS.last}`,
);

/** A whole number from `min` to `max`; the default bounds are PostgreSQL's int4. */
export const boundedInt = (min = -INT4_MAX - 1, max = INT4_MAX) =>
  t.refinement(t.Int, (n) => n >= min && n <= max, `whole number from ${min} to ${max}`);

/** A count or a position: 0 up to int4. */
export const Count = boundedInt(0, INT4_MAX);

/**
 * ra-data-simple-rest's `range=[first,last]`: positions of the first and last row wanted, both counted from 0, the
 * last not before the first.
 */
export const ListRange = t.refinement(
  t.tuple([Count, Count]),
  ([first, last]) => first <= last,
  `[first, last] with 0 ≤ first ≤ last ≤ ${INT4_MAX}`,
);

export { fitsIn };

/** Any text up to `max` characters, empty included. */
export const boundedText = (max: number) =>
  t.refinement(t.string, (s) => fitsIn(s, max), `text of at most ${max} characters`);

/** What a search box sends; longer than anything worth searching for. */
export const SEARCH_TEXT_MAX = 200;
export const SearchText = boundedText(SEARCH_TEXT_MAX);

/** An id or a code a client names (a shop, a route, a user): none is longer. */
export const ID_TEXT_MAX = 100;
export const IdText = boundedText(ID_TEXT_MAX);

/** A list of at most `max` items. */
export const boundedArray = <C extends t.Mixed>(codec: C, max: number) =>
  t.refinement(t.array(codec), (items) => items.length <= max, `at most ${max} items`);
