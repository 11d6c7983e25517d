import type { ReadModelWaiter } from '../application/ports/read-model-waiter';
import type { ProjectionRunner } from './runner';

/**
 * Read-your-writes for a process that runs no projections in the background (the CLI): it brings every read model up
 * to date itself, so what a command wrote is on the screens when the command returns, with or without a server running.
 */
export class CatchUpWaiter implements ReadModelWaiter {
  constructor(private readonly runners: readonly ProjectionRunner[]) {}

  async waitFor(): Promise<boolean> {
    await Promise.all(this.runners.map((runner) => runner.bringUpToDate()));
    return true;
  }
}
