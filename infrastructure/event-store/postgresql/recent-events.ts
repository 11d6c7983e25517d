import type { JsonObject, NewEvent } from '../../../application/ports/event-store';

interface Body {
  readonly data: JsonObject;
  readonly metadata: JsonObject;
  readonly transaction: bigint;
}

/** Freezes what every reader of an event shares, so that a reader that changed it would fail loudly instead. */
const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
};

/**
 * The bodies (data and metadata) of the events this process appended last, so that its own projections, which read
 * them back within moments, need not fetch and parse them again: during an import that is most of what the log
 * reader would transfer. A log page asks PostgreSQL to leave out the bodies of the transactions whose events are all
 * still here (`completeTransactions`), and takes them from here.
 */
export class RecentEvents {
  private readonly bodies = new Map<string, Body>();
  /** Per transaction, how many of its events are still held; a transaction is complete while none was dropped. */
  private readonly held = new Map<bigint, { count: number; complete: boolean }>();

  constructor(private readonly capacity = 8192) {}

  remember(transaction: bigint, events: readonly NewEvent[]): void {
    const entry = this.held.get(transaction) ?? { count: 0, complete: true };
    this.held.set(transaction, entry);
    for (const event of events) {
      this.bodies.set(event.id, { data: deepFreeze(event.data), metadata: deepFreeze(event.metadata), transaction });
      entry.count++;
    }
    // Maps iterate in insertion order: the oldest bodies go first.
    for (const [id, body] of this.bodies) {
      if (this.bodies.size <= this.capacity) break;
      this.bodies.delete(id);
      const owner = this.held.get(body.transaction)!;
      owner.complete = false;
      if (--owner.count === 0) this.held.delete(body.transaction);
    }
  }

  /** Transactions all of whose events' bodies are held. */
  completeTransactions(): bigint[] {
    return [...this.held].filter(([, entry]) => entry.complete).map(([transaction]) => transaction);
  }

  take(id: string): { data: JsonObject; metadata: JsonObject } | undefined {
    return this.bodies.get(id);
  }
}
