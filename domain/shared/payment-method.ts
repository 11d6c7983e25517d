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

/** The kinds in Japanese: a staff-entered order's payment label, and the admin's wording. */
export const PAYMENT_METHOD_LABELS: Readonly<Record<PaymentMethod, string>> = {
  credit_card: 'クレジットカード',
  bank_transfer: '銀行振込',
  cash_on_delivery: '代金引換',
  convenience_store: 'コンビニ決済',
  deferred: '後払い',
  mall_payment: 'モール決済',
  cash: '現金',
  other: 'その他',
};
