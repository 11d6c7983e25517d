import * as E from 'fp-ts/Either';
import type { Carrier } from '../shared/carrier';
import { isBusinessDate } from '../shared/dates';
import { type Decider, type DomainError, domainError } from '../shared/decider';
import type { ShipmentEvent } from './events';
import { TRACKING_NUMBER, normaliseTrackingNumber } from './tracking-number';

export interface PlanShipment {
  readonly type: 'PlanShipment';
  readonly shipmentId: string;
  readonly orderId: string;
  readonly tenantId: string;
  readonly destinationIndex: number;
  readonly carrier: Carrier;
  readonly slipType: string;
  readonly plannedShipDate: string | null;
}
export interface ChangeShippingMethod {
  readonly type: 'ChangeShippingMethod';
  readonly carrier: Carrier;
  readonly slipType: string;
}
/** From a carrier's result file or typed by staff; a different number than the one recorded replaces it. */
export interface RegisterTrackingNumber {
  readonly type: 'RegisterTrackingNumber';
  readonly trackingNumber: string;
}
export interface MarkShipped {
  readonly type: 'MarkShipped';
  readonly shippedOn: string;
}
export type ShipmentCommand = PlanShipment | ChangeShippingMethod | RegisterTrackingNumber | MarkShipped;

export type ShipmentState =
  | { readonly exists: false }
  | {
      readonly exists: true;
      readonly shipmentId: string;
      readonly carrier: Carrier;
      readonly slipType: string;
      readonly trackingNumber: string | null;
      readonly shippedOn: string | null;
    };

type Decision = E.Either<DomainError, ShipmentEvent[]>;
const emit = (events: ShipmentEvent[]): Decision => E.right(events);
const refuse = (code: string, ja: string, en: string): Decision => E.left(domainError(code, ja, en));

export const shipmentDecider: Decider<ShipmentCommand, ShipmentEvent, ShipmentState> = {
  initialState: () => ({ exists: false }),
  evolve: (state, event) => {
    if (event.type === 'ShipmentPlanned') {
      const { shipmentId, carrier, slipType } = event.data;
      return { exists: true, shipmentId, carrier, slipType, trackingNumber: null, shippedOn: null };
    }
    if (!state.exists) return state;
    switch (event.type) {
      case 'ShippingMethodChanged':
        return { ...state, carrier: event.data.carrier, slipType: event.data.slipType };
      case 'TrackingNumberRegistered':
      case 'TrackingNumberChanged':
        return { ...state, trackingNumber: event.data.trackingNumber };
      case 'ShipmentShipped':
        return { ...state, shippedOn: event.data.shippedOn };
    }
  },
  decide: (command, state) => {
    if (command.type === 'PlanShipment') {
      if (state.exists)
        return refuse(
          'shipment.already_planned',
          'この送付先の出荷は登録済みです',
          'this destination already has a shipment',
        );
      if (command.slipType.trim() === '')
        return refuse('shipment.slip_type_required', '送り状の種類を指定してください', 'give the slip type');
      if (command.plannedShipDate !== null && !isBusinessDate(command.plannedShipDate)) {
        return refuse(
          'shipment.invalid_date',
          '出荷予定日は 2026-12-01 の形式で指定してください',
          'a date is written like 2026-12-01',
        );
      }
      const { shipmentId, orderId, tenantId, destinationIndex, carrier, slipType, plannedShipDate } = command;
      return emit([
        {
          type: 'ShipmentPlanned',
          data: {
            shipmentId,
            orderId,
            tenantId,
            destinationIndex,
            carrier,
            slipType: slipType.trim(),
            plannedShipDate,
          },
        },
      ]);
    }
    if (!state.exists) return refuse('shipment.not_found', '出荷が見つかりません', 'no such shipment');
    const { shipmentId } = state;
    switch (command.type) {
      case 'ChangeShippingMethod': {
        // The parcel has left with the old carrier's label; changing it now would make the tracking link wrong.
        if (state.shippedOn)
          return refuse(
            'shipment.already_shipped',
            '発送済みの出荷は配送方法を変更できません',
            'a shipped parcel keeps its carrier',
          );
        const slipType = command.slipType.trim();
        if (slipType === '')
          return refuse('shipment.slip_type_required', '送り状の種類を指定してください', 'give the slip type');
        if (command.carrier === state.carrier && slipType === state.slipType) return emit([]);
        return emit([{ type: 'ShippingMethodChanged', data: { shipmentId, carrier: command.carrier, slipType } }]);
      }
      case 'RegisterTrackingNumber': {
        const trackingNumber = normaliseTrackingNumber(command.trackingNumber);
        if (!TRACKING_NUMBER.test(trackingNumber)) {
          return refuse(
            'shipment.invalid_tracking_number',
            `伝票番号「${command.trackingNumber}」は英数字8〜30桁ではありません`,
            'a tracking number is 8–30 letters or digits',
          );
        }
        if (state.trackingNumber === trackingNumber) return emit([]);
        if (state.trackingNumber === null)
          return emit([{ type: 'TrackingNumberRegistered', data: { shipmentId, trackingNumber } }]);
        return emit([
          { type: 'TrackingNumberChanged', data: { shipmentId, previous: state.trackingNumber, trackingNumber } },
        ]);
      }
      case 'MarkShipped': {
        if (!isBusinessDate(command.shippedOn))
          return refuse(
            'shipment.invalid_date',
            '出荷日は 2026-12-01 の形式で指定してください',
            'a date is written like 2026-12-01',
          );
        // The shipping mail and the mall's 処理実績 both need the number; 伝票番号未設定 comes before 発送メール未送信.
        if (state.trackingNumber === null)
          return refuse(
            'shipment.no_tracking_number',
            '伝票番号が未設定のため発送済みにできません',
            'register the tracking number first',
          );
        if (state.shippedOn === command.shippedOn) return emit([]);
        if (state.shippedOn)
          return refuse(
            'shipment.already_shipped',
            `この出荷は${state.shippedOn}に発送済みです`,
            `shipped on ${state.shippedOn}`,
          );
        return emit([{ type: 'ShipmentShipped', data: { shipmentId, shippedOn: command.shippedOn } }]);
      }
    }
  },
};
