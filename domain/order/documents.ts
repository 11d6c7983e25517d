// Printing an order's documents (帳票) and the receipt details staff may set per order.
import * as E from 'fp-ts/Either';
import type { LeaveDocumentsWaiting, PrintedKind } from '../documents/document-kind';
import type { RecordDocumentsPrinted, RecordLabelDataExported, SetReceiptDetails } from './commands';
import { type Decision, emit, refuse } from './decision';
import type { OrderEvent } from './events';
import type { ExistingOrder } from './state';
import { advance } from './workflow';

/** What fits on a receipt's 宛名 and 但し書き lines. */
export const RECEIPT_ADDRESSEE_MAX = 100;
export const RECEIPT_PROVISO_MAX = 100;

/**
 * A picking list is the warehouse's sheet over many orders, not one of the order's own documents: printing it alone
 * does not count as "the documents are printed" and never moves an order on.
 */
export const countsAsOrderDocuments = (kind: PrintedKind): boolean => kind !== 'picking-list';

/** Whether the order's own documents were ever printed (a picking list alone does not count). */
export const documentsPrinted = (order: ExistingOrder): boolean =>
  Object.entries(order.printing.printed).some(
    ([kind, times]) => countsAsOrderDocuments(kind as PrintedKind) && times > 0,
  );

/**
 * The one rule for leaving 伝票・帳票出力待ち, shared by printing and label export: the shop's setting names what must
 * be done (documents, label data, both, or nothing: staff move the order themselves), `done` says what is done now. An
 * order elsewhere stays; a held one is recorded but stays held; one whose change from the mall awaits confirmation
 * does not move, as 次のステータスへ would refuse it.
 */
export function leaveDocumentsWaiting(
  order: ExistingOrder,
  setting: LeaveDocumentsWaiting,
  done: { readonly documents: boolean; readonly labels: boolean },
): OrderEvent[] {
  if (order.status !== 'awaiting_documents') return [];
  const leaves =
    setting === 'documents'
      ? done.documents
      : setting === 'labels'
        ? done.labels
        : setting === 'both' && done.documents && done.labels;
  if (!leaves) return [];
  const moved = advance(order);
  return E.isRight(moved) ? [...moved.right] : [];
}

const settingOf = (value: boolean | LeaveDocumentsWaiting): LeaveDocumentsWaiting =>
  value === true ? 'documents' : value === false ? 'manual' : value;

/**
 * Records the printing; a receipt gets the next issue number. When the shop's setting says so, an order at
 * 伝票・帳票出力待ち moves to the next status of its route (see leaveDocumentsWaiting).
 */
export const recordDocumentsPrinted = (order: ExistingOrder, command: RecordDocumentsPrinted): Decision => {
  if (order.status === 'cancelled')
    return refuse('order.cancelled', 'キャンセル済みの受注の帳票は出力できません', 'the order is cancelled');
  const kinds = [...new Set(command.kinds)];
  if (kinds.length === 0) return refuse('order.nothing_printed', '出力した帳票がありません', 'no document was printed');
  const receipt = kinds.includes('receipt') ? command.receipt : null;
  if (kinds.includes('receipt') && !receipt)
    return refuse(
      'order.receipt_details_required',
      '領収書の宛名と但し書きがありません',
      'a receipt needs its details',
    );
  const printed: OrderEvent = {
    type: 'OrderDocumentsPrinted',
    data: {
      orderId: order.orderId,
      tenantId: order.tenantId,
      kinds,
      receiptIssue: receipt ? order.printing.receiptIssues + 1 : null,
      ...(receipt && { addressee: receipt.addressee, proviso: receipt.proviso }),
    },
  };
  const moved = leaveDocumentsWaiting(order, settingOf(command.leaveDocumentsWaiting), {
    documents: kinds.some(countsAsOrderDocuments),
    labels: order.labelExports.count > 0,
  });
  return emit([printed, ...moved]);
};

/**
 * Records an export of the order's label data, one key per destination exported. A cancelled order has no parcel to
 * send; a destination the order has not is a mistake of the caller's.
 */
export const recordLabelDataExported = (order: ExistingOrder, command: RecordLabelDataExported): Decision => {
  if (order.status === 'cancelled')
    return refuse('order.cancelled', 'キャンセル済みの受注の送り状データは出力できません', 'the order is cancelled');
  if (command.labels.length === 0)
    return refuse('order.no_labels', '出力した送り状がありません', 'no label was exported');
  const destinations = order.mallData.destinations.length;
  if (
    command.labels.some(
      (l) => !Number.isInteger(l.destinationIndex) || l.destinationIndex < 0 || l.destinationIndex >= destinations,
    )
  )
    return refuse('order.no_such_destination', '送付先が見つかりません', 'no such destination');
  const exported: OrderEvent = {
    type: 'LabelDataExported',
    data: {
      orderId: order.orderId,
      tenantId: order.tenantId,
      carrier: command.carrier,
      layout: command.layout,
      labels: command.labels.map(({ destinationIndex, key }) => ({ destinationIndex, key })),
    },
  };
  const moved = leaveDocumentsWaiting(order, command.leaveDocumentsWaiting, {
    documents: documentsPrinted(order),
    labels: true,
  });
  return emit([exported, ...moved]);
};

const detail = (text: string | null): string | null => {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

export const setReceiptDetails = (order: ExistingOrder, command: SetReceiptDetails): Decision => {
  const addressee = detail(command.addressee);
  const proviso = detail(command.proviso);
  if (addressee !== null && [...addressee].length > RECEIPT_ADDRESSEE_MAX)
    return refuse(
      'order.receipt_addressee_too_long',
      `領収書の宛名は${RECEIPT_ADDRESSEE_MAX}文字以内で入力してください`,
      `a receipt addressee is at most ${RECEIPT_ADDRESSEE_MAX} characters`,
    );
  if (proviso !== null && [...proviso].length > RECEIPT_PROVISO_MAX)
    return refuse(
      'order.receipt_proviso_too_long',
      `但し書きは${RECEIPT_PROVISO_MAX}文字以内で入力してください`,
      `a receipt proviso is at most ${RECEIPT_PROVISO_MAX} characters`,
    );
  const unchanged = addressee === order.printing.receipt.addressee && proviso === order.printing.receipt.proviso;
  return emit(
    unchanged ? [] : [{ type: 'OrderReceiptDetailsSet', data: { orderId: order.orderId, addressee, proviso } }],
  );
};
