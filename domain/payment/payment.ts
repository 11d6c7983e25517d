import * as E from 'fp-ts/Either';
import { isBusinessDate } from '../shared/dates';
import { type Decider, type DomainError, domainError } from '../shared/decider';
import type { PaymentMethod } from '../shared/payment-method';
import type { PaymentEvent, PaymentSource } from './events';

/** Sent at import and again on every change of the amount billed; the order's amounts decide, not this aggregate. */
export interface ExpectPayment {
  readonly type: 'ExpectPayment';
  readonly paymentId: string;
  readonly orderId: string;
  readonly tenantId: string;
  readonly method: PaymentMethod;
  readonly expected: number;
}
/** receiptId comes from the payment data (bank row, remittance line), so importing the same file twice adds nothing. */
export interface RecordPaymentReceived {
  readonly type: 'RecordPaymentReceived';
  readonly receiptId: string;
  readonly amount: number;
  readonly receivedOn: string;
  readonly source: PaymentSource;
  readonly reference: string;
}
/** Undoes a receipt matched to the wrong order. */
export interface ReverseReceipt {
  readonly type: 'ReverseReceipt';
  readonly receiptId: string;
  readonly reason: string;
}
export interface RefundPayment {
  readonly type: 'RefundPayment';
  readonly refundId: string;
  readonly amount: number;
  readonly refundedOn: string;
  readonly reason: string;
}
export type PaymentCommand = ExpectPayment | RecordPaymentReceived | ReverseReceipt | RefundPayment;

export type PaymentState =
  | { readonly exists: false }
  | {
      readonly exists: true;
      readonly paymentId: string;
      readonly method: PaymentMethod;
      readonly expected: number;
      readonly receipts: Readonly<Record<string, number>>;
      readonly refunds: Readonly<Record<string, number>>;
    };

export type Standing = 'unpaid' | 'partially_paid' | 'paid' | 'overpaid';

const sum = (amounts: Readonly<Record<string, number>>) => Object.values(amounts).reduce((a, b) => a + b, 0);

/** balance > 0: still owed (入金不足); balance < 0: paid too much (過入金), to be refunded or kept against the next order. */
export const balanceOf = (
  state: PaymentState,
): { received: number; refunded: number; balance: number; standing: Standing } => {
  if (!state.exists) return { received: 0, refunded: 0, balance: 0, standing: 'unpaid' };
  const received = sum(state.receipts);
  const refunded = sum(state.refunds);
  const balance = state.expected - received + refunded;
  const standing: Standing =
    balance < 0 ? 'overpaid' : balance === 0 ? 'paid' : received - refunded > 0 ? 'partially_paid' : 'unpaid';
  return { received, refunded, balance, standing };
};

export const STANDING_LABELS: Readonly<Record<Standing, string>> = {
  unpaid: '未入金',
  partially_paid: '一部入金',
  paid: '入金済み',
  overpaid: '過入金',
};

type Decision = E.Either<DomainError, PaymentEvent[]>;
const emit = (events: PaymentEvent[]): Decision => E.right(events);
const refuse = (code: string, ja: string, en: string): Decision => E.left(domainError(code, ja, en));
const isYen = (n: number) => Number.isSafeInteger(n) && n >= 0;

const without = (record: Readonly<Record<string, number>>, key: string) =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

export const paymentDecider: Decider<PaymentCommand, PaymentEvent, PaymentState> = {
  initialState: () => ({ exists: false }),
  evolve: (state, event) => {
    if (event.type === 'PaymentExpected') {
      return {
        exists: true,
        paymentId: event.data.paymentId,
        method: event.data.method,
        expected: event.data.expected,
        receipts: {},
        refunds: {},
      };
    }
    if (!state.exists) return state;
    switch (event.type) {
      case 'PaymentExpectationChanged':
        return { ...state, method: event.data.method, expected: event.data.to };
      case 'PaymentReceived':
        return { ...state, receipts: { ...state.receipts, [event.data.receiptId]: event.data.amount } };
      case 'PaymentReceiptReversed':
        return { ...state, receipts: without(state.receipts, event.data.receiptId) };
      case 'PaymentRefunded':
        return { ...state, refunds: { ...state.refunds, [event.data.refundId]: event.data.amount } };
    }
  },
  decide: (command, state) => {
    if (command.type === 'ExpectPayment') {
      const { paymentId, orderId, tenantId, method, expected } = command;
      if (!isYen(expected))
        return refuse(
          'payment.invalid_amount',
          '金額は0以上の整数(円)で指定してください',
          'amounts are whole yen, zero or more',
        );
      if (!state.exists)
        return emit([{ type: 'PaymentExpected', data: { paymentId, orderId, tenantId, method, expected } }]);
      if (state.expected === expected && state.method === method) return emit([]);
      return emit([
        { type: 'PaymentExpectationChanged', data: { paymentId, method, from: state.expected, to: expected } },
      ]);
    }
    if (!state.exists)
      return refuse('payment.not_found', 'この受注の入金予定がありません', 'no payment is expected for this order');
    const { paymentId } = state;
    switch (command.type) {
      case 'RecordPaymentReceived': {
        const { receiptId, amount, receivedOn, source, reference } = command;
        if (!isYen(amount) || amount === 0)
          return refuse(
            'payment.invalid_amount',
            '入金額は1円以上の整数で指定してください',
            'a receipt is at least 1 yen',
          );
        if (!isBusinessDate(receivedOn))
          return refuse(
            'payment.invalid_date',
            '入金日は 2026-12-01 の形式で指定してください',
            'a date is written like 2026-12-01',
          );
        if (receiptId in state.receipts) return emit([]);
        return emit([
          {
            type: 'PaymentReceived',
            data: { paymentId, receiptId, amount, receivedOn, source, reference: reference.trim() },
          },
        ]);
      }
      case 'ReverseReceipt': {
        const amount = state.receipts[command.receiptId];
        if (amount === undefined) {
          return refuse(
            'payment.unknown_receipt',
            `入金 ${command.receiptId} はこの受注に記録されていません`,
            `receipt ${command.receiptId} is not recorded here`,
          );
        }
        if (command.reason.trim() === '')
          return refuse('payment.reason_required', '取り消す理由を入力してください', 'say why the receipt is reversed');
        return emit([
          {
            type: 'PaymentReceiptReversed',
            data: { paymentId, receiptId: command.receiptId, amount, reason: command.reason.trim() },
          },
        ]);
      }
      case 'RefundPayment': {
        const { refundId, amount, refundedOn } = command;
        if (refundId in state.refunds) return emit([]);
        if (!isYen(amount) || amount === 0)
          return refuse(
            'payment.invalid_amount',
            '返金額は1円以上の整数で指定してください',
            'a refund is at least 1 yen',
          );
        if (!isBusinessDate(refundedOn))
          return refuse(
            'payment.invalid_date',
            '返金日は 2026-12-01 の形式で指定してください',
            'a date is written like 2026-12-01',
          );
        const { received, refunded } = balanceOf(state);
        const refundable = received - refunded;
        if (amount > refundable) {
          return refuse(
            'payment.refund_exceeds_received',
            `返金額${amount}円が入金済みの${refundable}円を超えています`,
            `a refund of ${amount} yen exceeds ${refundable} yen received`,
          );
        }
        if (command.reason.trim() === '')
          return refuse('payment.reason_required', '返金の理由を入力してください', 'say why the money is refunded');
        return emit([
          { type: 'PaymentRefunded', data: { paymentId, refundId, amount, refundedOn, reason: command.reason.trim() } },
        ]);
      }
    }
  },
};
