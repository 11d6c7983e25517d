import { ContainerModule } from 'inversify';
import type { ImportLocks } from '../../application/import/import-locks';
import { ImportsInProgress } from '../../application/import/imports-in-progress';
import type { UploadFolder } from '../http/imports/upload-folder';
import { savedMappingsFrom } from '../import/import-dependencies';
import { TOKENS } from '../container';

/**
 * Order import: who is importing what now, the per-shop locks, where uploads wait, and what runImport needs, as one
 * service.
 */
export const importModule = (locks: ImportLocks, uploads: UploadFolder) =>
  new ContainerModule(({ bind }) => {
    bind(TOKENS.UploadFolder).toConstantValue(uploads);
    bind(TOKENS.ImportsInProgress).toConstantValue(new ImportsInProgress());
    bind(TOKENS.ImportLocks).toConstantValue(locks);
    bind(TOKENS.ImportDependencies).toDynamicValue((c) => ({
      commands: c.get(TOKENS.Commands),
      store: c.get(TOKENS.EventStore),
      registry: c.get(TOKENS.Registry),
      savedMappings: savedMappingsFrom(c.get(TOKENS.Db)),
      inProgress: c.get(TOKENS.ImportsInProgress),
      locks: c.get(TOKENS.ImportLocks),
    }));
  });
