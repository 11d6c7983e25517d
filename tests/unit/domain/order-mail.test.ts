import type { RequestMail } from '../../../domain/order/commands';
import type { OrderEvent } from '../../../domain/order/events';
import { orderDecider } from '../../../domain/order/order';
import { evolveOrder, type ExistingOrder } from '../../../domain/order/state';
import type { WorkflowStatus } from '../../../domain/order/status';
import { deciderSpecification } from '../../support/decider-specification';
import { CARD_ROUTE, imported, mallData, orderer } from '../../support/order-fixtures';

const spec = deciderSpecification(orderDecider);
const orderId = 'o-1';
const FOLLOW_ROUTE = {
  ...CARD_ROUTE,
  statuses: [...CARD_ROUTE.statuses.slice(0, -1), 'awaiting_follow_up_mail', 'completed'],
} as typeof CARD_ROUTE;
const moved = (from: WorkflowStatus, to: WorkflowStatus): OrderEvent => ({
  type: 'OrderStatusMoved',
  data: { orderId, from, to },
});
const advanced = (from: WorkflowStatus, to: WorkflowStatus): OrderEvent => ({
  type: 'OrderStatusAdvanced',
  data: { orderId, from, to },
});
const at = (status: WorkflowStatus, created: OrderEvent = imported): OrderEvent[] =>
  status === 'new' ? [created] : [created, moved('new', status)];
const withoutEmail: OrderEvent = {
  ...imported,
  data: { ...imported.data, mallData: { ...mallData, orderer: { ...orderer, email: '  ' } } },
} as OrderEvent;
const onFollowRoute: OrderEvent = { ...imported, data: { ...imported.data, route: FOLLOW_ROUTE } } as OrderEvent;
const numbered: OrderEvent = {
  type: 'TrackingNumberSet',
  data: {
    orderId,
    destinationIndex: 0,
    carrier: 'yamato',
    trackingNumber: '444413758703',
    previous: null,
    source: 'staff',
    importId: null,
  },
};
const request = (changes: Partial<RequestMail> = {}): RequestMail => ({
  type: 'RequestMail',
  mailId: 'm-1',
  kind: 'thanks',
  trigger: 'first',
  notBefore: null,
  ...changes,
});
const requested = (changes: Partial<Extract<OrderEvent, { type: 'MailRequested' }>['data']> = {}): OrderEvent => ({
  type: 'MailRequested',
  data: { orderId, mailId: 'm-1', kind: 'thanks', trigger: 'first', notBefore: null, ...changes },
});
const sent = (mailId = 'm-1'): OrderEvent => ({ type: 'MailSent', data: { orderId, mailId } });
const shippedRequested = requested({ kind: 'shipped' });

describe('Order: requesting mails', () => {
  test('a mail asked for is recorded with its kind, trigger and time', () =>
    spec
      .given(at('new'))
      .when(request({ notBefore: '2026-12-10T00:00:00.000Z' }))
      .then([requested({ notBefore: '2026-12-10T00:00:00.000Z' })]));

  test('the same kind and trigger again is the same mail: nothing new', () =>
    spec
      .given([...at('new'), requested()])
      .when(request({ mailId: 'm-2' }))
      .then([]));

  test('a resend is a mail of its own', () =>
    spec
      .given([...at('new'), requested(), sent()])
      .when(request({ mailId: 'm-2', trigger: 'resend:r-1' }))
      .then([requested({ mailId: 'm-2', trigger: 'resend:r-1' })]));

  test('an orderer without an e-mail address cannot be mailed', () =>
    spec.given(at('new', withoutEmail)).when(request()).thenRefuses('mail.no_address', 'メールアドレス'));

  test.each(['thanks', 'shipped', 'payment_confirmed', 'follow_up'] as const)(
    'a cancelled order gets no %s mail',
    (kind) =>
      spec
        .given([
          ...at('new'),
          { type: 'OrderCancelled', data: { orderId, from: 'new', reason: '都合', byMall: false } },
        ])
        .when(request({ kind }))
        .thenRefuses('mail.order_cancelled', 'キャンセル済み'),
  );

  test('a cancelled order gets the cancellation mail', () =>
    spec
      .given([...at('new'), { type: 'OrderCancelled', data: { orderId, from: 'new', reason: '都合', byMall: false } }])
      .when(request({ kind: 'cancelled' }))
      .then([requested({ kind: 'cancelled' })]));

  test('the shipping mail waits for every tracking number', () =>
    spec
      .given(at('awaiting_tracking_number'))
      .when(request({ kind: 'shipped' }))
      .thenRefuses('mail.tracking_number_missing', '伝票番号'));

  test('the shipping mail of an untracked slip type needs no number', () =>
    spec
      .given(at('awaiting_tracking_number'))
      .when(request({ kind: 'shipped', untrackedSlipTypes: { 's-1': ['発払い'] } }))
      .then([shippedRequested]));

  test('the shipping mail with every number is requested', () =>
    spec
      .given([...at('awaiting_shipping_mail'), numbered])
      .when(request({ kind: 'shipped' }))
      .then([shippedRequested]));
});

describe('Order: sent and failed mails', () => {
  test('a sent mail is recorded once', () => {
    spec
      .given([...at('new'), requested()])
      .when({ type: 'RecordMailSent', mailId: 'm-1' })
      .then([sent()]);
    spec
      .given([...at('new'), requested(), sent()])
      .when({ type: 'RecordMailSent', mailId: 'm-1' })
      .then([]);
  });

  test('a mail the order never asked for is refused', () =>
    spec.given(at('new')).when({ type: 'RecordMailSent', mailId: 'm-9' }).thenRefuses('mail.not_found'));

  test('the shipping mail sent moves the order on from 発送メール未送信', () =>
    spec
      .given([...at('awaiting_shipping_mail'), numbered, shippedRequested])
      .when({ type: 'RecordMailSent', mailId: 'm-1' })
      .then([sent(), advanced('awaiting_shipping_mail', 'completed')]));

  test('the shipping mail sent at another status moves nothing', () =>
    spec
      .given([...at('awaiting_tracking_number'), numbered, shippedRequested])
      .when({ type: 'RecordMailSent', mailId: 'm-1' })
      .then([sent()]));

  test('the follow-up sent moves the order from フォローメール未送信 to 処理済み', () =>
    spec
      .given([...at('awaiting_follow_up_mail', onFollowRoute), requested({ kind: 'follow_up' })])
      .when({ type: 'RecordMailSent', mailId: 'm-1' })
      .then([sent(), advanced('awaiting_follow_up_mail', 'completed')]));

  test('a failure keeps no address in its reason', () =>
    spec
      .given([...at('new'), requested()])
      .when({ type: 'RecordMailFailed', mailId: 'm-1', reason: '550 <taro@example.jp>: no such user', final: false })
      .then([
        { type: 'MailFailed', data: { orderId, mailId: 'm-1', reason: '550 <<address>>: no such user', final: false } },
      ]));

  test('a retried failure leaves the mail requested, the last one marks it failed', () => {
    const failed = (final: boolean): OrderEvent => ({
      type: 'MailFailed',
      data: { orderId, mailId: 'm-1', reason: 'timeout', final },
    });
    const state = (events: OrderEvent[]) =>
      (events.reduce(evolveOrder, orderDecider.initialState()) as ExistingOrder).mails[0]?.state;
    expect(state([...at('new'), requested(), failed(false)])).toBe('requested');
    expect(state([...at('new'), requested(), failed(false), failed(true)])).toBe('failed');
    spec
      .given([...at('new'), requested(), sent()])
      .when({ type: 'RecordMailFailed', mailId: 'm-1', reason: 'x', final: true })
      .then([]);
  });
});

describe('Order: the shipping mail before 処理済み', () => {
  const ready = [...at('awaiting_shipping_mail'), numbered];

  test('advance past 発送メール未送信 is refused until the shipping mail was sent', () =>
    spec.given(ready).when({ type: 'AdvanceOrderStatus' }).thenRefuses('order.shipping_mail_not_sent', '発送メール'));

  test('move past it is refused as well, from an earlier status too', () =>
    spec
      .given([...at('awaiting_documents'), numbered])
      .when({ type: 'MoveOrderStatus', to: 'completed' })
      .thenRefuses('order.shipping_mail_not_sent'));

  test('a mail requested but not sent is not enough', () =>
    spec
      .given([...ready, shippedRequested])
      .when({ type: 'AdvanceOrderStatus' })
      .thenRefuses('order.shipping_mail_not_sent'));

  test('once sent, the order moves on', () =>
    spec
      .given([...ready, shippedRequested, sent()])
      .when({ type: 'AdvanceOrderStatus' })
      .then([advanced('awaiting_shipping_mail', 'completed')]));

  test('an order whose orderer has no address moves on by hand', () =>
    spec
      .given([...at('awaiting_shipping_mail', withoutEmail), numbered])
      .when({ type: 'AdvanceOrderStatus' })
      .then([advanced('awaiting_shipping_mail', 'completed')]));

  test('a route without 発送メール未送信 does not wait for the mail', () =>
    spec
      .given(
        at('new', {
          ...imported,
          data: { ...imported.data, route: { ...CARD_ROUTE, statuses: ['new', 'completed'] } },
        } as OrderEvent),
      )
      .when({ type: 'AdvanceOrderStatus' })
      .then([advanced('new', 'completed')]));

  test('moving back stays possible', () =>
    spec
      .given(ready)
      .when({ type: 'MoveOrderStatus', to: 'awaiting_documents' })
      .then([moved('awaiting_shipping_mail', 'awaiting_documents')]));
});
