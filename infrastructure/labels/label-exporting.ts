import type { DatabasePool } from 'slonik';
import type { CommandPipeline } from '../../application/commands/command-pipeline';
import type { EventRegistry } from '../../application/events/event-registry';
import type { ExportLabelsDependencies } from '../../application/labels/export-labels';
import type { Clock } from '../../application/ports/clock';
import type { EventStore } from '../../application/ports/event-store';
import { customLabelLayoutNamed } from './custom-label-layouts';
import { carrierAccountsOf } from '../../projections/carrier-accounts/carrier-accounts-queries';
import { documentPrinting } from '../documents/document-printing';

/** The label export's dependencies, from the services the server and the CLI resolve; the shop settings are printing's. */
export const labelExporting = (deps: {
  readonly db: DatabasePool;
  readonly store: EventStore;
  readonly registry: EventRegistry;
  readonly pipeline: CommandPipeline;
  readonly clock: Clock;
}): ExportLabelsDependencies => ({
  store: deps.store,
  registry: deps.registry,
  pipeline: deps.pipeline,
  clock: deps.clock,
  settings: documentPrinting(deps).settings,
  carrierAccounts: (tenantId) => carrierAccountsOf(deps.db, tenantId),
  customLayout: (tenantId, name) => customLabelLayoutNamed(deps.db, tenantId, name),
});
