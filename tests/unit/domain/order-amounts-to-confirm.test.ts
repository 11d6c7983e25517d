import { checkAmounts, describeAmountProblem } from '../../../domain/order/amounts';
import { AMOUNTS_HOLD_REASON, AMOUNTS_UNCONFIRMED, withPricesOf } from '../../../domain/order/amounts-to-confirm';
import { diffMallData } from '../../../domain/order/changes';
import type { ImportOrder } from '../../../domain/order/commands';
import type { OrderEvent } from '../../../domain/order/events';
import { orderDecider } from '../../../domain/order/order';
import type { MallOrderData } from '../../../domain/order/order-data';
import { deciderSpecification } from '../../support/decider-specification';
import { importOrder, imported, mallData } from '../../support/order-fixtures';

const spec = deciderSpecification(orderDecider);
const orderId = 'o-1';

/** The unshipped report's view of the fixture order: no prices, the COD amount as billed, no recipient phone. */
const unshippedData: MallOrderData = {
  ...mallData,
  destinations: mallData.destinations.map((d) => ({
    ...d,
    recipient: { ...d.recipient, phone: '' },
    lines: d.lines.map((line) => ({ ...line, unitPrice: 0, taxRate: 10 })),
  })),
  amounts: { ...mallData.amounts, goods: 0, shipping: 0, pointsUsed: 0, coupons: 0, total: 0, taxByRate: [] },
};
const fromUnshipped: ImportOrder = { ...importOrder, mallData: unshippedData, amountsToConfirm: { holdBox: 3 } };
const importedUnconfirmed: OrderEvent = {
  type: 'OrderImported',
  data: { ...imported.data, mallData: unshippedData, amountProblems: [AMOUNTS_UNCONFIRMED] },
};
const heldForAmounts: OrderEvent = {
  type: 'OrderHeld',
  data: { orderId, box: 3, reason: AMOUNTS_HOLD_REASON, from: 'new' },
};

describe('Order: amounts to confirm (a file without prices)', () => {
  test('a new order from it is marked and held in the box the command names', () =>
    spec.given([]).when(fromUnshipped).then([importedUnconfirmed, heldForAmounts]));

  test('the mark says why, in both languages', () => {
    expect(describeAmountProblem(AMOUNTS_UNCONFIRMED).ja).toContain('金額未確定');
    expect(describeAmountProblem(AMOUNTS_UNCONFIRMED).en).toContain('amounts to confirm');
  });

  test('the same file again changes nothing', () =>
    spec.given([importedUnconfirmed, heldForAmounts]).when(fromUnshipped).then([]));

  test('the order report after it fills the prices in, clears the mark and releases the hold it was put in', () => {
    const completed = withPricesOf(unshippedData, mallData);
    expect(completed).toEqual(mallData);
    spec
      .given([importedUnconfirmed, heldForAmounts])
      .when(importOrder)
      .then([
        {
          type: 'OrderChangedAtMall',
          data: { orderId, changes: diffMallData(unshippedData, mallData), amountProblems: [] },
        },
        { type: 'OrderReleased', data: { orderId, box: 3, to: 'new' } },
      ]);
  });

  test('past 発送待ち the prices still fill in at once (nothing to ship changes), and a hold staff chose stays', () => {
    const moved: OrderEvent = {
      type: 'OrderStatusMoved',
      data: { orderId, from: 'new', to: 'awaiting_shipping_mail' },
    };
    spec
      .given([importedUnconfirmed, moved])
      .when(importOrder)
      .then([
        {
          type: 'OrderChangedAtMall',
          data: { orderId, changes: diffMallData(unshippedData, mallData), amountProblems: checkAmounts(mallData) },
        },
      ]);
    const staffHold: OrderEvent = {
      type: 'OrderHeld',
      data: { orderId, box: 2, reason: { source: 'staff', ref: null, text: '住所確認中' }, from: 'new' },
    };
    const events = spec.given([importedUnconfirmed, staffHold]).when(importOrder);
    events.then([
      {
        type: 'OrderChangedAtMall',
        data: { orderId, changes: diffMallData(unshippedData, mallData), amountProblems: [] },
      },
    ]);
  });

  test('the order report first: the unshipped report after it keeps its prices, and again changes nothing', () => {
    spec.given([imported]).when(fromUnshipped).then([]);
    const movedAddress = {
      ...unshippedData,
      destinations: unshippedData.destinations.map((d) => ({
        ...d,
        recipient: { ...d.recipient, building: '髙﨑ビル①' },
      })),
    };
    const expected = withPricesOf(movedAddress, mallData);
    expect(expected.amounts).toEqual(mallData.amounts);
    expect(expected.destinations[0]!.lines).toEqual(mallData.destinations[0]!.lines);
    spec
      .given([imported])
      .when({ ...fromUnshipped, mallData: movedAddress })
      .then([
        {
          type: 'OrderChangedAtMall',
          data: { orderId, changes: diffMallData(mallData, expected), amountProblems: [] },
        },
      ]);
  });

  test('a later unshipped change waiting for a person is asked again with the prices', () => {
    const moved: OrderEvent = {
      type: 'OrderStatusMoved',
      data: { orderId, from: 'new', to: 'awaiting_tracking_number' },
    };
    const building = (data: MallOrderData, text: string): MallOrderData => ({
      ...data,
      destinations: data.destinations.map((d) => ({ ...d, recipient: { ...d.recipient, building: text } })),
    });
    const newAddress = building(unshippedData, '髙﨑ﾋﾞﾙ①');
    const waiting: OrderEvent = {
      type: 'OrderChangeAwaitingConfirmation',
      data: {
        orderId,
        changeId: fromUnshipped.changeId,
        changes: diffMallData(unshippedData, newAddress),
        cancelledAtMall: false,
        amountProblems: [AMOUNTS_UNCONFIRMED],
      },
    };
    spec
      .given([importedUnconfirmed, moved])
      .when({ ...fromUnshipped, mallData: newAddress })
      .then([waiting]);
    spec
      .given([importedUnconfirmed, moved, waiting])
      .when({ ...importOrder, changeId: 'import-3' })
      .then([
        {
          type: 'OrderChangedAtMall',
          data: { orderId, changes: diffMallData(unshippedData, mallData), amountProblems: [] },
        },
        { type: 'OrderChangeWithdrawn', data: { orderId, changeId: fromUnshipped.changeId } },
        {
          type: 'OrderChangeAwaitingConfirmation',
          data: {
            orderId,
            changeId: 'import-3',
            changes: diffMallData(mallData, building(mallData, '髙﨑ﾋﾞﾙ①')),
            cancelledAtMall: false,
            amountProblems: [],
          },
        },
      ]);
  });
});
