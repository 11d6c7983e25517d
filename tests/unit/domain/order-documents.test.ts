import type { PrintedKind } from '../../../domain/documents/document-kind';
import type { RecordDocumentsPrinted } from '../../../domain/order/commands';
import type { OrderEvent } from '../../../domain/order/events';
import { orderDecider } from '../../../domain/order/order';
import type { WorkflowStatus } from '../../../domain/order/status';
import { deciderSpecification } from '../../support/decider-specification';
import { imported } from '../../support/order-fixtures';

const spec = deciderSpecification(orderDecider);
const orderId = 'o-1';
const { tenantId } = imported.data;
const at = (status: WorkflowStatus): OrderEvent[] => [
  imported,
  { type: 'OrderStatusMoved', data: { orderId, from: 'new', to: status } },
];
const print = (changes: Partial<RecordDocumentsPrinted> = {}): RecordDocumentsPrinted => ({
  type: 'RecordDocumentsPrinted',
  kinds: ['purchase-statement'],
  receipt: null,
  leaveDocumentsWaiting: true,
  ...changes,
});
const printed = (kinds: PrintedKind[]): OrderEvent => ({
  type: 'OrderDocumentsPrinted',
  data: { orderId, tenantId, kinds, receiptIssue: null },
});
const receipt = { addressee: '㈱髙島商店 様', proviso: 'お品代として' };
const receiptPrinted = (issue: number): OrderEvent => ({
  type: 'OrderDocumentsPrinted',
  data: { orderId, tenantId, kinds: ['receipt'], receiptIssue: issue, ...receipt },
});
const advanced: OrderEvent = {
  type: 'OrderStatusAdvanced',
  data: { orderId, from: 'awaiting_documents', to: 'awaiting_tracking_number' },
};

describe('Order: printing documents', () => {
  test('printing is recorded on the order with the kinds printed', () =>
    spec
      .given(at('awaiting_shipment'))
      .when(print({ kinds: ['purchase-statement', 'work-sheet'] }))
      .then([printed(['purchase-statement', 'work-sheet'])]));

  test('at 伝票・帳票出力待ち, with the shop leaving it after printing, the order moves to the next status of its route', () =>
    spec
      .given(at('awaiting_documents'))
      .when(print())
      .then([printed(['purchase-statement']), advanced]));

  test('when the shop leaves 伝票・帳票出力待ち otherwise (labels, by hand), printing does not move the order', () =>
    spec
      .given(at('awaiting_documents'))
      .when(print({ leaveDocumentsWaiting: false }))
      .then([printed(['purchase-statement'])]));

  test('a picking list alone is not the order’s documents: the order stays', () =>
    spec
      .given(at('awaiting_documents'))
      .when(print({ kinds: ['picking-list'] }))
      .then([printed(['picking-list'])]));

  test('a held order is printed but stays held', () =>
    spec
      .given([
        ...at('awaiting_documents'),
        {
          type: 'OrderHeld',
          data: { orderId, box: 3, reason: { source: 'staff', ref: null, text: '確認中' }, from: 'awaiting_documents' },
        },
      ])
      .when(print())
      .then([printed(['purchase-statement'])]));

  test('an order whose change from the mall awaits confirmation is printed but does not move', () =>
    spec
      .given([
        ...at('awaiting_documents'),
        {
          type: 'OrderChangeAwaitingConfirmation',
          data: { orderId, changeId: 'c-1', changes: {}, cancelledAtMall: false, amountProblems: [] },
        },
      ])
      .when(print())
      .then([printed(['purchase-statement'])]));

  test('a cancelled order is not printed', () =>
    spec
      .given([imported, { type: 'OrderCancelled', data: { orderId, from: 'new', reason: '重複', byMall: false } }])
      .when(print())
      .thenRefuses('order.cancelled', 'キャンセル済み'));

  test('the first receipt is issue 1, the next 2 (再発行), each with what it said', () =>
    spec
      .given([...at('awaiting_shipment'), receiptPrinted(1)])
      .when(print({ kinds: ['receipt'], receipt }))
      .then([receiptPrinted(2)]));

  test('a receipt without its 宛名 and 但し書き is refused', () =>
    spec
      .given(at('awaiting_shipment'))
      .when(print({ kinds: ['receipt'] }))
      .thenRefuses('order.receipt_details_required'));

  test('printing nothing is refused', () =>
    spec
      .given(at('awaiting_shipment'))
      .when(print({ kinds: [] }))
      .thenRefuses('order.nothing_printed'));

  test('the state counts each kind and the receipts issued', () => {
    const state = [
      ...at('awaiting_shipment'),
      printed(['purchase-statement']),
      printed(['purchase-statement', 'work-sheet']),
      receiptPrinted(1),
    ].reduce(orderDecider.evolve, orderDecider.initialState());
    expect(state.exists && state.printing).toEqual({
      printed: { 'purchase-statement': 2, 'work-sheet': 1, receipt: 1 },
      receiptIssues: 1,
      receipt: { addressee: null, proviso: null },
    });
  });
});

describe('Order: receipt details', () => {
  test('宛名 and 但し書き are set, trimmed', () =>
    spec
      .given([imported])
      .when({ type: 'SetReceiptDetails', addressee: ' ㈱髙島商店 ', proviso: '贈答品代として' })
      .then([
        { type: 'OrderReceiptDetailsSet', data: { orderId, addressee: '㈱髙島商店', proviso: '贈答品代として' } },
      ]));

  test('an empty text goes back to the default', () =>
    spec
      .given([imported, { type: 'OrderReceiptDetailsSet', data: { orderId, addressee: '山﨑様', proviso: null } }])
      .when({ type: 'SetReceiptDetails', addressee: ' ', proviso: null })
      .then([{ type: 'OrderReceiptDetailsSet', data: { orderId, addressee: null, proviso: null } }]));

  test('the same details again change nothing', () =>
    spec
      .given([imported, { type: 'OrderReceiptDetailsSet', data: { orderId, addressee: '山﨑様', proviso: null } }])
      .when({ type: 'SetReceiptDetails', addressee: '山﨑様', proviso: null })
      .then([]));

  test('a 宛名 longer than a receipt line is refused', () =>
    spec
      .given([imported])
      .when({ type: 'SetReceiptDetails', addressee: 'あ'.repeat(101), proviso: null })
      .thenRefuses('order.receipt_addressee_too_long'));
});
