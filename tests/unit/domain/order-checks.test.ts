import type { CheckFinding } from '../../../domain/checks/check-finding';
import type { OrderEvent } from '../../../domain/order/events';
import { orderDecider } from '../../../domain/order/order';
import { deciderSpecification } from '../../support/decider-specification';
import { imported } from '../../support/order-fixtures';

const spec = deciderSpecification(orderDecider);
const orderId = 'o-1';
const address: CheckFinding = {
  check: 'address',
  destinationIndex: 0,
  data: { postalCode: '530-0001', expected: '大阪府大阪市北区', actual: '東京都新宿区' },
};
const houseNumber: CheckFinding = {
  check: 'house_number',
  destinationIndex: 0,
  data: { address: '大阪府大阪市北区梅田' },
};
const tripped = (finding: CheckFinding, outcome: 'warning' | 'hold' = 'hold', box: number | null = 3): OrderEvent => ({
  type: 'OrderCheckTripped',
  data: { orderId, finding, outcome, box },
});
const heldByCheck: OrderEvent = {
  type: 'OrderHeld',
  data: { orderId, box: 3, reason: { source: 'check', ref: 'address', text: '住所' }, from: 'new' },
};

describe('Order: checks again after an edit', () => {
  test('a check that no longer trips is cleared, a new one recorded', () =>
    spec
      .given([imported, tripped(address)])
      .when({ type: 'RecheckOrder', findings: [{ finding: houseNumber, outcome: 'warning', box: null }] })
      .then([
        tripped(houseNumber, 'warning', null),
        { type: 'OrderCheckCleared', data: { orderId, check: 'address' } },
      ]));

  test('the same finding again records nothing', () =>
    spec
      .given([imported, tripped(address)])
      .when({ type: 'RecheckOrder', findings: [{ finding: address, outcome: 'hold', box: 3 }] })
      .then([]));

  test('the same check finding other data is recorded again', () => {
    const moved = { ...address, data: { ...address.data, actual: '東京都渋谷区' } };
    spec
      .given([imported, tripped(address)])
      .when({ type: 'RecheckOrder', findings: [{ finding: moved, outcome: 'hold', box: 3 }] })
      .then([tripped(moved)]);
  });

  test('an accepted result found again stays accepted', () =>
    spec
      .given([
        imported,
        tripped(address),
        { type: 'OrderCheckResultsAccepted', data: { orderId, checks: ['address'] } },
      ])
      .when({ type: 'RecheckOrder', findings: [{ finding: address, outcome: 'hold', box: 3 }] })
      .then([]));
});

describe('Order: releasing accepts the check results', () => {
  test('releasing an order held by a check accepts what the checks found, before the release', () =>
    spec
      .given([imported, tripped(address), tripped(houseNumber, 'warning', null), heldByCheck])
      .when({ type: 'ReleaseOrder' })
      .then([
        { type: 'OrderCheckResultsAccepted', data: { orderId, checks: ['address', 'house_number'] } },
        { type: 'OrderReleased', data: { orderId, box: 3, to: 'new' } },
      ]));

  test('results accepted before are not accepted again', () =>
    spec
      .given([
        imported,
        tripped(address),
        { type: 'OrderCheckResultsAccepted', data: { orderId, checks: ['address'] } },
        heldByCheck,
      ])
      .when({ type: 'ReleaseOrder' })
      .then([{ type: 'OrderReleased', data: { orderId, box: 3, to: 'new' } }]));
});
