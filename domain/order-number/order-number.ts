import * as E from 'fp-ts/Either';
import type { StaffChannel } from '../order/events';
import { isBusinessDate } from '../shared/dates';
import { type Decider, domainError } from '../shared/decider';
import type { OrderNumberEvent } from './events';

/**
 * Numbers for orders staff take by phone, fax or in the shop (電話注文・店舗受注). One stream per tenant and Tokyo day
 * keeps each stream short, and the store's expected-revision check makes two desks taking calls at once get different
 * numbers. `requestId` is the client's idempotency key: a retried request gets the number it was given the first time.
 */
export interface ReserveOrderNumber {
  readonly type: 'ReserveOrderNumber';
  readonly tenantId: string;
  /** The Tokyo business day, written 2026-11-30. */
  readonly day: string;
  readonly channel: StaffChannel;
  readonly requestId: string;
}

export interface OrderNumberState {
  readonly issued: number;
  readonly byRequest: Readonly<Record<string, string>>;
}

const PREFIX: Readonly<Record<StaffChannel, string>> = { phone: 'TEL', fax: 'FAX', store: 'STORE' };

/** TEL-20261130-0001: the channel shows at a glance, and numbers sort by day then by arrival. */
export const formatStaffOrderNumber = (channel: StaffChannel, day: string, sequence: number): string =>
  `${PREFIX[channel]}-${day.replace(/-/g, '')}-${String(sequence).padStart(4, '0')}`;

export const orderNumberDecider: Decider<ReserveOrderNumber, OrderNumberEvent, OrderNumberState> = {
  initialState: () => ({ issued: 0, byRequest: {} }),
  evolve: (state, event) => ({
    issued: Math.max(state.issued, event.data.sequence),
    byRequest: { ...state.byRequest, [event.data.requestId]: event.data.orderNumber },
  }),
  decide: (command, state) => {
    if (!isBusinessDate(command.day)) {
      return E.left(
        domainError(
          'order_number.invalid_day',
          `日付「${command.day}」は 2026-11-30 の形式ではありません`,
          'a day is written like 2026-11-30',
        ),
      );
    }
    if (Object.hasOwn(state.byRequest, command.requestId)) return E.right([]);
    const sequence = state.issued + 1;
    const { tenantId, day, requestId } = command;
    return E.right([
      {
        type: 'OrderNumberReserved',
        data: {
          tenantId,
          day,
          sequence,
          orderNumber: formatStaffOrderNumber(command.channel, day, sequence),
          requestId,
        },
      },
    ]);
  },
};
