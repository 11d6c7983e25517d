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

// INTERIM until the renderer exports its choice.
const interimAuto = (order: DocumentOrder): PrintedKind[] =>
  order.mallData.destinations.map((d) =>
    order.mallData.gift.isGift || d.recipient.name !== order.mallData.orderer.name
      ? 'delivery-statement'
      : 'purchase-statement',
  );

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
  autoStatementKinds: interimAuto,
});
