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

/** Carriers as staff name them. */
export const CARRIER_LABELS: Readonly<Record<Carrier, string>> = {
  yamato: 'ヤマト運輸',
  sagawa: '佐川急便',
  japanpost: '日本郵便',
  seino: '西濃運輸',
  fukuyama: '福山通運',
  other: 'その他',
};
