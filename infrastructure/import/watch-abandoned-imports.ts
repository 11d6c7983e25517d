import type { DatabasePool } from 'slonik';
import type { CommandHandler } from '../../application/commands/command-handler';
import type { EventStore } from '../../application/ports/event-store';
import type { ImportLocks } from '../../application/import/import-locks';
import type { Logger } from 'pino';
import { failAbandonedImports } from '../../application/import/abandoned-imports';
import { runningImports } from '../../projections/imports/import-queries';
import { importsProjection } from '../../projections/imports/imports-projection';
import type { ProjectionRunner } from '../../projections/runner';

/** How often the server looks for imports left running by a process that stopped. */
const ABANDONED_IMPORTS_EVERY_MS = 5 * 60_000;

/**
 * Ends imports left running by a stopped process (failAbandonedImports): now, and every few minutes for one that stops
 * while this server runs (a CLI import killed midway). Returns the function that stops it.
 */
export function watchForAbandonedImports(
  deps: {
    readonly runners: readonly ProjectionRunner[];
    readonly commands: CommandHandler;
    readonly store: EventStore;
    readonly locks: ImportLocks;
    readonly db: DatabasePool;
  },
  logger: Logger,
): () => Promise<void> {
  // The history must have caught up with the log first: at start it may not yet show the imports left running.
  const history = deps.runners.find((runner) => runner.projection.name === importsProjection.name)!;
  let sweeping: Promise<unknown> = Promise.resolve();
  const sweep = () => {
    sweeping = history
      .bringUpToDate()
      .then(() =>
        failAbandonedImports({
          commands: deps.commands,
          store: deps.store,
          locks: deps.locks,
          running: () => runningImports(deps.db),
        }),
      )
      .then(
        (ended) => ended > 0 && logger.warn({ ended }, 'imports left running by a stopped process recorded as failed'),
      )
      .catch((error: unknown) => logger.error({ err: error }, 'looking for abandoned imports failed'));
  };
  sweep();
  const timer = setInterval(sweep, ABANDONED_IMPORTS_EVERY_MS).unref();
  return async () => {
    clearInterval(timer);
    await sweeping;
  };
}
