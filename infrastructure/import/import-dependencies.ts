import * as E from 'fp-ts/Either';
import type { Container } from 'inversify';
import type { Logger } from 'pino';
import type { DatabasePool } from 'slonik';
import { ColumnMapping } from '../../application/import/column-mapping';
import { failAbandonedImports } from '../../application/import/abandoned-imports';
import type { SavedMapping } from '../../application/import/detect-layout';
import type { RunImportDependencies } from '../../application/import/run-import';
import { listImportMappings } from '../../projections/imports/import-mapping-queries';
import { runningImports } from '../../projections/imports/import-queries';
import { importsProjection } from '../../projections/imports/imports-projection';
import { TOKENS } from '../container';

/** A shop's saved mappings from the read model (they were checked by the ColumnMapping codec when saved). */
export const savedMappingsFrom =
  (db: DatabasePool) =>
  async (tenantId: string, shopId: string): Promise<readonly SavedMapping[]> =>
    (await listImportMappings(db, tenantId, { shopId, offset: 0, limit: 500 })).rows.flatMap((row) => {
      const mapping = ColumnMapping.decode(row.mapping);
      return E.isRight(mapping) ? [{ name: row.name, mapping: mapping.right }] : [];
    });

/** What runImport needs, as the server and the CLI wire it. */
export const importDependencies = (container: Container): RunImportDependencies => ({
  commands: container.get(TOKENS.Commands),
  store: container.get(TOKENS.EventStore),
  registry: container.get(TOKENS.Registry),
  savedMappings: savedMappingsFrom(container.get(TOKENS.Db)),
  inProgress: container.get(TOKENS.ImportsInProgress),
  locks: container.get(TOKENS.ImportLocks),
});

/** How often the server looks for imports left running by a process that stopped. */
const ABANDONED_IMPORTS_EVERY_MS = 5 * 60_000;

/**
 * Ends imports left running by a stopped process (failAbandonedImports): now, and every few minutes for one that stops
 * while this server runs (a CLI import killed midway). Returns the function that stops it.
 */
export function watchForAbandonedImports(container: Container, logger: Logger): () => Promise<void> {
  // The history must have caught up with the log first: at start it may not yet show the imports left running.
  const history = container.get(TOKENS.ProjectionRunners).find((runner) => runner.projection.name === importsProjection.name)!;
  let sweeping: Promise<unknown> = Promise.resolve();
  const sweep = () => {
    sweeping = history
      .bringUpToDate()
      .then(() => failAbandonedImports({ commands: container.get(TOKENS.Commands), locks: container.get(TOKENS.ImportLocks), running: () => runningImports(container.get(TOKENS.Db)) }))
      .then((ended) => ended > 0 && logger.warn({ ended }, 'imports left running by a stopped process recorded as failed'))
      .catch((error: unknown) => logger.error({ err: error }, 'looking for abandoned imports failed'));
  };
  sweep();
  const timer = setInterval(sweep, ABANDONED_IMPORTS_EVERY_MS).unref();
  return async () => {
    clearInterval(timer);
    await sweeping;
  };
}
