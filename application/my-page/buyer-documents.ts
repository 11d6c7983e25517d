import * as E from 'fp-ts/Either';
import type { Caller } from '../commands/command-pipeline';
import { preparePrint, type PreparedPrint, type PrintDocumentsDependencies } from '../documents/print-documents';
import { loadOrders } from '../documents/print-documents';
import { orderDeciderFor } from '../orders/tenant-orders';
import { streamName } from '../../domain/shared/ids';
import type { DomainError } from '../../domain/shared/decider';

/** Web帳票: what the buyer may download from the マイページ. */
export type BuyerDocumentKind = 'receipt' | 'purchase-statement';

/** Who the buyer is in the operation history: the event's actor (see application/events/event-metadata.ts). */
export const BUYER_ACTOR = 'buyer';

export type BuyerDocumentRefusal =
  /** The first receipt needs its 宛名 and 但し書き; the form asks for them. */
  | { readonly kind: 'details-required' }
  /** 宛名 and 但し書き are entered once: after the first issue they are fixed. */
  | { readonly kind: 'details-fixed' }
  | { readonly kind: 'rejected'; readonly error: DomainError };

/**
 * The buyer's download, recorded on the order as any printing is (RecordDocumentsPrinted, actor `buyer`), so it shows
 * in the operation history and a receipt gets its next issue number: from the second on it says 再発行. The first
 * receipt records the buyer's 宛名 and 但し書き on the order (SetReceiptDetails) before it is issued; later ones reuse
 * them, whoever printed the first. The order never moves on for it (leaveDocumentsWaiting 'manual').
 */
export async function prepareBuyerDocument(
  deps: PrintDocumentsDependencies,
  caller: Caller,
  orderId: string,
  kind: BuyerDocumentKind,
  receiptDetails?: { readonly addressee: string; readonly proviso: string },
): Promise<E.Either<BuyerDocumentRefusal, PreparedPrint>> {
  if (kind === 'receipt') {
    const { orders } = await loadOrders(deps, caller.tenantId, [orderId]);
    const order = orders.get(orderId);
    if (!order) return E.left({ kind: 'rejected', error: notFound });
    const issued = order.printing.receiptIssues > 0;
    if (issued && receiptDetails) return E.left({ kind: 'details-fixed' });
    if (!issued && !receiptDetails) return E.left({ kind: 'details-required' });
    if (receiptDetails) {
      const set = await deps.pipeline.run(
        {
          decider: orderDeciderFor,
          streamName: streamName.order(orderId),
          command: { type: 'SetReceiptDetails', ...receiptDetails },
          commandName: 'SetReceiptDetails',
        },
        caller,
      );
      if (E.isLeft(set))
        return E.left({ kind: 'rejected', error: set.left.kind === 'rejected' ? set.left.error : conflict });
    }
  }
  const prepared = await preparePrint(deps, caller, { kind, orderIds: [orderId], leaveDocumentsWaiting: 'manual' });
  if (E.isRight(prepared)) return prepared;
  const refusal = prepared.left;
  return E.left({
    kind: 'rejected',
    error: refusal.kind === 'nothing-printable' ? (refusal.results[0]?.reason ?? conflict) : notFound,
  });
}

const notFound: DomainError = { code: 'order.not_found', ja: 'ご注文が見つかりません', en: 'no such order' };
const conflict: DomainError = {
  code: 'conflict',
  ja: 'ただいま処理が混み合っています。もう一度お試しください',
  en: 'the order changed meanwhile; try again',
};
