import type { RecordShippingResultsWritten } from '../../../domain/order/commands';
import type { OrderEvent } from '../../../domain/order/events';
import { orderDecider } from '../../../domain/order/order';
import type { MallOrderData } from '../../../domain/order/order-data';
import { evolveOrder, type ExistingOrder } from '../../../domain/order/state';
import { deciderSpecification } from '../../support/decider-specification';
import { imported, mallData, recipient } from '../../support/order-fixtures';

const spec = deciderSpecification(orderDecider);
const orderId = 'o-1';
// Published samples whose mod-7 check digit holds (docs/tracking-and-results.md).
const YAMATO = '444413758703';
const SECOND = '512547514334';

const giftOrder: MallOrderData = {
  ...mallData,
  destinations: [
    mallData.destinations[0]!,
    { ...mallData.destinations[0]!, recipient: { ...recipient, name: '山﨑 花子' } },
  ],
};
const twoDestinations = { ...imported, data: { ...imported.data, mallData: giftOrder } } as OrderEvent;
const numberSet = (destinationIndex: number, trackingNumber: string): OrderEvent => ({
  type: 'TrackingNumberSet',
  data: {
    orderId,
    destinationIndex,
    carrier: 'yamato',
    trackingNumber,
    previous: null,
    source: 'import',
    importId: 'ti-1',
  },
});
const write = (changes: Partial<RecordShippingResultsWritten> = {}): RecordShippingResultsWritten => ({
  type: 'RecordShippingResultsWritten',
  mall: 'rakuten',
  file: 'rakuten-shipping',
  fileName: 'rakuten-shipping.csv',
  ...changes,
});
const written = (trackingNumbers: { destinationIndex: number; trackingNumber: string }[]): OrderEvent => ({
  type: 'ShippingResultsWritten',
  data: {
    orderId,
    tenantId: 't-1',
    mall: 'rakuten',
    file: 'rakuten-shipping',
    fileName: 'rakuten-shipping.csv',
    trackingNumbers: trackingNumbers.map((n) => ({ ...n, carrier: 'yamato' })),
  },
});

describe('Order: shipping results (処理実績) written for its mall', () => {
  test('an order with its number records the result with the number reported', () =>
    spec
      .given([imported, numberSet(0, YAMATO)])
      .when(write())
      .then([written([{ destinationIndex: 0, trackingNumber: YAMATO }])]));

  test('a gift order reports every destination, in destination order', () =>
    spec
      .given([twoDestinations, numberSet(1, SECOND), numberSet(0, YAMATO)])
      .when(write())
      .then([
        written([
          { destinationIndex: 0, trackingNumber: YAMATO },
          { destinationIndex: 1, trackingNumber: SECOND },
        ]),
      ]));

  test('an order without a number is refused, and a gift order missing one destination too', () => {
    spec.given([imported]).when(write()).thenRefuses('order.tracking_number_missing', '1件');
    spec
      .given([twoDestinations, numberSet(0, YAMATO)])
      .when(write())
      .thenRefuses('order.tracking_number_missing');
  });

  test('a slip type the shop lists as untracked is reported without a number', () =>
    spec
      .given([imported])
      .when(write({ untrackedSlipTypes: { 's-1': ['発払い'] } }))
      .then([written([])]));

  test('the same slip type untracked at another shop does not let the order through', () =>
    spec
      .given([imported])
      .when(write({ untrackedSlipTypes: { 's-2': ['発払い'] } }))
      .thenRefuses('order.tracking_number_missing'));

  test('a cancelled order is refused', () =>
    spec
      .given([
        imported,
        numberSet(0, YAMATO),
        { type: 'OrderCancelled', data: { orderId, from: 'new', reason: '重複', byMall: false } },
      ])
      .when(write())
      .thenRefuses('order.cancelled'));

  test("another mall's file is refused", () =>
    spec
      .given([imported, numberSet(0, YAMATO)])
      .when(write({ mall: 'amazon' }))
      .thenRefuses('order.other_mall'));

  test('the order counts its results and keeps the numbers last reported', () => {
    const state = [imported, numberSet(0, YAMATO), written([{ destinationIndex: 0, trackingNumber: YAMATO }])].reduce(
      evolveOrder,
      orderDecider.initialState(),
    ) as ExistingOrder;
    expect(state.shippingResults).toEqual({
      count: 1,
      last: { file: 'rakuten-shipping', trackingNumbers: [{ destinationIndex: 0, trackingNumber: YAMATO }] },
    });
  });
});
