/** The orderer of a staff-entered order in API tests: kanji with 髙, half-width kana, full-width house number. */
export const phoneOrderer = {
  name: '髙橋 花子',
  kana: 'ﾀｶﾊｼ ﾊﾅｺ',
  postalCode: '150-0001',
  prefecture: '東京都',
  city: '渋谷区神宮前',
  street: '１－２－３',
  building: '',
  phone: '03-1234-5678',
  email: 'hanako@example.jp',
};

/** A body `POST /api/orders` accepts for a phone shop: one line, 代金引換; `changes` replace its top-level fields. */
export const phoneOrderBody = (shopId: string, changes: Record<string, unknown> = {}) => ({
  shopId,
  channel: 'phone',
  orderer: phoneOrderer,
  destinations: [{ lines: [{ sku: 'TEA-001', name: '静岡茶', unitPrice: 1080, quantity: 2, taxRate: 8 }] }],
  payment: { method: 'cash_on_delivery' },
  ...changes,
});
