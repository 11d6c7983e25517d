import * as t from 'io-ts';
import { PaymentMethod } from '../shared/payment-method';

/** Where money came from; each source has its own import format for reconciliation (入金消込). */
export const PaymentSource = t.keyof({
  manual: null,
  bank: null,
  np_atobarai: null,
  atobarai_com: null,
  score_atobarai: null,
  cod_remittance: null,
  mall: null,
  other: null,
});
export type PaymentSource = t.TypeOf<typeof PaymentSource>;

export const PaymentExpected = t.strict({
  type: t.literal('PaymentExpected'),
  data: t.strict({
    paymentId: t.string,
    orderId: t.string,
    tenantId: t.string,
    method: PaymentMethod,
    expected: t.number,
  }),
});
export type PaymentExpected = t.TypeOf<typeof PaymentExpected>;

export const PaymentExpectationChanged = t.strict({
  type: t.literal('PaymentExpectationChanged'),
  data: t.strict({ paymentId: t.string, method: PaymentMethod, from: t.number, to: t.number }),
});
export type PaymentExpectationChanged = t.TypeOf<typeof PaymentExpectationChanged>;

export const PaymentReceived = t.strict({
  type: t.literal('PaymentReceived'),
  data: t.strict({
    paymentId: t.string,
    receiptId: t.string,
    amount: t.number,
    receivedOn: t.string,
    source: PaymentSource,
    reference: t.string,
  }),
});
export type PaymentReceived = t.TypeOf<typeof PaymentReceived>;

export const PaymentReceiptReversed = t.strict({
  type: t.literal('PaymentReceiptReversed'),
  data: t.strict({ paymentId: t.string, receiptId: t.string, amount: t.number, reason: t.string }),
});
export type PaymentReceiptReversed = t.TypeOf<typeof PaymentReceiptReversed>;

export const PaymentRefunded = t.strict({
  type: t.literal('PaymentRefunded'),
  data: t.strict({ paymentId: t.string, refundId: t.string, amount: t.number, refundedOn: t.string, reason: t.string }),
});
export type PaymentRefunded = t.TypeOf<typeof PaymentRefunded>;

export const PAYMENT_EVENTS = {
  PaymentExpected,
  PaymentExpectationChanged,
  PaymentReceived,
  PaymentReceiptReversed,
  PaymentRefunded,
} as const;

export type PaymentEvent = t.TypeOf<(typeof PAYMENT_EVENTS)[keyof typeof PAYMENT_EVENTS]>;
