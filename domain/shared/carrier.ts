import * as t from 'io-ts';

/** Carriers the product writes label data for; a warehouse's own carrier is 'other' with its slip type as text. */
export const Carrier = t.keyof({
  yamato: null,
  sagawa: null,
  japanpost: null,
  seino: null,
  fukuyama: null,
  other: null,
});
export type Carrier = t.TypeOf<typeof Carrier>;
