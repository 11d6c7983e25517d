import * as t from 'io-ts';

/**
 * 携帯メールタイマー: mail to a carrier address (mobile-carriers.ts) goes out only inside the shop's window, in Japan
 * time; outside it the mail waits for the next opening. Other addresses are sent at once.
 *
 * A window opens at `from` (included) and closes at `to` (excluded): 08:00–21:00 sends at 08:00:00 and at 20:59:59,
 * not at 21:00:00. A window whose `from` is later than its `to` crosses midnight (22:00–06:00 is open at night).
 * `from` equal to `to` is refused rather than read as "always" or "never"; 'always' says always.
 */
const HOUR_MINUTE = /^([01]\d|2[0-3]):([0-5]\d)$/;

interface HourMinuteBrand {
  readonly HourMinute: unique symbol;
}
/** A time of day written HH:MM, 00:00 to 23:59. */
export const HourMinute = t.brand(
  t.string,
  (text): text is t.Branded<string, HourMinuteBrand> => HOUR_MINUTE.test(text),
  'HourMinute',
);
export type HourMinute = t.TypeOf<typeof HourMinute>;

export const HourWindow = t.refinement(
  t.type({ from: HourMinute, to: HourMinute }),
  (window) => window.from !== window.to,
  'HourWindow',
);
export type HourWindow = t.TypeOf<typeof HourWindow>;

export const SendWindow = t.union([t.literal('always'), HourWindow]);
export type SendWindow = t.TypeOf<typeof SendWindow>;

/** What a shop starts with: the hours Japanese shops commonly use for carrier mail. */
export const DEFAULT_SEND_WINDOW = { from: '08:00', to: '21:00' } as HourWindow;

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
// Japan has had no daylight saving since 1951: Japan time is always UTC+9.
const JST_OFFSET_MS = 9 * 60 * MINUTE_MS;

const minutesOfDay = (time: HourMinute): number => {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * 60 + minutes!;
};

const isOpenAt = (window: HourWindow, msIntoJstDay: number): boolean => {
  const from = minutesOfDay(window.from) * MINUTE_MS;
  const to = minutesOfDay(window.to) * MINUTE_MS;
  return from < to ? msIntoJstDay >= from && msIntoJstDay < to : msIntoJstDay >= from || msIntoJstDay < to;
};

/**
 * When a mail requested at `now` may be sent: `now` for an address that is not carrier mail, for 'always' and inside
 * the window; otherwise the window's next opening in Japan time (today's if it is still to come, else tomorrow's).
 */
export function nextSendTime(now: Date, window: SendWindow, isMobile: boolean): Date {
  if (!isMobile || window === 'always') return now;
  const jst = now.getTime() + JST_OFFSET_MS;
  const msIntoJstDay = ((jst % DAY_MS) + DAY_MS) % DAY_MS;
  if (isOpenAt(window, msIntoJstDay)) return now;
  const jstMidnight = jst - msIntoJstDay;
  const from = minutesOfDay(window.from) * MINUTE_MS;
  const opening = jstMidnight + from + (from > msIntoJstDay ? 0 : DAY_MS);
  return new Date(opening - JST_OFFSET_MS);
}
