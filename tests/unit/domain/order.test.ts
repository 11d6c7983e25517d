import type { OrderEvent } from '../../../domain/order/events';
import { orderDecider } from '../../../domain/order/order';
import type { MallOrderData } from '../../../domain/order/order-data';
import { STANDARD_ROUTE } from '../../../domain/order/route';
import { importedOrderIdFor, streamName } from '../../../domain/shared/ids';
import { STATUS_LABELS, WORKFLOW, type WorkflowStatus } from '../../../domain/order/status';
import { deciderSpecification } from '../../support/decider-specification';
import { CARD_ROUTE, importOrder, imported, mallData, orderer, shopData } from '../../support/order-fixtures';

const spec = deciderSpecification(orderDecider);
const orderId = 'o-1';
const at = (status: WorkflowStatus): OrderEvent[] =>
  status === 'new' ? [imported] : [imported, { type: 'OrderStatusMoved', data: { orderId, from: 'new', to: status } }];
const held = (from: WorkflowStatus, box = 7): OrderEvent[] => [
  ...at(from),
  {
    type: 'OrderHeld',
    data: { orderId, box, reason: { source: 'check', ref: 'address.no_house_number', text: '番地未入力' }, from },
  },
];
/** The order's one destination with its number, set while it could not move (so no status event came with it). */
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
const cancelled: OrderEvent = {
  type: 'OrderCancelled',
  data: { orderId, from: 'new', reason: 'お客様都合', byMall: false },
};
const withAmounts = (changes: Partial<MallOrderData['amounts']>): MallOrderData => ({
  ...mallData,
  amounts: { ...mallData.amounts, ...changes },
});
const movedOrderer = { ...orderer, city: '目黒区中目黒', street: '２－３－４', building: '' };
const reimport = { ...importOrder, mallData: { ...mallData, orderer: movedOrderer } };
const ordererChange = { orderer: { before: orderer, after: movedOrderer } };

describe('Order: import', () => {
  test('a new order starts at the first status of its route', () => spec.given([]).when(importOrder).then([imported]));

  test('a card order on the card route starts there too', () =>
    spec
      .given([])
      .when({ ...importOrder, route: CARD_ROUTE })
      .then([{ ...imported, data: { ...imported.data, route: CARD_ROUTE } }]));

  test('amounts that do not add up are recorded as problems, not refused', () =>
    spec
      .given([])
      .when({ ...importOrder, mallData: withAmounts({ goods: 4000 }) })
      .then([
        {
          ...imported,
          data: {
            ...imported.data,
            mallData: withAmounts({ goods: 4000 }),
            amountProblems: [
              { code: 'goods_mismatch', stated: 4000, computed: 4360 },
              { code: 'total_mismatch', stated: 5020, computed: 4660 },
            ],
          },
        },
      ]));

  test('an order already cancelled at the mall is imported and cancelled', () =>
    spec
      .given([])
      .when({ ...importOrder, cancelledAtMall: true })
      .then([
        imported,
        {
          type: 'OrderCancelled',
          data: { orderId, from: 'new', reason: 'モールでキャンセルされました', byMall: true },
        },
      ]));

  test('tags from rules are trimmed and not repeated', () =>
    spec
      .given([])
      .when({ ...importOrder, shopData: { ...shopData, tags: [' ギフト ', 'ギフト', ''] } })
      .then([imported]));

  test.each<[string, MallOrderData, string]>([
    ['no destination', { ...mallData, destinations: [] }, 'order.no_destination'],
    [
      'a destination without items',
      { ...mallData, destinations: [{ ...mallData.destinations[0]!, lines: [] }] },
      'order.no_lines',
    ],
    [
      'a quantity of zero',
      {
        ...mallData,
        destinations: [
          { ...mallData.destinations[0]!, lines: [{ ...mallData.destinations[0]!.lines[0]!, quantity: 0 }] },
        ],
      },
      'order.invalid_line',
    ],
    ['fractional yen', withAmounts({ shipping: 660.5 }), 'order.invalid_amount'],
    ['a negative amount', withAmounts({ coupons: -200 }), 'order.invalid_amount'],
  ])('an order with %s is refused', (_what, data, code) =>
    spec
      .given([])
      .when({ ...importOrder, mallData: data })
      .thenRefuses(code),
  );

  test.each<[string, MallOrderData]>([
    ['an order time without its offset', { ...mallData, orderedAt: '2026-11-30 10:15:00' }],
    [
      'a desired date that does not exist',
      {
        ...mallData,
        destinations: [{ ...mallData.destinations[0]!, delivery: { desiredDate: '2026-11-31', timeSlot: null } }],
      },
    ],
  ])('%s is refused', (_what, data) =>
    spec
      .given([])
      .when({ ...importOrder, mallData: data })
      .thenRefuses('order.invalid_date'),
  );

  test('a planned ship date written another way is refused', () =>
    spec
      .given([])
      .when({ ...importOrder, shopData: { ...shopData, plannedShipDate: '2026/12/02' } })
      .thenRefuses('order.invalid_date', '2026/12/02'));

  test('an order without a number is refused', () =>
    spec
      .given([])
      .when({ ...importOrder, orderNumber: ' ' })
      .thenRefuses('order.no_order_number'));

  test.each([
    ['out of order', ['awaiting_shipment', 'new', 'completed']],
    ['not ending in 処理済み', ['new', 'awaiting_shipment']],
    ['empty', []],
  ] as const)('a route %s is refused', (_what, statuses) =>
    spec
      .given([])
      .when({ ...importOrder, route: { routeId: 'x', name: '倉庫', statuses: [...statuses] } })
      .thenRefuses('order.invalid_route', '倉庫'),
  );
});

test('the workflow runs in the order the shop knows', () =>
  expect(WORKFLOW.map((status) => STATUS_LABELS[status])).toEqual([
    '新規受注',
    '入金待ち',
    '発送待ち',
    '伝票・帳票出力待ち',
    '伝票番号未設定',
    '発送メール未送信',
    'フォローメール未送信',
    '処理済み',
  ]));

describe('Order: ids', () => {
  test('importing the same mall order again lands on the same stream', () =>
    expect(streamName.order(importedOrderIdFor('t-1', 's-1', ' 123456-20261130-0000001'))).toBe(
      streamName.order(importedOrderIdFor('t-1', 's-1', '123456-20261130-0000001')),
    ));
  test('the same number at another shop is another order', () =>
    expect(importedOrderIdFor('t-1', 's-1', '1001')).not.toBe(importedOrderIdFor('t-1', 's-2', '1001')));
  test('an order stream is named order-<uuid>', () =>
    expect(streamName.order(importedOrderIdFor('t-1', 's-1', '1001'))).toMatch(/^order-[0-9a-f-]{36}$/));
});

describe('Order: re-import', () => {
  test('the same file again changes nothing', () => spec.given(at('awaiting_payment')).when(importOrder).then([]));

  test('the same data in another key order changes nothing', () => {
    const { buyerRemarks, gift, payment, amounts, destinations, orderer: o, orderedAt } = mallData;
    spec
      .given([imported])
      .when({ ...importOrder, mallData: { buyerRemarks, gift, payment, amounts, destinations, orderer: o, orderedAt } })
      .then([]);
  });

  test.each<WorkflowStatus>(['new', 'awaiting_payment', 'awaiting_shipment'])(
    'a change at %s is applied with only the difference',
    (status) =>
      spec
        .given(at(status))
        .when(reimport)
        .then([{ type: 'OrderChangedAtMall', data: { orderId, changes: ordererChange, amountProblems: [] } }]),
  );

  test('after the change is applied the new file changes nothing', () =>
    spec
      .given([
        ...at('new'),
        { type: 'OrderChangedAtMall', data: { orderId, changes: ordererChange, amountProblems: [] } },
      ])
      .when(reimport)
      .then([]));

  test('a changed amount is checked again', () =>
    spec
      .given([imported])
      .when({ ...importOrder, mallData: withAmounts({ shipping: 0, total: 4360, billed: 4000 }) })
      .then([
        {
          type: 'OrderChangedAtMall',
          data: {
            orderId,
            changes: {
              amounts: {
                before: mallData.amounts,
                after: withAmounts({ shipping: 0, total: 4360, billed: 4000 }).amounts,
              },
            },
            amountProblems: [{ code: 'billed_mismatch', stated: 4000, computed: 4060 }],
          },
        },
      ]));

  test.each<WorkflowStatus>(['awaiting_documents', 'awaiting_tracking_number', 'awaiting_shipping_mail', 'completed'])(
    'a change at %s waits for a person',
    (status) =>
      spec
        .given(at(status))
        .when(reimport)
        .then([
          {
            type: 'OrderChangeAwaitingConfirmation',
            data: { orderId, changeId: 'import-2', changes: ordererChange, cancelledAtMall: false, amountProblems: [] },
          },
        ]),
  );

  test('a held order is judged by where it was held from', () =>
    spec
      .given(held('awaiting_documents'))
      .when(reimport)
      .then([
        {
          type: 'OrderChangeAwaitingConfirmation',
          data: { orderId, changeId: 'import-2', changes: ordererChange, cancelledAtMall: false, amountProblems: [] },
        },
      ]));

  test('a cancellation at the mall before slips cancels the order', () =>
    spec
      .given(at('awaiting_shipment'))
      .when({ ...importOrder, cancelledAtMall: true })
      .then([
        {
          type: 'OrderCancelled',
          data: { orderId, from: 'awaiting_shipment', reason: 'モールでキャンセルされました', byMall: true },
        },
      ]));

  test('a cancellation at the mall after slips waits for a person', () =>
    spec
      .given(at('awaiting_tracking_number'))
      .when({ ...importOrder, cancelledAtMall: true })
      .then([
        {
          type: 'OrderChangeAwaitingConfirmation',
          data: { orderId, changeId: 'import-2', changes: {}, cancelledAtMall: true, amountProblems: [] },
        },
      ]));

  test('the same change imported again while it waits adds nothing', () =>
    spec
      .given([...at('awaiting_documents'), awaiting()])
      .when({ ...reimport, changeId: 'import-3' })
      .then([]));

  test('a mall that goes back to what we have withdraws the waiting change', () =>
    spec
      .given([...at('awaiting_documents'), awaiting()])
      .when({ ...importOrder, changeId: 'import-3' })
      .then([{ type: 'OrderChangeWithdrawn', data: { orderId, changeId: 'import-2' } }]));

  test('a withdrawn change cannot be confirmed', () =>
    spec
      .given([
        ...at('awaiting_documents'),
        awaiting(),
        { type: 'OrderChangeWithdrawn', data: { orderId, changeId: 'import-2' } },
      ])
      .when({ type: 'ConfirmOrderChange', changeId: 'import-2' })
      .thenRefuses('order.no_pending_change'));

  test('a second, different change replaces the waiting one', () => {
    const moved = { ...movedOrderer, building: '②号棟' };
    spec
      .given([...at('awaiting_documents'), awaiting()])
      .when({ ...importOrder, mallData: { ...mallData, orderer: moved }, changeId: 'import-3' })
      .then([
        {
          type: 'OrderChangeAwaitingConfirmation',
          data: {
            orderId,
            changeId: 'import-3',
            changes: { orderer: { before: orderer, after: moved } },
            cancelledAtMall: false,
            amountProblems: [],
          },
        },
      ]);
  });

  test('moved back to 発送待ち, the order takes a new file at once and the change waiting from before is withdrawn', () => {
    const moved = { ...movedOrderer, building: '②号棟' };
    spec
      .given([
        ...at('awaiting_documents'),
        awaiting(),
        { type: 'OrderStatusMoved', data: { orderId, from: 'awaiting_documents', to: 'awaiting_shipment' } },
      ])
      .when({ ...importOrder, mallData: { ...mallData, orderer: moved }, changeId: 'import-3' })
      .then([
        { type: 'OrderChangeWithdrawn', data: { orderId, changeId: 'import-2' } },
        {
          type: 'OrderChangedAtMall',
          data: { orderId, changes: { orderer: { before: orderer, after: moved } }, amountProblems: [] },
        },
      ]);
  });

  test('a cancelled order that is still cancelled at the mall changes nothing', () =>
    spec
      .given([imported, cancelled])
      .when({ ...importOrder, cancelledAtMall: true })
      .then([]));

  test('a cancelled order does not take other changes', () =>
    spec.given([imported, cancelled]).when(reimport).thenRefuses('order.cancelled'));

  test('a changed file that no longer reads as an order is refused', () =>
    spec
      .given([imported])
      .when({ ...importOrder, mallData: { ...mallData, destinations: [] } })
      .thenRefuses('order.no_destination'));
});

function awaiting(cancelledAtMall = false, changes: object = ordererChange): OrderEvent {
  return {
    type: 'OrderChangeAwaitingConfirmation',
    data: { orderId, changeId: 'import-2', changes, cancelledAtMall, amountProblems: [] },
  };
}

describe('Order: confirming a change from the mall', () => {
  const waiting = [...at('awaiting_documents'), awaiting()];
  const confirmed: OrderEvent = {
    type: 'OrderChangeConfirmed',
    data: { orderId, changeId: 'import-2', changes: ordererChange, cancelledAtMall: false, amountProblems: [] },
  };

  test('a confirmed change is applied', () =>
    spec.given(waiting).when({ type: 'ConfirmOrderChange', changeId: 'import-2' }).then([confirmed]));

  test('once confirmed the new file changes nothing', () =>
    spec
      .given([...waiting, confirmed])
      .when({ ...reimport, changeId: 'import-3' })
      .then([]));

  test('a confirmed cancellation cancels the order', () =>
    spec
      .given([...at('awaiting_documents'), awaiting(true, {})])
      .when({ type: 'ConfirmOrderChange', changeId: 'import-2' })
      .then([
        {
          type: 'OrderChangeConfirmed',
          data: { orderId, changeId: 'import-2', changes: {}, cancelledAtMall: true, amountProblems: [] },
        },
        {
          type: 'OrderCancelled',
          data: { orderId, from: 'awaiting_documents', reason: 'モールでキャンセルされました', byMall: true },
        },
      ]));

  test('a cancellation cannot be confirmed once the parcel has left', () =>
    spec
      .given([...at('awaiting_shipping_mail'), awaiting(true, {})])
      .when({ type: 'ConfirmOrderChange', changeId: 'import-2' })
      .thenRefuses('order.already_shipped', '発送メール未送信', '返品'));

  test('a rejected change is dropped', () =>
    spec
      .given(waiting)
      .when({ type: 'RejectOrderChange', changeId: 'import-2', reason: ' 出荷済みのためモールへ連絡 ' })
      .then([
        { type: 'OrderChangeRejected', data: { orderId, changeId: 'import-2', reason: '出荷済みのためモールへ連絡' } },
      ]));

  test('nothing to confirm is refused', () =>
    spec
      .given(at('awaiting_documents'))
      .when({ type: 'ConfirmOrderChange', changeId: 'import-2' })
      .thenRefuses('order.no_pending_change'));

  test('nothing to reject is refused', () =>
    spec
      .given(at('awaiting_documents'))
      .when({ type: 'RejectOrderChange', changeId: 'import-2', reason: '' })
      .thenRefuses('order.no_pending_change'));

  test('without a change id the change waiting now is confirmed (bulk from the list)', () =>
    spec.given(waiting).when({ type: 'ConfirmOrderChange', changeId: null }).then([confirmed]));

  test('without a change id the change waiting now is rejected, recorded under its own id', () =>
    spec
      .given(waiting)
      .when({ type: 'RejectOrderChange', changeId: null, reason: '発送済み' })
      .then([{ type: 'OrderChangeRejected', data: { orderId, changeId: 'import-2', reason: '発送済み' } }]));

  test('without a change id, an order with nothing waiting is still refused', () =>
    spec
      .given(at('awaiting_documents'))
      .when({ type: 'ConfirmOrderChange', changeId: null })
      .thenRefuses('order.no_pending_change'));

  test('a change replaced by a later import is refused', () =>
    spec
      .given(waiting)
      .when({ type: 'ConfirmOrderChange', changeId: 'import-1' })
      .thenRefuses('order.change_superseded'));

  test('a waiting change stops the order moving on', () =>
    spec
      .given(waiting)
      .when({ type: 'AdvanceOrderStatus' })
      .thenRefuses('order.change_awaiting_confirmation', '伝票・帳票出力待ち', '伝票番号未設定'));

  test('a waiting change does not stop moving back', () =>
    spec
      .given(waiting)
      .when({ type: 'MoveOrderStatus', to: 'awaiting_shipment' })
      .then([{ type: 'OrderStatusMoved', data: { orderId, from: 'awaiting_documents', to: 'awaiting_shipment' } }]));
});

describe('Order: phone and in-store orders', () => {
  const enter = { ...importOrder, type: 'EnterOrder', channel: 'phone', orderNumber: 'TEL-000123' } as const;
  const { mall: _mall, cancelledAtMall: _c, changeId: _id, ...command } = enter;

  test('staff enter an order with the generated number', () =>
    spec
      .given([])
      .when(command)
      .then([{ type: 'OrderEnteredByStaff', data: { ...imported.data, mall: 'phone', orderNumber: 'TEL-000123' } }]));

  test('amounts that do not add up are refused while the buyer is still on the line', () =>
    spec
      .given([])
      .when({ ...command, mallData: withAmounts({ billed: 5020 }) })
      .thenRefuses('order.amounts_inconsistent', '請求金額', '4720円'));

  test('the same number cannot be entered twice', () =>
    spec.given([imported]).when(command).thenRefuses('order.already_exists'));
});

describe('Order: status on its route', () => {
  test('advancing goes to the next status on the route', () =>
    spec
      .given([imported])
      .when({ type: 'AdvanceOrderStatus' })
      .then([{ type: 'OrderStatusAdvanced', data: { orderId, from: 'new', to: 'awaiting_payment' } }]));

  test('the card route skips 入金待ち', () =>
    spec
      .given([{ ...imported, data: { ...imported.data, route: CARD_ROUTE } }])
      .when({ type: 'AdvanceOrderStatus' })
      .then([{ type: 'OrderStatusAdvanced', data: { orderId, from: 'new', to: 'awaiting_shipment' } }]));

  test('処理済み is the end of the route', () =>
    spec.given(at('completed')).when({ type: 'AdvanceOrderStatus' }).thenRefuses('order.end_of_route', '処理済み'));

  test('a held order does not advance', () =>
    spec.given(held('awaiting_shipment')).when({ type: 'AdvanceOrderStatus' }).thenRefuses('order.held'));

  test('a cancelled order does not advance', () =>
    spec.given([imported, cancelled]).when({ type: 'AdvanceOrderStatus' }).thenRefuses('order.cancelled'));

  test('an order can be moved back along its route', () =>
    spec
      .given(at('awaiting_tracking_number'))
      .when({ type: 'MoveOrderStatus', to: 'awaiting_payment' })
      .then([
        { type: 'OrderStatusMoved', data: { orderId, from: 'awaiting_tracking_number', to: 'awaiting_payment' } },
      ]));

  test('an order can skip forwards along its route up to 伝票番号未設定', () =>
    spec
      .given([imported])
      .when({ type: 'MoveOrderStatus', to: 'awaiting_tracking_number' })
      .then([{ type: 'OrderStatusMoved', data: { orderId, from: 'new', to: 'awaiting_tracking_number' } }]));

  test('an order with its tracking numbers and its shipping mail sent can skip to the end of its route', () =>
    spec
      .given([
        imported,
        numbered,
        {
          type: 'MailRequested',
          data: { orderId, mailId: 'm-1', kind: 'shipped', trigger: 'first', notBefore: null },
        },
        { type: 'MailSent', data: { orderId, mailId: 'm-1' } },
      ])
      .when({ type: 'MoveOrderStatus', to: 'completed' })
      .then([{ type: 'OrderStatusMoved', data: { orderId, from: 'new', to: 'completed' } }]));

  test('moving to the status it is at changes nothing', () =>
    spec.given(at('awaiting_payment')).when({ type: 'MoveOrderStatus', to: 'awaiting_payment' }).then([]));

  test('a status off the route is refused, naming both statuses', () =>
    spec
      .given([{ ...imported, data: { ...imported.data, route: CARD_ROUTE } }])
      .when({ type: 'MoveOrderStatus', to: 'awaiting_payment' })
      .thenRefuses('order.status_not_on_route', '「新規受注」から「入金待ち」へは移動できません', 'クレジットカード'));

  test('a held order cannot be moved', () =>
    spec
      .given(held('awaiting_payment'))
      .when({ type: 'MoveOrderStatus', to: 'awaiting_shipment' })
      .thenRefuses('order.held', '発送待ち', '保留を解除'));

  test('a cancelled order cannot be moved', () =>
    spec
      .given([imported, cancelled])
      .when({ type: 'MoveOrderStatus', to: 'awaiting_shipment' })
      .thenRefuses('order.cancelled'));
});

describe('Order: processing routes', () => {
  const assign = { type: 'AssignProcessingRoute', route: CARD_ROUTE, startFromFirstStatus: false } as const;

  test('a route that has the current status keeps it', () =>
    spec
      .given(at('awaiting_shipment'))
      .when(assign)
      .then([
        {
          type: 'OrderRouteAssigned',
          data: { orderId, route: CARD_ROUTE, from: 'awaiting_shipment', to: 'awaiting_shipment' },
        },
      ]));

  test('a route without the current status is refused unless told to start over', () =>
    spec
      .given(at('awaiting_payment'))
      .when(assign)
      .thenRefuses('order.status_not_on_route', '入金待ち', 'クレジットカード'));

  test('told to start over, the order goes to the first status of the route', () =>
    spec
      .given(at('awaiting_payment'))
      .when({ ...assign, startFromFirstStatus: true })
      .then([
        { type: 'OrderRouteAssigned', data: { orderId, route: CARD_ROUTE, from: 'awaiting_payment', to: 'new' } },
      ]));

  test('a renamed route is recorded even though its statuses are the same', () =>
    spec
      .given([imported])
      .when({ ...assign, route: { ...STANDARD_ROUTE, name: '標準(ギフト)' } })
      .then([
        {
          type: 'OrderRouteAssigned',
          data: { orderId, route: { ...STANDARD_ROUTE, name: '標準(ギフト)' }, from: 'new', to: 'new' },
        },
      ]));

  test('the route it is on already changes nothing', () =>
    spec
      .given([imported])
      .when({ ...assign, route: STANDARD_ROUTE })
      .then([]));

  test('an invalid route is refused', () =>
    spec
      .given([imported])
      .when({ ...assign, route: { ...CARD_ROUTE, statuses: ['completed', 'new'] } })
      .thenRefuses('order.invalid_route'));

  test('a held order keeps its route until released', () =>
    spec.given(held('awaiting_shipment')).when(assign).thenRefuses('order.held'));

  test('on the new route, advancing follows it', () =>
    spec
      .given([
        ...at('new'),
        { type: 'OrderRouteAssigned', data: { orderId, route: CARD_ROUTE, from: 'new', to: 'new' } },
      ])
      .when({ type: 'AdvanceOrderStatus' })
      .then([{ type: 'OrderStatusAdvanced', data: { orderId, from: 'new', to: 'awaiting_shipment' } }]));
});

describe('Order: hold boxes', () => {
  const reason = { source: 'staff', ref: null, text: ' お客様に住所確認中 ' } as const;

  test('an order is held in a box with its reason and where it was', () =>
    spec
      .given(at('awaiting_shipment'))
      .when({ type: 'HoldOrder', box: 30, reason })
      .then([
        {
          type: 'OrderHeld',
          data: { orderId, box: 30, reason: { ...reason, text: 'お客様に住所確認中' }, from: 'awaiting_shipment' },
        },
      ]));

  test.each([0, 31, 1.5])('box %p is refused', (box) =>
    spec.given([imported]).when({ type: 'HoldOrder', box, reason }).thenRefuses('order.invalid_hold_box', '1〜30'),
  );

  test('a hold needs a reason', () =>
    spec
      .given([imported])
      .when({ type: 'HoldOrder', box: 1, reason: { ...reason, text: '　 ' } })
      .thenRefuses('order.hold_reason_required'));

  test('a held order is not held again', () =>
    spec
      .given(held('new', 3))
      .when({ type: 'HoldOrder', box: 1, reason })
      .thenRefuses('order.already_held', '保留ボックス3'));

  test('a completed order is not held', () =>
    spec.given(at('completed')).when({ type: 'HoldOrder', box: 1, reason }).thenRefuses('order.completed'));

  test('a cancelled order is not held', () =>
    spec.given([imported, cancelled]).when({ type: 'HoldOrder', box: 1, reason }).thenRefuses('order.cancelled'));

  test('release returns the order to where it was held from', () =>
    spec
      .given(held('awaiting_tracking_number'))
      .when({ type: 'ReleaseOrder' })
      .then([{ type: 'OrderReleased', data: { orderId, box: 7, to: 'awaiting_tracking_number' } }]));

  test('after release the order carries on from there', () =>
    spec
      .given([
        ...held('awaiting_tracking_number'),
        { type: 'OrderReleased', data: { orderId, box: 7, to: 'awaiting_tracking_number' } },
        numbered,
      ])
      .when({ type: 'AdvanceOrderStatus' })
      .then([
        {
          type: 'OrderStatusAdvanced',
          data: { orderId, from: 'awaiting_tracking_number', to: 'awaiting_shipping_mail' },
        },
      ]));

  test('an order not on hold cannot be released', () =>
    spec.given([imported]).when({ type: 'ReleaseOrder' }).thenRefuses('order.not_held'));
});

describe('Order: cancellation', () => {
  test('an order is cancelled with a reason', () =>
    spec
      .given(at('awaiting_payment'))
      .when({ type: 'CancelOrder', reason: ' 入金期限切れ ' })
      .then([
        { type: 'OrderCancelled', data: { orderId, from: 'awaiting_payment', reason: '入金期限切れ', byMall: false } },
      ]));

  test('a held order can be cancelled', () =>
    spec
      .given(held('awaiting_documents'))
      .when({ type: 'CancelOrder', reason: '在庫切れ' })
      .then([{ type: 'OrderCancelled', data: { orderId, from: 'held', reason: '在庫切れ', byMall: false } }]));

  test.each<WorkflowStatus>(['awaiting_shipping_mail', 'awaiting_follow_up_mail', 'completed'])(
    'a shipped order at %s is not cancelled',
    (status) =>
      spec
        .given(at(status))
        .when({ type: 'CancelOrder', reason: '在庫切れ' })
        .thenRefuses('order.already_shipped', '返品'),
  );

  test('a parcel held after shipping is not cancelled either', () =>
    spec
      .given(held('awaiting_shipping_mail'))
      .when({ type: 'CancelOrder', reason: '在庫切れ' })
      .thenRefuses('order.already_shipped'));

  test('a cancellation needs a reason', () =>
    spec.given([imported]).when({ type: 'CancelOrder', reason: ' ' }).thenRefuses('order.cancel_reason_required'));

  test('an order is cancelled once', () =>
    spec
      .given([imported, cancelled])
      .when({ type: 'CancelOrder', reason: '重複' })
      .thenRefuses('order.already_cancelled'));
});

describe('Order: tags and shop memo', () => {
  test('a tag is added', () =>
    spec
      .given([imported])
      .when({ type: 'AddOrderTag', tag: ' 要確認① ' })
      .then([{ type: 'OrderTagAdded', data: { orderId, tag: '要確認①' } }]));
  test('a tag it has already changes nothing', () =>
    spec.given([imported]).when({ type: 'AddOrderTag', tag: 'ギフト' }).then([]));
  test('a tag is removed', () =>
    spec
      .given([imported])
      .when({ type: 'RemoveOrderTag', tag: 'ギフト' })
      .then([{ type: 'OrderTagRemoved', data: { orderId, tag: 'ギフト' } }]));
  test('removing a tag it does not have changes nothing', () =>
    spec.given([imported]).when({ type: 'RemoveOrderTag', tag: '要確認' }).then([]));
  test('a removed tag is gone', () =>
    spec
      .given([imported, { type: 'OrderTagRemoved', data: { orderId, tag: 'ギフト' } }])
      .when({ type: 'RemoveOrderTag', tag: 'ギフト' })
      .then([]));
  test('an empty tag is refused', () =>
    spec.given([imported]).when({ type: 'AddOrderTag', tag: ' ' }).thenRefuses('order.empty_tag'));

  test('the shop memo is edited', () =>
    spec
      .given([imported])
      .when({ type: 'EditShopMemo', shopMemo: '㈱髙島様 ～ 請求書同梱' })
      .then([{ type: 'OrderShopMemoEdited', data: { orderId, shopMemo: '㈱髙島様 ～ 請求書同梱' } }]));
  test('the same memo changes nothing', () =>
    spec.given([imported]).when({ type: 'EditShopMemo', shopMemo: '' }).then([]));
  test('a memo of more than 200 characters is refused', () =>
    spec
      .given([imported])
      .when({ type: 'EditShopMemo', shopMemo: '髙'.repeat(201) })
      .thenRefuses('order.memo_too_long', '200文字'));
});

describe('Order: slip note, message and shipping plan', () => {
  const plan = {
    type: 'SetShippingPlan',
    shipping: { carrier: 'japanpost', slipType: ' ゆうパケット ' },
    plannedShipDate: '2026-12-03',
  } as const;

  test('the slip note is edited before slips are printed', () =>
    spec
      .given(at('awaiting_documents'))
      .when({ type: 'EditSlipNote', slipNote: '天地無用～ワレモノ' })
      .then([{ type: 'OrderSlipNoteEdited', data: { orderId, slipNote: '天地無用～ワレモノ' } }]));
  test('the same slip note changes nothing', () =>
    spec.given([imported]).when({ type: 'EditSlipNote', slipNote: 'ワレモノ注意' }).then([]));
  test('the slip note is not edited once slips may be printed', () =>
    spec
      .given(at('awaiting_tracking_number'))
      .when({ type: 'EditSlipNote', slipNote: 'x' })
      .thenRefuses('order.slip_printed', '伝票番号未設定', '伝票・帳票出力待ち'));
  test('a held order is judged by where it was held from', () =>
    spec
      .given(held('awaiting_tracking_number'))
      .when({ type: 'EditSlipNote', slipNote: 'x' })
      .thenRefuses('order.slip_printed'));

  test('the individual message is edited', () =>
    spec
      .given([imported])
      .when({ type: 'EditIndividualMessage', individualMessage: '髙橋様 いつもありがとうございます①' })
      .then([
        {
          type: 'OrderIndividualMessageEdited',
          data: { orderId, individualMessage: '髙橋様 いつもありがとうございます①' },
        },
      ]));
  test('the same message changes nothing', () =>
    spec.given([imported]).when({ type: 'EditIndividualMessage', individualMessage: '' }).then([]));

  test('the carrier, slip type and ship date are set', () =>
    spec
      .given(at('awaiting_shipment'))
      .when(plan)
      .then([
        {
          type: 'OrderShippingPlanSet',
          data: {
            orderId,
            shipping: { carrier: 'japanpost', slipType: 'ゆうパケット' },
            plannedShipDate: '2026-12-03',
          },
        },
      ]));
  test('the plan it has already changes nothing', () =>
    spec
      .given([imported])
      .when({ ...plan, shipping: { carrier: 'yamato', slipType: '発払い' }, plannedShipDate: '2026-12-02' })
      .then([]));
  test('the plan can be cleared for the rules to set again', () =>
    spec
      .given([imported])
      .when({ ...plan, shipping: null, plannedShipDate: null })
      .then([{ type: 'OrderShippingPlanSet', data: { orderId, shipping: null, plannedShipDate: null } }]));
  test('only the ship date is set: the carrier and slip type stay', () =>
    spec
      .given([imported])
      .when({ type: 'SetShippingPlan', plannedShipDate: '2026-12-04' })
      .then([
        {
          type: 'OrderShippingPlanSet',
          data: { orderId, shipping: { carrier: 'yamato', slipType: '発払い' }, plannedShipDate: '2026-12-04' },
        },
      ]));
  test('only the carrier and slip type are set: the ship date stays', () =>
    spec
      .given([imported])
      .when({ type: 'SetShippingPlan', shipping: { carrier: 'sagawa', slipType: '飛脚宅配便' } })
      .then([
        {
          type: 'OrderShippingPlanSet',
          data: { orderId, shipping: { carrier: 'sagawa', slipType: '飛脚宅配便' }, plannedShipDate: '2026-12-02' },
        },
      ]));
  test('only the ship date cleared: the carrier stays', () =>
    spec
      .given([imported])
      .when({ type: 'SetShippingPlan', plannedShipDate: null })
      .then([
        {
          type: 'OrderShippingPlanSet',
          data: { orderId, shipping: { carrier: 'yamato', slipType: '発払い' }, plannedShipDate: null },
        },
      ]));
  test('a plan that leaves every part as it is changes nothing', () =>
    spec.given([imported]).when({ type: 'SetShippingPlan' }).then([]));
  test.each(['2026-02-30', '2026/12/03', '12月3日'])('the ship date %p is refused', (plannedShipDate) =>
    spec
      .given([imported])
      .when({ ...plan, plannedShipDate })
      .thenRefuses('order.invalid_date', plannedShipDate),
  );
  test('a slip type is needed', () =>
    spec
      .given([imported])
      .when({ ...plan, shipping: { carrier: 'yamato', slipType: '' } })
      .thenRefuses('order.slip_type_required'));
  test('a shipped order keeps its plan', () =>
    spec.given(at('awaiting_shipping_mail')).when(plan).thenRefuses('order.already_shipped'));
  test('a cancelled order keeps its plan', () =>
    spec.given([imported, cancelled]).when(plan).thenRefuses('order.cancelled'));
});

test('a command for an order that does not exist is refused', () =>
  spec.given([]).when({ type: 'AdvanceOrderStatus' }).thenRefuses('order.not_found'));
