import type { ShipmentEvent } from '../../../domain/shipment/events';
import { shipmentDecider } from '../../../domain/shipment/shipment';
import { normaliseTrackingNumber } from '../../../domain/shipment/tracking-number';
import { shipmentIdFor } from '../../../domain/shared/ids';
import { deciderSpecification } from '../../support/decider-specification';

const spec = deciderSpecification(shipmentDecider);
const shipmentId = 'sh-1';
const plan = {
  type: 'PlanShipment',
  shipmentId,
  orderId: 'o-1',
  tenantId: 't-1',
  destinationIndex: 0,
  carrier: 'yamato',
  slipType: '発払い',
  plannedShipDate: '2026-12-02',
} as const;
const planned: ShipmentEvent = {
  type: 'ShipmentPlanned',
  data: {
    shipmentId,
    orderId: 'o-1',
    tenantId: 't-1',
    destinationIndex: 0,
    carrier: 'yamato',
    slipType: '発払い',
    plannedShipDate: '2026-12-02',
  },
};
const tracked: ShipmentEvent = {
  type: 'TrackingNumberRegistered',
  data: { shipmentId, trackingNumber: '123456789012' },
};
const shipped: ShipmentEvent = { type: 'ShipmentShipped', data: { shipmentId, shippedOn: '2026-12-02' } };

test.each([
  ['1234-5678-9012', '123456789012'],
  ['１２３４－５６７８－９０１２', '123456789012'],
  ['ej123456789jp', 'EJ123456789JP'],
  [' 1234 5678 9012 ', '123456789012'],
])('the tracking number %p is %p', (raw, expected) => expect(normaliseTrackingNumber(raw)).toBe(expected));

test('each destination of an order has its own shipment', () =>
  expect(shipmentIdFor('o-1', 0)).not.toBe(shipmentIdFor('o-1', 1)));

describe('Shipment', () => {
  test('a shipment is planned for a destination', () => spec.given([]).when(plan).then([planned]));
  test('a destination is planned once', () => spec.given([planned]).when(plan).thenRefuses('shipment.already_planned'));
  test('a plan needs a slip type', () =>
    spec
      .given([])
      .when({ ...plan, slipType: ' ' })
      .thenRefuses('shipment.slip_type_required'));
  test('a plan without a ship date is allowed', () =>
    spec
      .given([])
      .when({ ...plan, plannedShipDate: null })
      .then([{ ...planned, data: { ...planned.data, plannedShipDate: null } } as ShipmentEvent]));
  test('a planned ship date is a business date', () =>
    spec
      .given([])
      .when({ ...plan, plannedShipDate: '12月2日' })
      .thenRefuses('shipment.invalid_date'));

  test('the carrier and slip type can change before shipping', () =>
    spec
      .given([planned])
      .when({ type: 'ChangeShippingMethod', carrier: 'japanpost', slipType: 'クリックポスト' })
      .then([
        { type: 'ShippingMethodChanged', data: { shipmentId, carrier: 'japanpost', slipType: 'クリックポスト' } },
      ]));
  test('the same carrier and slip type change nothing', () =>
    spec.given([planned]).when({ type: 'ChangeShippingMethod', carrier: 'yamato', slipType: '発払い' }).then([]));
  test('a shipped parcel keeps its carrier', () =>
    spec
      .given([planned, tracked, shipped])
      .when({ type: 'ChangeShippingMethod', carrier: 'sagawa', slipType: '元払い' })
      .thenRefuses('shipment.already_shipped'));

  test('a tracking number is registered as the carrier needs it', () =>
    spec
      .given([planned])
      .when({ type: 'RegisterTrackingNumber', trackingNumber: '１２３４－５６７８－９０１２' })
      .then([tracked]));
  test('the same number again changes nothing', () =>
    spec.given([planned, tracked]).when({ type: 'RegisterTrackingNumber', trackingNumber: '1234-5678-9012' }).then([]));
  test('a different number replaces it and keeps the old one on record', () =>
    spec
      .given([planned, tracked])
      .when({ type: 'RegisterTrackingNumber', trackingNumber: '9999-0000-1111' })
      .then([
        {
          type: 'TrackingNumberChanged',
          data: { shipmentId, previous: '123456789012', trackingNumber: '999900001111' },
        },
      ]));
  test('a mistyped number can be corrected after shipping', () =>
    spec
      .given([planned, tracked, shipped])
      .when({ type: 'RegisterTrackingNumber', trackingNumber: '123456789013' })
      .then([
        {
          type: 'TrackingNumberChanged',
          data: { shipmentId, previous: '123456789012', trackingNumber: '123456789013' },
        },
      ]));
  test.each(['123', 'ﾔﾏﾄ123456789', '伝票番号なし'])('the number %p is refused', (trackingNumber) =>
    spec
      .given([planned])
      .when({ type: 'RegisterTrackingNumber', trackingNumber })
      .thenRefuses('shipment.invalid_tracking_number', trackingNumber),
  );

  test('a parcel with a number is shipped', () =>
    spec.given([planned, tracked]).when({ type: 'MarkShipped', shippedOn: '2026-12-02' }).then([shipped]));
  test('shipping the same day again changes nothing', () =>
    spec.given([planned, tracked, shipped]).when({ type: 'MarkShipped', shippedOn: '2026-12-02' }).then([]));
  test('a parcel is shipped once', () =>
    spec
      .given([planned, tracked, shipped])
      .when({ type: 'MarkShipped', shippedOn: '2026-12-03' })
      .thenRefuses('shipment.already_shipped', '2026-12-02'));
  test('a parcel without a number is not shipped', () =>
    spec
      .given([planned])
      .when({ type: 'MarkShipped', shippedOn: '2026-12-02' })
      .thenRefuses('shipment.no_tracking_number'));
  test('a ship date is a business date', () =>
    spec
      .given([planned, tracked])
      .when({ type: 'MarkShipped', shippedOn: '2026-12-02T09:00:00Z' })
      .thenRefuses('shipment.invalid_date'));
  test('an unplanned shipment takes no number', () =>
    spec
      .given([])
      .when({ type: 'RegisterTrackingNumber', trackingNumber: '123456789012' })
      .thenRefuses('shipment.not_found'));
});
