import { addLine, editContents, type ContentsEdit } from '../../../../domain/order/edit-contents';
import type { ImportOrder } from '../../../../domain/order/commands';
import { diffMallData } from '../../../../domain/order/changes';
import { checkAmounts } from '../../../../domain/order/amounts';
import { AMOUNTS_UNCONFIRMED } from '../../../../domain/order/amounts-to-confirm';
import type { OrderEvent } from '../../../../domain/order/events';
import type { MallOrderData, OrderLine } from '../../../../domain/order/order-data';
import { orderDecider } from '../../../../domain/order/order';
import type { WorkflowStatus } from '../../../../domain/order/status';
import { deciderSpecification } from '../../../support/decider-specification';
import { imported, importOrder, mallData } from '../../../support/order-fixtures';

const spec = deciderSpecification(orderDecider);
const orderId = 'o-1';
const { tenantId } = imported.data;
const destination = mallData.destinations[0]!;
const [tea, cup] = destination.lines as [OrderLine, OrderLine];
const leaflet: OrderLine = { sku: 'LEAF-01', name: 'チラシ①', options: '', unitPrice: 0, quantity: 1, taxRate: 10 };

const at = (status: WorkflowStatus): OrderEvent[] => [
  imported,
  { type: 'OrderStatusMoved', data: { orderId, from: 'new', to: status } },
];
const edit = (contents: ContentsEdit) => ({ type: 'EditOrderContents', edit: contents }) as const;
const withLines = (...lines: OrderLine[]): ContentsEdit => ({ destinations: [{ ...destination, lines }] });
const edited = (after: MallOrderData, outdated: ('documents' | 'labels')[] = [], before = mallData): OrderEvent => ({
  type: 'OrderEdited',
  data: { orderId, changes: diffMallData(before, after), amountProblems: checkAmounts(after), outdated },
});
const printed: OrderEvent = {
  type: 'OrderDocumentsPrinted',
  data: { orderId, tenantId, kinds: ['purchase-statement'], receiptIssue: null },
};
const labelsExported: OrderEvent = {
  type: 'LabelDataExported',
  data: { orderId, tenantId, carrier: 'yamato', layout: 'b2', labels: [{ destinationIndex: 0, key: 'k-1' }] },
};
const stateAfter = (events: OrderEvent[]) => {
  const state = events.reduce(orderDecider.evolve, orderDecider.initialState());
  if (!state.exists) throw new Error('no order');
  return state;
};

describe('Order: 受注編集', () => {
  test('a changed quantity is an OrderEdited with the mall data’s changes and amounts worked out again', () =>
    spec
      .given(at('awaiting_shipment'))
      .when(edit(withLines({ ...tea, quantity: 5 }, cup)))
      .then([edited(editContents(mallData, withLines({ ...tea, quantity: 5 }, cup)))]));

  test('a corrected recipient and a second destination are one edit', () => {
    const contents: ContentsEdit = {
      destinations: [
        { ...destination, recipient: { ...destination.recipient, street: '3丁目1番2号' } },
        { ...destination, recipient: { ...destination.recipient, name: '﨑山 花子' }, lines: [leaflet] },
      ],
    };
    spec
      .given(at('new'))
      .when(edit(contents))
      .then([edited(editContents(mallData, contents))]);
  });

  test('new charges and discounts change the totals only', () => {
    const amounts = { shipping: 0, codFee: 330, wrapping: 220, pointsUsed: 0, coupons: 500 };
    spec
      .given(at('new'))
      .when(edit({ amounts }))
      .then([edited(editContents(mallData, { amounts }))]);
  });

  test('an edit that changes nothing records nothing', () =>
    spec
      .given(at('new'))
      .when(edit(withLines(tea, cup)))
      .then([]));

  test('documents printed before the edit are out of date; label data too once exported', () => {
    const after = editContents(mallData, withLines(tea));
    spec
      .given([...at('awaiting_documents'), printed])
      .when(edit(withLines(tea)))
      .then([edited(after, ['documents'])]);
    spec
      .given([...at('awaiting_documents'), printed, labelsExported])
      .when(edit(withLines(tea)))
      .then([edited(after, ['documents', 'labels'])]);
  });

  test('out of date until printed and exported again', () => {
    const events = [
      ...at('awaiting_documents'),
      printed,
      labelsExported,
      edited(editContents(mallData, withLines(tea)), ['documents', 'labels']),
    ];
    expect(stateAfter(events).outdated).toEqual(['documents', 'labels']);
    expect(stateAfter([...events, printed]).outdated).toEqual(['labels']);
    expect(stateAfter([...events, printed, labelsExported]).outdated).toEqual([]);
  });

  test('the mall’s original stays as imported after an edit', () => {
    const state = stateAfter([imported, edited(editContents(mallData, withLines(tea)))]);
    expect(state.mallData.destinations[0]!.lines).toEqual([tea]);
    expect(state.mallOriginal).toEqual(mallData);
  });

  test('a cancelled order is refused', () =>
    spec
      .given([imported, { type: 'OrderCancelled', data: { orderId, from: 'new', reason: '重複', byMall: false } }])
      .when(edit(withLines(tea)))
      .thenRefuses('order.cancelled', 'キャンセル済み'));

  test('a shipped order is refused', () =>
    spec
      .given(at('awaiting_shipping_mail'))
      .when(edit(withLines(tea)))
      .thenRefuses('order.already_shipped', '発送済み'));

  test('a held order may be edited', () =>
    spec
      .given([
        ...at('awaiting_shipment'),
        {
          type: 'OrderHeld',
          data: {
            orderId,
            box: 2,
            reason: { source: 'staff', ref: null, text: '住所確認' },
            from: 'awaiting_shipment',
          },
        },
      ])
      .when(edit(withLines(tea)))
      .then([edited(editContents(mallData, withLines(tea)))]));

  test('an order with a change from the mall awaiting confirmation is refused', () =>
    spec
      .given([
        ...at('awaiting_documents'),
        {
          type: 'OrderChangeAwaitingConfirmation',
          data: { orderId, changeId: 'c-1', changes: {}, cancelledAtMall: false, amountProblems: [] },
        },
      ])
      .when(edit(withLines(tea)))
      .thenRefuses('order.change_pending', '確認待ち'));

  test('no lines left is refused, and so is a destination without lines', () => {
    spec.given(at('new')).when(edit(withLines())).thenRefuses('order.no_lines');
    spec
      .given(at('new'))
      .when(edit({ destinations: [] }))
      .thenRefuses('order.no_lines');
    spec
      .given(at('new'))
      .when(edit({ destinations: [destination, { ...destination, lines: [] }] }))
      .thenRefuses('order.no_lines', '送付先ごと削除');
  });

  test.each([0, -1, 1.5])('quantity %p is refused', (quantity) =>
    spec
      .given(at('new'))
      .when(edit(withLines({ ...tea, quantity })))
      .thenRefuses('order.invalid_quantity', '静岡茶'),
  );

  test('a negative price is refused', () =>
    spec
      .given(at('new'))
      .when(edit(withLines({ ...tea, unitPrice: -1 })))
      .thenRefuses('order.invalid_price'));

  test('a negative charge, or discounts above the total, is refused', () => {
    const charges = { shipping: 660, codFee: 0, wrapping: 0, pointsUsed: 0, coupons: 0 };
    spec
      .given(at('new'))
      .when(edit({ amounts: { ...charges, shipping: -660 } }))
      .thenRefuses('order.invalid_amount');
    spec
      .given(at('new'))
      .when(edit({ amounts: { ...charges, coupons: 999_999 } }))
      .thenRefuses('order.invalid_amount', '超えています');
  });

  test('a tax rate the product does not know is refused', () =>
    spec
      .given(at('new'))
      .when(edit(withLines({ ...tea, taxRate: 5 as never })))
      .thenRefuses('order.invalid_tax_rate'));
});

describe('Order: 受注編集 of an order whose prices are still to come', () => {
  test('the amounts-to-confirm mark stays through an edit', () => {
    const unpriced: OrderEvent = { ...imported, data: { ...imported.data, amountProblems: [AMOUNTS_UNCONFIRMED] } };
    const after = editContents(mallData, withLines(tea));
    spec
      .given([unpriced])
      .when(edit(withLines(tea)))
      .then([
        {
          type: 'OrderEdited',
          data: {
            orderId,
            changes: diffMallData(mallData, after),
            amountProblems: [AMOUNTS_UNCONFIRMED],
            outdated: [],
          },
        },
      ]);
  });
});

describe('Order: 商品を追加 (AddOrderLine)', () => {
  const add = (line: OrderLine, destinationIndex = 0) => ({ type: 'AddOrderLine', destinationIndex, line }) as const;

  test('adds the line and works the amounts out again', () =>
    spec
      .given(at('new'))
      .when(add(leaflet))
      .then([edited(addLine(mallData, 0, leaflet))]));

  test('a destination the order does not have is refused', () =>
    spec.given(at('new')).when(add(leaflet, 1)).thenRefuses('order.no_such_destination', '送付先2'));

  test('a bad quantity is refused even when the item is already there', () =>
    spec
      .given([...at('new'), edited(addLine(mallData, 0, leaflet))])
      .when(add({ ...leaflet, quantity: -1 }))
      .thenRefuses('order.invalid_quantity'));

  test('a shipped order is refused', () =>
    spec.given(at('completed')).when(add(leaflet)).thenRefuses('order.already_shipped'));
});

describe('Order: a re-import after 受注編集', () => {
  const reimport = (data: MallOrderData, changeId = 'import-2'): ImportOrder => ({
    ...importOrder,
    mallData: data,
    changeId,
  });
  const editedTea = editContents(mallData, withLines({ ...tea, quantity: 5 }, cup));
  const afterEdit = (status: WorkflowStatus = 'new') => [...at(status), edited(editedTea)];

  test('the same file again is no change: the edit stays', () =>
    spec.given(afterEdit()).when(reimport(mallData)).then([]));

  test('a change from the mall lands on the fields it changed; the other edits stay', () => {
    const file = { ...mallData, buyerRemarks: '不在時は宅配ボックスへ' };
    const changes = diffMallData(mallData, file);
    spec
      .given(afterEdit())
      .when(reimport(file))
      .then([{ type: 'OrderChangedAtMall', data: { orderId, changes, amountProblems: [] } }]);
    const state = stateAfter([
      ...afterEdit(),
      { type: 'OrderChangedAtMall', data: { orderId, changes, amountProblems: [] } },
    ]);
    expect(state.mallData).toEqual({ ...editedTea, buyerRemarks: '不在時は宅配ボックスへ' });
    expect(state.mallOriginal).toEqual(file);
  });

  test('a field both changed takes the mall’s value', () => {
    const file = editContents(mallData, withLines(tea, { ...cup, quantity: 2 }));
    const changes = diffMallData(mallData, file);
    spec
      .given(afterEdit())
      .when(reimport(file))
      .then([{ type: 'OrderChangedAtMall', data: { orderId, changes, amountProblems: [] } }]);
  });

  test('past 発送待ち the mall’s change waits for confirmation; confirming it moves the original too', () => {
    const file = { ...mallData, buyerRemarks: '変更あり' };
    const changes = diffMallData(mallData, file);
    const waiting: OrderEvent = {
      type: 'OrderChangeAwaitingConfirmation',
      data: { orderId, changeId: 'import-2', changes, cancelledAtMall: false, amountProblems: [] },
    };
    spec.given(afterEdit('awaiting_documents')).when(reimport(file)).then([waiting]);
    spec
      .given([...afterEdit('awaiting_documents'), waiting])
      .when(reimport(file, 'import-3'))
      .then([]);
    const confirmed: OrderEvent = {
      type: 'OrderChangeConfirmed',
      data: { orderId, changeId: 'import-2', changes, cancelledAtMall: false, amountProblems: [] },
    };
    const state = stateAfter([...afterEdit('awaiting_documents'), waiting, confirmed]);
    expect(state.mallOriginal).toEqual(file);
    expect(state.mallData).toEqual({ ...editedTea, buyerRemarks: '変更あり' });
  });
});
