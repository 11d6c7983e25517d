import { ContainerModule } from 'inversify';
import { CommandHandler } from '../../application/commands/command-handler';
import type { ImportLocks } from '../../application/import/import-locks';
import { ImportsInProgress } from '../../application/import/imports-in-progress';
import { NO_TRACKING_COUNTS } from '../../application/tracking/import-tracking-numbers';
import type { UploadFolder } from '../http/imports/upload-folder';
import type { StaffRequests } from '../http/staff-requests';
import type { EventStore } from '../../application/ports/event-store';
import { savedMappingsFrom } from '../import/import-dependencies';
import { TOKENS } from '../container';

/**
 * Order import: who is importing what now, the per-shop locks, where uploads wait, and what runImport needs, as one
 * service. Imports write through `store`, the event store on the import's own connections, `concurrency` batches at a
 * time.
 */
export const importModule = (opened: {
  locks: ImportLocks;
  uploads: UploadFolder;
  store: EventStore;
  concurrency: number;
  staffRequests: StaffRequests;
}) =>
  new ContainerModule(({ bind }) => {
    bind(TOKENS.UploadFolder).toConstantValue(opened.uploads);
    bind(TOKENS.StaffRequests).toConstantValue(opened.staffRequests);
    bind(TOKENS.ImportsInProgress).toConstantValue(new ImportsInProgress());
    bind(TOKENS.TrackingImportsInProgress).toConstantValue(new ImportsInProgress(NO_TRACKING_COUNTS));
    bind(TOKENS.ImportLocks).toConstantValue(opened.locks);
    bind(TOKENS.ImportDependencies).toDynamicValue((c) => ({
      commands: new CommandHandler(opened.store, c.get(TOKENS.Registry), c.get(TOKENS.Clock), c.get(TOKENS.Logger)),
      store: opened.store,
      concurrency: opened.concurrency,
      staffActivity: opened.staffRequests,
      registry: c.get(TOKENS.Registry),
      savedMappings: savedMappingsFrom(c.get(TOKENS.Db)),
      inProgress: c.get(TOKENS.ImportsInProgress),
      locks: opened.locks,
      intake: c.get(TOKENS.IntakePlanning),
    }));
  });
