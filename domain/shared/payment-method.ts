import * as t from 'io-ts';

/** The kind decides routes and reconciliation; each mall's own wording is kept beside it as a label. */
export const PaymentMethod = t.keyof({
  credit_card: null,
  bank_transfer: null,
  cash_on_delivery: null,
  convenience_store: null,
  deferred: null,
  mall_payment: null,
  cash: null,
  other: null,
});
export type PaymentMethod = t.TypeOf<typeof PaymentMethod>;
