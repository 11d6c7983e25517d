import type { OrderNumberEvent } from '../../../domain/order-number/events';
import { formatStaffOrderNumber, orderNumberDecider } from '../../../domain/order-number/order-number';
import { deciderSpecification } from '../../support/decider-specification';

const spec = deciderSpecification(orderNumberDecider);
const tenantId = 't-1';
const reserved = (
  sequence: number,
  requestId: string,
  orderNumber = formatStaffOrderNumber('phone', '2026-11-30', sequence),
): OrderNumberEvent => ({
  type: 'OrderNumberReserved',
  data: { tenantId, day: '2026-11-30', sequence, orderNumber, requestId },
});

describe('staff order numbers', () => {
  test('the first order of the day is 0001, prefixed by its channel', () =>
    spec
      .given([])
      .when({ type: 'ReserveOrderNumber', tenantId, day: '2026-11-30', channel: 'phone', requestId: 'r-1' })
      .then([reserved(1, 'r-1', 'TEL-20261130-0001')]));

  test('the next request takes the next number, whatever its channel', () =>
    spec
      .given([reserved(1, 'r-1'), reserved(2, 'r-2')])
      .when({ type: 'ReserveOrderNumber', tenantId, day: '2026-11-30', channel: 'store', requestId: 'r-3' })
      .then([reserved(3, 'r-3', 'STORE-20261130-0003')]));

  test('a retried request reserves nothing more', () =>
    spec
      .given([reserved(1, 'r-1')])
      .when({ type: 'ReserveOrderNumber', tenantId, day: '2026-11-30', channel: 'phone', requestId: 'r-1' })
      .then([]));

  test('a day that is not a calendar day is refused', () =>
    spec
      .given([])
      .when({ type: 'ReserveOrderNumber', tenantId, day: '2026-02-30', channel: 'fax', requestId: 'r-1' })
      .thenRefuses('order_number.invalid_day', '2026-02-30'));

  test('past 9999 in a day the number simply grows a digit', () =>
    expect(formatStaffOrderNumber('fax', '2026-12-01', 10000)).toBe('FAX-20261201-10000'));
});
