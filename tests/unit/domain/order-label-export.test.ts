import type { LeaveDocumentsWaiting } from '../../../domain/documents/document-kind';
import type { RecordDocumentsPrinted, RecordLabelDataExported } from '../../../domain/order/commands';
import type { OrderEvent } from '../../../domain/order/events';
import { orderDecider } from '../../../domain/order/order';
import type { WorkflowStatus } from '../../../domain/order/status';
import { labelKeyFor } from '../../../domain/shared/ids';
import { deciderSpecification } from '../../support/decider-specification';
import { imported } from '../../support/order-fixtures';

const spec = deciderSpecification(orderDecider);
const { orderId, tenantId } = imported.data;
const at = (status: WorkflowStatus): OrderEvent[] => [
  imported,
  { type: 'OrderStatusMoved', data: { orderId, from: 'new', to: status } },
];
const labels = [{ destinationIndex: 0, key: labelKeyFor(orderId, 0) }];
const exportLabels = (leaveDocumentsWaiting: LeaveDocumentsWaiting): RecordLabelDataExported => ({
  type: 'RecordLabelDataExported',
  carrier: 'yamato',
  layout: 'b2cloud',
  labels,
  leaveDocumentsWaiting,
});
const exported: OrderEvent = {
  type: 'LabelDataExported',
  data: { orderId, tenantId, carrier: 'yamato', layout: 'b2cloud', labels },
};
const print = (leaveDocumentsWaiting: LeaveDocumentsWaiting): RecordDocumentsPrinted => ({
  type: 'RecordDocumentsPrinted',
  kinds: ['purchase-statement'],
  receipt: null,
  leaveDocumentsWaiting,
});
const printed: OrderEvent = {
  type: 'OrderDocumentsPrinted',
  data: { orderId, tenantId, kinds: ['purchase-statement'], receiptIssue: null },
};
const pickingListPrinted: OrderEvent = {
  type: 'OrderDocumentsPrinted',
  data: { orderId, tenantId, kinds: ['picking-list'], receiptIssue: null },
};
const advanced: OrderEvent = {
  type: 'OrderStatusAdvanced',
  data: { orderId, from: 'awaiting_documents', to: 'awaiting_tracking_number' },
};

describe('Order: exporting label data (送り状データ出力)', () => {
  test('the export is recorded with carrier, layout and one key per destination', () =>
    spec.given(at('awaiting_shipment')).when(exportLabels('labels')).then([exported]));

  test('with the shop leaving 伝票・帳票出力待ち on label data, the export moves the order on', () =>
    spec.given(at('awaiting_documents')).when(exportLabels('labels')).then([exported, advanced]));

  test.each(['documents', 'manual'] as const)('with the setting %s, the export leaves the order where it is', (s) =>
    spec.given(at('awaiting_documents')).when(exportLabels(s)).then([exported]),
  );

  test('with both, the export alone does not move the order', () =>
    spec.given(at('awaiting_documents')).when(exportLabels('both')).then([exported]));

  test('with both, the export moves an order whose documents were printed', () =>
    spec
      .given([...at('awaiting_documents'), printed])
      .when(exportLabels('both'))
      .then([exported, advanced]));

  test('with both, a picking list printed does not count as the documents', () =>
    spec
      .given([...at('awaiting_documents'), pickingListPrinted])
      .when(exportLabels('both'))
      .then([exported]));

  test('with both, printing moves an order whose label data was exported (the same rule)', () =>
    spec
      .given([...at('awaiting_documents'), exported])
      .when(print('both'))
      .then([printed, advanced]));

  test('with labels, printing does not move the order', () =>
    spec.given(at('awaiting_documents')).when(print('labels')).then([printed]));

  test('a cancelled order is refused', () =>
    spec
      .given([imported, { type: 'OrderCancelled', data: { orderId, from: 'new', reason: '在庫切れ', byMall: false } }])
      .when(exportLabels('labels'))
      .thenRefuses('order.cancelled'));

  test('a destination the order has not is refused', () =>
    spec
      .given(at('awaiting_shipment'))
      .when({ ...exportLabels('labels'), labels: [{ destinationIndex: 5, key: labelKeyFor(orderId, 5) }] })
      .thenRefuses('order.no_such_destination'));
});

describe('お客様管理番号 (labelKeyFor)', () => {
  test('15 characters, the same for the same destination, different for another destination or order', () => {
    const key = labelKeyFor(orderId, 0);
    expect(key).toMatch(/^[0-9A-Z]{13}00$/);
    expect(labelKeyFor(orderId, 0)).toBe(key);
    expect(labelKeyFor(orderId, 1)).toBe(`${key.slice(0, 13)}01`);
    expect(labelKeyFor('00000000-0000-4000-8000-000000000002', 0)).not.toBe(key);
  });
});
