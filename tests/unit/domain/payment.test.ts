import type { PaymentEvent } from '../../../domain/payment/events';
import { balanceOf, paymentDecider } from '../../../domain/payment/payment';
import { deciderSpecification } from '../../support/decider-specification';

const spec = deciderSpecification(paymentDecider);
const paymentId = 'p-1';
const stateAfter = (events: readonly PaymentEvent[]) =>
  events.reduce(paymentDecider.evolve, paymentDecider.initialState());

const expect4720 = {
  type: 'ExpectPayment',
  paymentId,
  orderId: 'o-1',
  tenantId: 't-1',
  method: 'bank_transfer',
  expected: 4720,
} as const;
const expected: PaymentEvent = {
  type: 'PaymentExpected',
  data: { paymentId, orderId: 'o-1', tenantId: 't-1', method: 'bank_transfer', expected: 4720 },
};
const received = (receiptId: string, amount: number): PaymentEvent => ({
  type: 'PaymentReceived',
  data: { paymentId, receiptId, amount, receivedOn: '2026-12-01', source: 'bank', reference: 'ﾀｶﾊｼ ﾀﾛｳ' },
});
const receive = {
  type: 'RecordPaymentReceived',
  receiptId: 'bank-1',
  amount: 4720,
  receivedOn: '2026-12-01',
  source: 'bank',
  reference: ' ﾀｶﾊｼ ﾀﾛｳ ',
} as const;
const refund = {
  type: 'RefundPayment',
  refundId: 'r-1',
  amount: 280,
  refundedOn: '2026-12-03',
  reason: '過入金の返金',
} as const;

describe('Payment: expectation', () => {
  test('an order expects its amount billed', () => spec.given([]).when(expect4720).then([expected]));
  test('the same expectation again changes nothing', () => spec.given([expected]).when(expect4720).then([]));
  test('a changed amount billed changes the expectation', () =>
    spec
      .given([expected])
      .when({ ...expect4720, expected: 5020, method: 'cash_on_delivery' })
      .then([
        { type: 'PaymentExpectationChanged', data: { paymentId, method: 'cash_on_delivery', from: 4720, to: 5020 } },
      ]));
  test('an amount that is not whole yen is refused', () =>
    spec
      .given([])
      .when({ ...expect4720, expected: 4720.5 })
      .thenRefuses('payment.invalid_amount'));
});

describe('Payment: receipts', () => {
  test('a receipt is recorded', () =>
    spec
      .given([expected])
      .when(receive)
      .then([received('bank-1', 4720)]));
  test('the same bank row imported again adds nothing', () =>
    spec
      .given([expected, received('bank-1', 4720)])
      .when(receive)
      .then([]));
  test('a receipt without an expectation is refused', () =>
    spec.given([]).when(receive).thenRefuses('payment.not_found'));
  test.each([0, -1, 10.5])('a receipt of %p yen is refused', (amount) =>
    spec
      .given([expected])
      .when({ ...receive, amount })
      .thenRefuses('payment.invalid_amount'),
  );
  test.each(['2026/12/01', '２０２６-１２-０１', '2026-12-01T00:00:00Z'])('the date %p is refused', (receivedOn) =>
    spec
      .given([expected])
      .when({ ...receive, receivedOn })
      .thenRefuses('payment.invalid_date', '2026-12-01'),
  );

  test('a receipt matched to the wrong order is reversed', () =>
    spec
      .given([expected, received('bank-1', 4720)])
      .when({ type: 'ReverseReceipt', receiptId: 'bank-1', reason: '別の受注の入金' })
      .then([
        {
          type: 'PaymentReceiptReversed',
          data: { paymentId, receiptId: 'bank-1', amount: 4720, reason: '別の受注の入金' },
        },
      ]));
  test('an unknown receipt cannot be reversed', () =>
    spec
      .given([expected])
      .when({ type: 'ReverseReceipt', receiptId: 'bank-9', reason: 'x' })
      .thenRefuses('payment.unknown_receipt', 'bank-9'));
  test('a reversal needs a reason', () =>
    spec
      .given([expected, received('bank-1', 4720)])
      .when({ type: 'ReverseReceipt', receiptId: 'bank-1', reason: ' ' })
      .thenRefuses('payment.reason_required'));
});

describe('Payment: balance', () => {
  test('nothing received is unpaid', () =>
    expect(balanceOf(stateAfter([expected]))).toEqual({ received: 0, refunded: 0, balance: 4720, standing: 'unpaid' }));
  test('too little is visible as what is still owed', () =>
    expect(balanceOf(stateAfter([expected, received('bank-1', 4000)]))).toEqual({
      received: 4000,
      refunded: 0,
      balance: 720,
      standing: 'partially_paid',
    }));
  test('two receipts that add up are paid', () =>
    expect(balanceOf(stateAfter([expected, received('bank-1', 4000), received('bank-2', 720)]))).toMatchObject({
      balance: 0,
      standing: 'paid',
    }));
  test('too much is visible as overpaid', () =>
    expect(balanceOf(stateAfter([expected, received('bank-1', 5000)]))).toEqual({
      received: 5000,
      refunded: 0,
      balance: -280,
      standing: 'overpaid',
    }));
  test('a reversed receipt no longer counts', () =>
    expect(
      balanceOf(
        stateAfter([
          expected,
          received('bank-1', 4720),
          { type: 'PaymentReceiptReversed', data: { paymentId, receiptId: 'bank-1', amount: 4720, reason: 'x' } },
        ]),
      ),
    ).toMatchObject({ received: 0, standing: 'unpaid' }));
  test('a lower amount billed turns a full payment into an overpayment', () =>
    expect(
      balanceOf(
        stateAfter([
          expected,
          received('bank-1', 4720),
          { type: 'PaymentExpectationChanged', data: { paymentId, method: 'bank_transfer', from: 4720, to: 4000 } },
        ]),
      ),
    ).toMatchObject({ balance: -720, standing: 'overpaid' }));
  test('refunding the overpayment settles it', () =>
    expect(
      balanceOf(
        stateAfter([
          expected,
          received('bank-1', 5000),
          {
            type: 'PaymentRefunded',
            data: { paymentId, refundId: 'r-1', amount: 280, refundedOn: '2026-12-03', reason: 'x' },
          },
        ]),
      ),
    ).toEqual({ received: 5000, refunded: 280, balance: 0, standing: 'paid' }));
});

describe('Payment: refunds', () => {
  const overpaid = [expected, received('bank-1', 5000)];
  test('money received is refunded', () =>
    spec
      .given(overpaid)
      .when(refund)
      .then([
        {
          type: 'PaymentRefunded',
          data: { paymentId, refundId: 'r-1', amount: 280, refundedOn: '2026-12-03', reason: '過入金の返金' },
        },
      ]));
  test('the same refund again adds nothing', () =>
    spec
      .given([
        ...overpaid,
        {
          type: 'PaymentRefunded',
          data: { paymentId, refundId: 'r-1', amount: 280, refundedOn: '2026-12-03', reason: 'x' },
        },
      ])
      .when(refund)
      .then([]));
  test('more than was received is not refunded', () =>
    spec
      .given(overpaid)
      .when({ ...refund, amount: 5001 })
      .thenRefuses('payment.refund_exceeds_received', '5001円', '5000円'));
  test('nothing received, nothing to refund', () =>
    spec.given([expected]).when(refund).thenRefuses('payment.refund_exceeds_received'));
  test('a refund needs a reason', () =>
    spec
      .given(overpaid)
      .when({ ...refund, reason: '' })
      .thenRefuses('payment.reason_required'));
  test('a refund date is a business date', () =>
    spec
      .given(overpaid)
      .when({ ...refund, refundedOn: '12/3' })
      .thenRefuses('payment.invalid_date'));
});
