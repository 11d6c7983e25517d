import type { EventEmitter } from 'node:events';
import type { DatabasePool } from 'slonik';
import { comparePositions, type GlobalPosition } from '../application/ports/event-store';
import { allCheckpoints } from './checkpoints';

/**
 * Read-your-writes: after a command, wait until the projections have reached the command's position so that the answer
 * (and the next list the user opens) already shows the change. Woken by this process's runners; checks the database
 * as well, for runners in other processes.
 */
export class PositionWaiter {
  constructor(
    private readonly db: DatabasePool,
    private readonly progress: EventEmitter,
    private readonly projections: readonly string[],
  ) {}

  async waitFor(position: GlobalPosition | undefined, timeoutMs = 5000): Promise<boolean> {
    if (!position) return true;
    const deadline = Date.now() + timeoutMs;
    while (!(await this.reached(position))) {
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

  private async reached(position: GlobalPosition): Promise<boolean> {
    const checkpoints = await allCheckpoints(this.db);
    return this.projections.every((name) => {
      const checkpoint = checkpoints.get(name);
      return checkpoint !== undefined && comparePositions(checkpoint.position, position) >= 0;
    });
  }
}
