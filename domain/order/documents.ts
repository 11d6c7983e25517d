// Printing an order's documents (帳票) and the receipt details staff may set per order.
import * as E from 'fp-ts/Either';
import type { PrintedKind } from '../documents/document-kind';
import type { RecordDocumentsPrinted, SetReceiptDetails } from './commands';
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

/**
 * Records the printing; a receipt gets the next issue number. When the shop's setting says so, an order at
 * 伝票・帳票出力待ち moves to the next status of its route, as 次のステータスへ would (a held order is printed but stays
 * held; an order whose change from the mall awaits confirmation is printed but does not move).
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
  const leaves =
    command.leaveDocumentsWaiting && order.status === 'awaiting_documents' && kinds.some(countsAsOrderDocuments);
  const moved = leaves ? advance(order) : E.right([]);
  return emit([printed, ...(E.isRight(moved) ? moved.right : [])]);
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
