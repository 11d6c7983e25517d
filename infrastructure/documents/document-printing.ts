import type { DatabasePool } from 'slonik';
import type { CommandPipeline } from '../../application/commands/command-pipeline';
import type { DocumentOrder, ShopDocumentSettings } from '../../application/documents/document-input';
import type { DocumentSettingsSource, PrintDocumentsDependencies } from '../../application/documents/print-documents';
import type { EventRegistry } from '../../application/events/event-registry';
import type { Clock } from '../../application/ports/clock';
import type { EventStore } from '../../application/ports/event-store';
import type { LeaveDocumentsWaiting, PrintedKind } from '../../domain/documents/document-kind';
import { listShops } from '../../projections/accounts/shop-queries';
import { renderDocuments } from './pdf-renderer';

// INTERIM until the document settings land: shops print with their name only.
const interimSettings = (db: DatabasePool): DocumentSettingsSource => ({
  async shopDocumentSettings(tenantId, shopIds) {
    const shops = (await listShops(db, tenantId)).filter((s) => shopIds.includes(s.id));
    return new Map(
      shops.map((s): [string, ShopDocumentSettings] => [
        s.id,
        {
          shopId: s.id,
          shopName: s.name,
          issuer: { name: s.name, postalCode: '', address: '', phone: '', email: '', registrationNumber: null },
          logo: null,
          seal: null,
          greetings: {
            'purchase-statement': '',
            'delivery-statement': '',
            receipt: '',
            invoice: '',
            'work-sheet': '',
            'picking-list': '',
          },
          receiptProviso: 'お品代として',
          taxRounding: 'down',
        },
      ]),
    );
  },
  printNames: async () => new Map(),
  leaveDocumentsWaitingFor: async (_tenantId, shopIds) =>
    new Map(shopIds.map((id): [string, LeaveDocumentsWaiting] => [id, 'documents'])),
});

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
  settings: interimSettings(deps.db),
  render: renderDocuments,
  autoStatementKinds: interimAuto,
});
