import type { EventEmitter } from 'node:events';
import type { DatabasePool } from 'slonik';
import { comparePositions, type GlobalPosition, passesFilter } from '../application/ports/event-store';
import type { ReadModelWaiter, Written } from '../application/ports/read-model-waiter';
import { allCheckpoints } from './checkpoints';
import type { AnyProjection } from './projection';

export type { Written } from '../application/ports/read-model-waiter';

const reads = (projection: AnyProjection, written: Written): boolean =>
  written.eventTypes.some((type) => passesFilter(projection.filter, written.streamName, type));

/**
 * Read-your-writes: after a command, wait until the projections have reached the command's position so that the answer
 * (and the next list the user opens) already shows the change. Woken by this process's runners; checks the database
 * as well, for runners in other processes. Projections that do not read what the command wrote are not waited for: a
 * filtered subscription (EventStoreDB's) may move its checkpoint past unrelated events only now and then.
 */
export class PositionWaiter implements ReadModelWaiter {
  constructor(
    private readonly db: DatabasePool,
    private readonly progress: EventEmitter,
    private readonly projections: readonly AnyProjection[],
    /** How long a command's answer waits for the screens before it says they are behind. */
    private readonly timeoutMs = 5000,
  ) {}

  async waitFor(written: Written, timeoutMs = this.timeoutMs): Promise<boolean> {
    const { position } = written;
    if (!position) return true;
    const names = this.projections.filter((p) => reads(p, written)).map((p) => p.name);
    const deadline = Date.now() + timeoutMs;
    while (!(await this.reached(names, position))) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.progress.off('checkpoint', done);
          resolve();
        };
        const timer = setTimeout(done, Math.min(left, 200));
        this.progress.on('checkpoint', done);
      });
    }
    return true;
  }

  private async reached(names: readonly string[], position: GlobalPosition): Promise<boolean> {
    const checkpoints = await allCheckpoints(this.db);
    return names.every((name) => {
      const checkpoint = checkpoints.get(name);
      return checkpoint !== undefined && comparePositions(checkpoint.position, position) >= 0;
    });
  }
}
