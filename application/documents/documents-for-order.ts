import type { Content } from 'pdfmake';
import type { DocumentKind, PrintedKind } from '../../domain/documents/document-kind';
import type { DocumentOrder, PrintRun } from './document-input';
import { documentContext } from './document-parts';
import { autoStatements } from './kinds/auto';
import { deliveryStatement } from './kinds/delivery-statement';
import { invoice } from './kinds/invoice';
import { purchaseStatement } from './kinds/purchase-statement';
import { receipt } from './kinds/receipt';
import { workSheet } from './kinds/work-sheet';

/** The documents one order prints as, each starting on a page of its own, and what is recorded as printed. */
export interface OrderDocuments {
  readonly documents: readonly Content[];
  readonly printed: readonly PrintedKind[];
}

/** Every kind but the picking list, which is one document over all the orders (kinds/picking-list.ts). */
export type PerOrderKind = Exclude<DocumentKind, 'picking-list'>;

export function documentsForOrder(kind: PerOrderKind, order: DocumentOrder, run: PrintRun): OrderDocuments {
  const context = documentContext(order, run);
  const destinations = order.mallData.destinations;
  switch (kind) {
    case 'purchase-statement':
      return { documents: [purchaseStatement(order, context)], printed: [kind] };
    case 'delivery-statement':
      return {
        documents: destinations.map((destination) => deliveryStatement(order, destination, context)),
        printed: [kind],
      };
    case 'auto':
      return autoStatements(order, context);
    case 'receipt':
      return { documents: [receipt(order, context)], printed: [kind] };
    case 'invoice':
      return { documents: [invoice(order, context)], printed: [kind] };
    case 'work-sheet':
      return {
        documents: destinations.map((destination, index) => workSheet(order, destination, index, context)),
        printed: [kind],
      };
  }
}
