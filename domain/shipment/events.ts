import * as t from 'io-ts';
import { Carrier } from '../shared/carrier';

/** One parcel for one destination (送付先) of an order. */
export const ShipmentPlanned = t.strict({
  type: t.literal('ShipmentPlanned'),
  data: t.strict({
    shipmentId: t.string,
    orderId: t.string,
    tenantId: t.string,
    destinationIndex: t.number,
    carrier: Carrier,
    slipType: t.string,
    plannedShipDate: t.union([t.string, t.null]),
  }),
});
export type ShipmentPlanned = t.TypeOf<typeof ShipmentPlanned>;

export const ShippingMethodChanged = t.strict({
  type: t.literal('ShippingMethodChanged'),
  data: t.strict({ shipmentId: t.string, carrier: Carrier, slipType: t.string }),
});
export type ShippingMethodChanged = t.TypeOf<typeof ShippingMethodChanged>;

export const TrackingNumberRegistered = t.strict({
  type: t.literal('TrackingNumberRegistered'),
  data: t.strict({ shipmentId: t.string, trackingNumber: t.string }),
});
export type TrackingNumberRegistered = t.TypeOf<typeof TrackingNumberRegistered>;

export const TrackingNumberChanged = t.strict({
  type: t.literal('TrackingNumberChanged'),
  data: t.strict({ shipmentId: t.string, previous: t.string, trackingNumber: t.string }),
});
export type TrackingNumberChanged = t.TypeOf<typeof TrackingNumberChanged>;

export const ShipmentShipped = t.strict({
  type: t.literal('ShipmentShipped'),
  data: t.strict({ shipmentId: t.string, shippedOn: t.string }),
});
export type ShipmentShipped = t.TypeOf<typeof ShipmentShipped>;

export const SHIPMENT_EVENTS = {
  ShipmentPlanned,
  ShippingMethodChanged,
  TrackingNumberRegistered,
  TrackingNumberChanged,
  ShipmentShipped,
} as const;

export type ShipmentEvent = t.TypeOf<(typeof SHIPMENT_EVENTS)[keyof typeof SHIPMENT_EVENTS]>;
