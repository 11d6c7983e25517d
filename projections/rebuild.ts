import { type DatabasePool, type DatabaseTransactionConnection, sql } from 'slonik';
import {
  comparePositions,
  type GlobalPosition,
  type LogPage,
  type RecordedEvent,
  START,
} from '../application/ports/event-store';
import { lockCheckpoint, setCheckpoint } from './checkpoints';
import type { AnyProjection } from './projection';
import { ShadowTables } from './shadow-tables';

/** How a runner reads the log for its projection and writes events into whatever tables the transaction names. */
export interface LogFold {
  readPage(after: GlobalPosition): Promise<LogPage>;
  write(tx: DatabaseTransactionConnection, events: readonly RecordedEvent[]): Promise<void>;
}

const later = (a: GlobalPosition, b: GlobalPosition) => (comparePositions(a, b) >= 0 ? a : b);

/**
 * Replays the whole log into copies of the projection's tables while the live ones go on answering, then swaps the
 * copies in and sets the checkpoint in one transaction. That transaction first locks the checkpoint row, so a runner
 * following the projection (a running server) cannot apply a batch meanwhile: what it applied after the copies' last
 * page is replayed into them first, and if the copies are ahead, its next batch finds the checkpoint moved and it
 * reloads it. Either way it goes on from the swapped-in checkpoint, and nothing is applied twice or lost. Returns the
 * events replayed. One rebuild of a projection runs at a time.
 */
export async function rebuildIntoShadow(db: DatabasePool, projection: AnyProjection, fold: LogFold): Promise<number> {
  return db.connect(async (lockConnection) => {
    const key = sql.fragment`hashtext(${`projection-rebuild:${projection.name}`})`;
    if (!(await lockConnection.oneFirst(sql.unsafe`SELECT pg_try_advisory_lock(${key})`)))
      throw new Error(`a rebuild of ${projection.name} is already running`);
    try {
      const shadow = await ShadowTables.create(db, projection);
      try {
        const copied = await replay(db, shadow, fold);
        return await db.transaction(async (tx) => {
          const live = await lockCheckpoint(tx, projection.name);
          await shadow.enter(tx);
          const caughtUp = await replayUpTo(tx, fold, copied.position, live);
          await shadow.swapIn(tx);
          const checkpoint = later(copied.position, live);
          if (comparePositions(checkpoint, live) !== 0) await setCheckpoint(tx, projection.name, checkpoint);
          return copied.replayed + caughtUp;
        });
      } finally {
        await shadow.drop(db);
      }
    } finally {
      await lockConnection.query(sql.unsafe`SELECT pg_advisory_unlock(${key})`);
    }
  });
}

/** The whole log into the copies, a page per transaction, reading the next page while one is written. */
async function replay(
  db: DatabasePool,
  shadow: ShadowTables,
  fold: LogFold,
): Promise<{ position: GlobalPosition; replayed: number }> {
  let position = START;
  let replayed = 0;
  let next = fold.readPage(START);
  for (;;) {
    const page = await next;
    if (!page.isEnd) next = fold.readPage(page.checkpoint);
    if (page.events.length > 0)
      await db.transaction(async (tx) => {
        // Nobody reads the copies until the swap, whose commit waits for the disk and so for these too.
        await tx.query(sql.unsafe`SET LOCAL synchronous_commit = off`);
        await shadow.enter(tx);
        await fold.write(tx, page.events);
      });
    position = later(page.checkpoint, position);
    replayed += page.events.length;
    if (page.isEnd) return { position, replayed };
  }
}

/** Inside the swap: the events after `from` up to `to` (what a running runner applied meanwhile) into the copies. */
async function replayUpTo(
  tx: DatabaseTransactionConnection,
  fold: LogFold,
  from: GlobalPosition,
  to: GlobalPosition,
): Promise<number> {
  let replayed = 0;
  let after = from;
  while (comparePositions(after, to) < 0) {
    const page = await fold.readPage(after);
    const events = page.events.filter((e) => comparePositions(e.position, to) <= 0);
    if (events.length > 0) await fold.write(tx, events);
    replayed += events.length;
    if (page.isEnd || events.length < page.events.length || comparePositions(page.checkpoint, after) <= 0) break;
    after = page.checkpoint;
  }
  return replayed;
}
