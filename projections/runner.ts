import { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import { type DatabasePool, type DatabaseTransactionConnection, sql } from 'slonik';
import type { EventRegistry } from '../application/events/event-registry';
import {
  comparePositions,
  type EventStore,
  type GlobalPosition,
  type LogPage,
  type RecordedEvent,
  type Subscription,
} from '../application/ports/event-store';
import { beginAt, CheckpointMovedError, loadCheckpoint, moveCheckpoint } from './checkpoints';
import type { AnyProjection } from './projection';
import { rebuildIntoShadow } from './rebuild';

export interface RunnerDependencies {
  readonly store: EventStore;
  readonly db: DatabasePool;
  readonly registry: EventRegistry;
  readonly logger: Logger;
  /** Told of every checkpoint this process commits (read-your-writes waits on it). */
  readonly progress: EventEmitter;
}

export interface RunnerOptions {
  readonly batchSize: number;
  /** How often a standby runner tries to become the active one. */
  readonly standbyRetryMs: number;
}

/** The longest pause between retries of a runner that keeps failing. */
const MAX_RETRY_PAUSE_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keeps one projection up to date: reads the global log from its checkpoint in batches and applies each batch and the
 * new checkpoint in one PostgreSQL transaction. Only the process holding the projection's advisory lock runs it; the
 * others stand by.
 */
export class ProjectionRunner {
  private stopped = true;
  private subscription: Subscription | undefined;
  private running: Promise<void> | undefined;
  private active = false;
  /** Cuts short the pause before a retry when the runner is stopped. */
  private wake: (() => void) | undefined;

  constructor(
    readonly projection: AnyProjection,
    private readonly deps: RunnerDependencies,
    private readonly options: RunnerOptions = { batchSize: 1000, standbyRetryMs: 2000 },
  ) {}

  /** True while this process holds the projection's lock and follows the log. */
  get isActive(): boolean {
    return this.active;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.running = this.keepFollowing();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.subscription?.close();
    await this.running;
  }

  /**
   * Follows the log until stopped. A failure (the database restarting, a batch the read model refuses) is logged and
   * the runner starts again from its stored checkpoint after a pause that doubles up to half a minute: a moment's
   * trouble must not leave a read model behind until the next restart. A batch that keeps failing is logged each time,
   * and its lag shows at /api/health.
   */
  private async keepFollowing(): Promise<void> {
    let pause = this.options.standbyRetryMs;
    while (!this.stopped) {
      try {
        await this.followWhileHoldingTheLock();
      } catch (error) {
        if (this.stopped) return;
        this.deps.logger.error(
          { err: error, projection: this.projection.name, retryInMs: pause },
          'projection runner failed; starting again',
        );
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, pause);
          this.wake = () => (clearTimeout(timer), resolve());
        });
        pause = Math.min(pause * 2, MAX_RETRY_PAUSE_MS);
      }
    }
  }

  private followWhileHoldingTheLock(): Promise<void> {
    return this.deps.db.connect(async (lockConnection) => {
      while (
        !this.stopped &&
        !(await lockConnection.oneFirst(sql.unsafe`SELECT pg_try_advisory_lock(${this.lockKey()})`))
      ) {
        await sleep(this.options.standbyRetryMs);
      }
      if (this.stopped) return;
      this.active = true;
      try {
        await this.follow();
      } finally {
        this.active = false;
        await lockConnection.query(sql.unsafe`SELECT pg_advisory_unlock(${this.lockKey()})`);
      }
    });
  }

  /** Applies everything up to the head of the log, then returns the number of events applied. */
  async catchUp(): Promise<number> {
    let checkpoint = await loadCheckpoint(this.deps.db, this.projection.name);
    let applied = 0;
    // Read the next page while the current one is written: reading and writing each take about half the time.
    let next = this.readPage(checkpoint);
    for (;;) {
      const page = await next;
      if (!page.isEnd) next = this.readPage(page.checkpoint);
      checkpoint = await this.applyPage(checkpoint, page);
      applied += page.events.length;
      if (page.isEnd) return applied;
    }
  }

  /**
   * Replays the whole log into copies of the read model's tables and swaps them in (rebuild.ts): the live tables answer
   * until then, and a runner following this projection elsewhere goes on from the swapped-in checkpoint. Then brings
   * the read model up to the head, here or by waiting for that runner. Returns the events replayed.
   */
  async rebuild(): Promise<number> {
    const replayed = await rebuildIntoShadow(this.deps.db, this.projection, {
      readPage: (after) => this.readPage(after),
      write: (tx, events) => this.prepare(events)?.(tx) ?? Promise.resolve(),
    });
    await this.bringUpToDate();
    return replayed;
  }

  /**
   * Brings the read model up to the head of the log: here if no runner is following it, otherwise by waiting for the
   * one that is. Returns the events applied here, or -1 when a runner did the work. A runner started in this process
   * is waited for even before it holds the lock: taking the lock here would put it on standby for a while.
   */
  async bringUpToDate(): Promise<number> {
    return this.deps.db.connect(async (lockConnection) => {
      if (this.stopped && (await lockConnection.oneFirst(sql.unsafe`SELECT pg_try_advisory_lock(${this.lockKey()})`))) {
        try {
          return await this.catchUp();
        } finally {
          await lockConnection.query(sql.unsafe`SELECT pg_advisory_unlock(${this.lockKey()})`);
        }
      }
      // Done when nothing this projection reads is left before the head as it was now. Comparing checkpoint and head
      // would not do: a filtered EventStoreDB subscription moves its checkpoint past unrelated events only now and then.
      const head = await this.deps.store.headPosition();
      while (await this.hasWorkBefore(head)) await sleep(200);
      return -1;
    });
  }

  private async hasWorkBefore(head: GlobalPosition): Promise<boolean> {
    const after = await loadCheckpoint(this.deps.db, this.projection.name);
    const [next] = (
      await this.deps.store.readAll({ after, maxCount: 1, filter: this.projection.filter, withoutData: true })
    ).events;
    return next !== undefined && comparePositions(next.position, head) <= 0;
  }

  private lockKey() {
    return sql.unsafe`hashtext(${`projection:${this.projection.name}`})`;
  }

  /**
   * Where a projection that begins at the head (a policy) begins, if it never ran: awaited before `start` by whoever
   * starts it, so that what is written after the start is acted on. Harmless once it has a checkpoint.
   */
  async begin(): Promise<void> {
    if (this.projection.beginsAtHead)
      await beginAt(this.deps.db, this.projection.name, await this.deps.store.headPosition());
  }

  private async follow(): Promise<void> {
    await this.begin();
    while (!this.stopped) {
      let checkpoint = await loadCheckpoint(this.deps.db, this.projection.name);
      this.subscription = this.deps.store.subscribeToAll({
        after: checkpoint,
        filter: this.projection.filter,
        maxBatchSize: this.options.batchSize,
        withoutData: this.projection.withoutData,
      });
      // stop() may have run while the checkpoint was loading, before there was a subscription for it to close.
      if (this.stopped) {
        await this.subscription.close();
        return;
      }
      try {
        for await (const page of this.subscription) {
          checkpoint = await this.applyPage(checkpoint, page);
          if (this.stopped) break;
        }
      } catch (error) {
        if (!(error instanceof CheckpointMovedError)) throw error;
        this.deps.logger.info({ projection: this.projection.name }, 'checkpoint moved elsewhere (rebuild?); reloading');
      } finally {
        await this.subscription.close();
      }
    }
  }

  private readPage(after: GlobalPosition): Promise<LogPage> {
    return this.deps.store.readAll({
      after,
      maxCount: this.options.batchSize,
      filter: this.projection.filter,
      withoutData: this.projection.withoutData,
    });
  }

  private async applyPage(from: GlobalPosition, page: LogPage): Promise<GlobalPosition> {
    if (comparePositions(page.checkpoint, from) <= 0) return from;
    const write = this.prepare(page.events);
    await this.deps.db.transaction(async (tx) => {
      // A read model can always be replayed from the log, and its checkpoint commits (or is lost) with it, so it need
      // not wait for the disk: after a crash the runner simply re-applies from the last checkpoint that survived.
      await tx.query(sql.unsafe`SET LOCAL synchronous_commit = off`);
      await moveCheckpoint(tx, this.projection.name, from, page.checkpoint);
      await write?.(tx);
    });
    this.deps.progress.emit('checkpoint', this.projection.name, page.checkpoint);
    return page.checkpoint;
  }

  /** Decodes a page for the projection (the event types this process knows) and answers how to write it, if at all. */
  private prepare(
    events: readonly RecordedEvent[],
  ): ((tx: DatabaseTransactionConnection) => Promise<void>) | undefined {
    const known = events.filter((e) => this.deps.registry.knows(e.type));
    if (known.length === 0) return undefined;
    const { projection } = this;
    const { registry } = this.deps;
    if (projection.withoutData) {
      const headers = known.map((e) => registry.decodeHeader(e));
      return (tx) => projection.apply(tx, headers);
    }
    const decoded = known.map((e) => registry.decode(e));
    return (tx) => projection.apply(tx, decoded);
  }
}
