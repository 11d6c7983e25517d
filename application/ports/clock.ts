/** Time is a port so that tests and replays can fix it; business dates are read in Asia/Tokyo. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
