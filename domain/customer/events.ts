import * as t from 'io-ts';

// Retired on 2026-11-30: each purchase used to be recorded on the customer's stream too. Stores written before hold these,
// so they stay decodable; nothing writes them any more, and the customer decider and read model pass over them.
export const CustomerRegistered = t.strict({
  type: t.literal('CustomerRegistered'),
  data: t.strict({
    customerId: t.string,
    tenantId: t.string,
    identityKey: t.string,
    name: t.string,
    kana: t.string,
    email: t.string,
    phone: t.string,
  }),
});
export type CustomerRegistered = t.TypeOf<typeof CustomerRegistered>;

export const CustomerPurchaseRecorded = t.strict({
  type: t.literal('CustomerPurchaseRecorded'),
  data: t.strict({
    customerId: t.string,
    orderId: t.string,
    orderNumber: t.string,
    shopId: t.string,
    orderedAt: t.string,
    billed: t.number,
  }),
});
export type CustomerPurchaseRecorded = t.TypeOf<typeof CustomerPurchaseRecorded>;

export const CustomerPurchaseWithdrawn = t.strict({
  type: t.literal('CustomerPurchaseWithdrawn'),
  data: t.strict({ customerId: t.string, orderId: t.string }),
});
export type CustomerPurchaseWithdrawn = t.TypeOf<typeof CustomerPurchaseWithdrawn>;

export const CustomerBlacklisted = t.strict({
  type: t.literal('CustomerBlacklisted'),
  data: t.strict({ customerId: t.string, reason: t.string }),
});
export type CustomerBlacklisted = t.TypeOf<typeof CustomerBlacklisted>;

export const CustomerRemovedFromBlacklist = t.strict({
  type: t.literal('CustomerRemovedFromBlacklist'),
  data: t.strict({ customerId: t.string }),
});
export type CustomerRemovedFromBlacklist = t.TypeOf<typeof CustomerRemovedFromBlacklist>;

export const CUSTOMER_EVENTS = {
  CustomerRegistered,
  CustomerPurchaseRecorded,
  CustomerPurchaseWithdrawn,
  CustomerBlacklisted,
  CustomerRemovedFromBlacklist,
} as const;

export type CustomerEvent = t.TypeOf<(typeof CUSTOMER_EVENTS)[keyof typeof CUSTOMER_EVENTS]>;
