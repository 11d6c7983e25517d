import type { DatabasePool } from 'slonik';
import type { CommandPipeline } from '../../application/commands/command-pipeline';
import type { DocumentOrder } from '../../application/documents/document-input';
import type { PrintDocumentsDependencies } from '../../application/documents/print-documents';
import type { EventRegistry } from '../../application/events/event-registry';
import type { Clock } from '../../application/ports/clock';
import type { EventStore } from '../../application/ports/event-store';
import type { PrintedKind } from '../../domain/documents/document-kind';
import {
  leaveDocumentsWaitingFor,
  printNames,
  shopDocumentSettings,
} from '../../projections/document-settings/document-settings-queries';
import { renderDocuments } from './pdf-renderer';
import { chooseStatement } from '../../application/documents/kinds/auto';

/**
 * 自動判別 as recorded: the statement chosen for each destination (kinds/auto.ts `chooseStatement`), the purchase
 * statement first, as `autoStatements` prints them; a unit test holds the two to the same answer.
 */
export const autoStatementKinds = (order: DocumentOrder): PrintedKind[] => {
  const chosen = order.mallData.destinations.map((destination) => chooseStatement(order, destination));
  const purchase = chosen.length === 0 || chosen.includes('purchase-statement');
  return [
    ...(purchase ? ['purchase-statement' as const] : []),
    ...(chosen.includes('delivery-statement') ? ['delivery-statement' as const] : []),
  ];
};

/** The printing service's dependencies, from the services the server and the CLI resolve. */
export const documentPrinting = (deps: {
  readonly db: DatabasePool;
  readonly store: EventStore;
  readonly registry: EventRegistry;
  readonly pipeline: CommandPipeline;
  readonly clock: Clock;
}): PrintDocumentsDependencies => ({
  store: deps.store,
  registry: deps.registry,
  pipeline: deps.pipeline,
  clock: deps.clock,
  settings: {
    shopDocumentSettings: (tenantId, shopIds) => shopDocumentSettings(deps.db, tenantId, shopIds),
    printNames: (tenantId, skus) => printNames(deps.db, tenantId, skus),
    leaveDocumentsWaitingFor: (tenantId, shopIds) => leaveDocumentsWaitingFor(deps.db, tenantId, shopIds),
  },
  render: renderDocuments,
  autoStatementKinds,
});
