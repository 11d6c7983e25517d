import type { Content } from 'pdfmake';
import type { DocumentKind, PrintedKind } from '../../domain/documents/document-kind';
import type { DocumentOrder, PrintRun } from './document-input';
import { documentContext } from './document-parts';
import { purchaseStatement } from './kinds/purchase-statement';

/** The documents one order prints as, each starting on a page of its own, and what is recorded as printed. */
export interface OrderDocuments {
  readonly documents: readonly Content[];
  readonly printed: readonly PrintedKind[];
}

export type PerOrderKind = Exclude<DocumentKind, 'picking-list'>;

export function documentsForOrder(kind: PerOrderKind, order: DocumentOrder, run: PrintRun): OrderDocuments {
  const context = documentContext(order, run);
  switch (kind) {
    case 'purchase-statement':
      return { documents: [purchaseStatement(order, context)], printed: ['purchase-statement'] };
    default:
      throw new Error(`Not yet printable: ${kind}`);
  }
}
