import type { SetTrackingNumber } from '../../../domain/order/commands';
import type { OrderEvent } from '../../../domain/order/events';
import { orderDecider } from '../../../domain/order/order';
import type { MallOrderData } from '../../../domain/order/order-data';
import { evolveOrder, withLabelsExported, type ExistingOrder } from '../../../domain/order/state';
import type { WorkflowStatus } from '../../../domain/order/status';
import { deciderSpecification } from '../../support/decider-specification';
import { CARD_ROUTE, imported, mallData, recipient } from '../../support/order-fixtures';

const spec = deciderSpecification(orderDecider);
const orderId = 'o-1';
// Published samples whose mod-7 check digit holds (docs/tracking-and-results.md).
const YAMATO = '444413758703';
const REPRINT = '512547514334';

const giftOrder: MallOrderData = {
  ...mallData,
  destinations: [
    mallData.destinations[0]!,
    { ...mallData.destinations[0]!, recipient: { ...recipient, name: '山﨑 花子' } },
  ],
};
const twoDestinations: OrderEvent = { ...imported, data: { ...imported.data, mallData: giftOrder } } as OrderEvent;
const moved = (from: WorkflowStatus, to: WorkflowStatus): OrderEvent => ({
  type: 'OrderStatusMoved',
  data: { orderId, from, to },
});
const at = (status: WorkflowStatus, created: OrderEvent = imported): OrderEvent[] => [created, moved('new', status)];

const setNumber = (changes: Partial<SetTrackingNumber> = {}): SetTrackingNumber => ({
  type: 'SetTrackingNumber',
  destinationIndex: 0,
  carrier: 'yamato',
  trackingNumber: YAMATO,
  source: 'staff',
  ...changes,
});
const numberSet = (changes: Partial<Extract<OrderEvent, { type: 'TrackingNumberSet' }>['data']> = {}): OrderEvent => ({
  type: 'TrackingNumberSet',
  data: {
    orderId,
    destinationIndex: 0,
    carrier: 'yamato',
    trackingNumber: YAMATO,
    previous: null,
    source: 'staff',
    importId: null,
    ...changes,
  },
});
const advanced = (from: WorkflowStatus, to: WorkflowStatus): OrderEvent => ({
  type: 'OrderStatusAdvanced',
  data: { orderId, from, to },
});

describe('Order: tracking numbers', () => {
  test('the last number missing moves the order from 伝票番号未設定 to the next status', () =>
    spec
      .given(at('awaiting_tracking_number'))
      .when(setNumber())
      .then([numberSet(), advanced('awaiting_tracking_number', 'awaiting_shipping_mail')]));

  test('an order at an earlier status of its route moves to the status after 伝票番号未設定', () =>
    spec
      .given(at('awaiting_documents'))
      .when(setNumber({ source: 'import', importId: 'ti-1' }))
      .then([
        numberSet({ source: 'import', importId: 'ti-1' }),
        moved('awaiting_documents', 'awaiting_shipping_mail'),
      ]));

  test('a number typed with hyphens and in full width is kept bare', () =>
    spec
      .given(at('awaiting_tracking_number'))
      .when(setNumber({ trackingNumber: '４４４４－１３７５－８７０３' }))
      .then([numberSet(), advanced('awaiting_tracking_number', 'awaiting_shipping_mail')]));

  test('a gift order moves only once every destination has its number', () =>
    spec.given(at('awaiting_tracking_number', twoDestinations)).when(setNumber()).then([numberSet()]));

  test('the second destination completes a gift order', () =>
    spec
      .given([...at('awaiting_tracking_number', twoDestinations), numberSet()])
      .when(setNumber({ destinationIndex: 1, trackingNumber: REPRINT }))
      .then([
        numberSet({ destinationIndex: 1, trackingNumber: REPRINT }),
        advanced('awaiting_tracking_number', 'awaiting_shipping_mail'),
      ]));

  test('a different number for the same destination replaces it, naming the one it replaces', () =>
    spec
      .given([...at('awaiting_tracking_number', twoDestinations), numberSet()])
      .when(setNumber({ trackingNumber: REPRINT, source: 'import', importId: 'ti-2' }))
      .then([numberSet({ trackingNumber: REPRINT, previous: YAMATO, source: 'import', importId: 'ti-2' })]));

  test('the same number again writes nothing', () =>
    spec
      .given([...at('awaiting_shipping_mail'), numberSet()])
      .when(setNumber({ trackingNumber: '4444-1375-8703' }))
      .then([]));

  test('a number after 伝票番号未設定 is recorded and the order stays where it is', () =>
    spec.given(at('awaiting_shipping_mail')).when(setNumber()).then([numberSet()]));

  test('a held order gets its number and stays held', () =>
    spec
      .given([
        ...at('awaiting_tracking_number'),
        {
          type: 'OrderHeld',
          data: {
            orderId,
            box: 3,
            reason: { source: 'staff', ref: null, text: '確認中' },
            from: 'awaiting_tracking_number',
          },
        },
      ])
      .when(setNumber())
      .then([numberSet()]));

  test('a cancelled order gets no number', () =>
    spec
      .given([imported, { type: 'OrderCancelled', data: { orderId, from: 'new', reason: '重複', byMall: false } }])
      .when(setNumber())
      .thenRefuses('order.cancelled'));

  test('a destination the order does not have is refused', () =>
    spec
      .given([imported])
      .when(setNumber({ destinationIndex: 1 }))
      .thenRefuses('order.no_such_destination', '送付先2'));

  test('a number that is not one is refused', () =>
    spec
      .given([imported])
      .when(setNumber({ trackingNumber: '12-34' }))
      .thenRefuses('order.invalid_tracking_number'));

  test('the order keeps every number it was given, the latest as current', () => {
    const state = [
      ...at('awaiting_tracking_number'),
      numberSet(),
      numberSet({ trackingNumber: REPRINT, previous: YAMATO }),
    ].reduce(evolveOrder, orderDecider.initialState()) as ExistingOrder;
    expect(state.tracking.current).toEqual({ 0: { carrier: 'yamato', trackingNumber: REPRINT } });
    expect(state.tracking.history.map((entry) => entry.trackingNumber)).toEqual([YAMATO, REPRINT]);
  });

  test('exported label keys point at their destinations', () => {
    const state = [twoDestinations].reduce(evolveOrder, orderDecider.initialState()) as ExistingOrder;
    const labelled = withLabelsExported(state, [
      { destinationIndex: 0, key: 'K-1' },
      { destinationIndex: 1, key: 'K-2' },
    ]);
    expect(labelled.labels).toEqual({ 'K-1': 0, 'K-2': 1 });
  });
});

describe('Order: 伝票番号未設定 is passed only with a number for each destination', () => {
  test('advancing without a number is refused with the reason', () =>
    spec
      .given(at('awaiting_tracking_number'))
      .when({ type: 'AdvanceOrderStatus' })
      .thenRefuses('order.tracking_number_missing', '伝票番号', '1件'));

  test('moving past it without a number is refused, from before it too', () =>
    spec
      .given(at('awaiting_shipment'))
      .when({ type: 'MoveOrderStatus', to: 'completed' })
      .thenRefuses('order.tracking_number_missing', '「伝票番号未設定」'));

  test('one destination of two without a number is still refused', () =>
    spec
      .given([...at('awaiting_tracking_number', twoDestinations), numberSet()])
      .when({ type: 'AdvanceOrderStatus' })
      .thenRefuses('order.tracking_number_missing', '1件'));

  test('with every number the order advances', () =>
    spec
      .given([...at('awaiting_tracking_number'), numberSet()])
      .when({ type: 'AdvanceOrderStatus' })
      .then([advanced('awaiting_tracking_number', 'awaiting_shipping_mail')]));

  test('a slip type the shop lists as untracked passes without a number', () =>
    spec
      .given(at('awaiting_tracking_number'))
      .when({ type: 'AdvanceOrderStatus', untrackedSlipTypes: { 's-1': ['発払い'] } })
      .then([advanced('awaiting_tracking_number', 'awaiting_shipping_mail')]));

  test('another slip type, or this one at another shop, listed as untracked does not let this one pass', () =>
    spec
      .given(at('awaiting_tracking_number'))
      .when({
        type: 'MoveOrderStatus',
        to: 'completed',
        untrackedSlipTypes: { 's-1': ['メール便'], 's-2': ['発払い'] },
      })
      .thenRefuses('order.tracking_number_missing'));

  test('moving up to 伝票番号未設定 and back needs no number', () =>
    spec
      .given(at('awaiting_shipping_mail'))
      .when({ type: 'MoveOrderStatus', to: 'awaiting_documents' })
      .then([moved('awaiting_shipping_mail', 'awaiting_documents')]));

  test('a route without 伝票番号未設定 does not wait for numbers', () =>
    spec
      .given([
        {
          ...imported,
          data: { ...imported.data, route: { ...CARD_ROUTE, statuses: ['new', 'awaiting_shipment', 'completed'] } },
        },
      ])
      .when({ type: 'MoveOrderStatus', to: 'completed' })
      .then([moved('new', 'completed')]));
});
