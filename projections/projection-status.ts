import type { DatabasePool } from 'slonik';
import { type EventStore, type GlobalPosition, positionToString } from '../application/ports/event-store';
import { allCheckpoints } from './checkpoints';
import type { AnyProjection } from './projection';

export interface ProjectionStatus {
  readonly name: string;
  readonly checkpoint: string;
  /** Events the projection still has to apply, counted up to `LAG_COUNT_LIMIT`. */
  readonly lag: number;
  readonly lagIsAtLeast: boolean;
  readonly updatedAt: string | null;
}

const LAG_COUNT_LIMIT = 10_000;

/** Counts by reading the log after the checkpoint (the same way on both stores), stopping at the limit. */
async function countBehind(
  store: EventStore,
  projection: AnyProjection,
  after: GlobalPosition,
): Promise<{ lag: number; capped: boolean }> {
  let lag = 0;
  let from = after;
  for (;;) {
    const page = await store.readAll({ after: from, maxCount: 1000, filter: projection.filter, withoutData: true });
    lag += page.events.length;
    if (page.isEnd) return { lag, capped: false };
    if (lag >= LAG_COUNT_LIMIT) return { lag, capped: true };
    from = page.checkpoint;
  }
}

export async function projectionStatuses(
  db: DatabasePool,
  store: EventStore,
  projections: readonly AnyProjection[],
): Promise<ProjectionStatus[]> {
  const checkpoints = await allCheckpoints(db);
  return Promise.all(
    projections.map(async (projection) => {
      const checkpoint = checkpoints.get(projection.name);
      const position = checkpoint?.position ?? { commit: 0n, prepare: 0n };
      const { lag, capped } = await countBehind(store, projection, position);
      return {
        name: projection.name,
        checkpoint: positionToString(position),
        lag,
        lagIsAtLeast: capped,
        updatedAt: checkpoint?.updatedAt.toISOString() ?? null,
      };
    }),
  );
}
