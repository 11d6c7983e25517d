import type { DatabaseTransactionConnection } from 'slonik';
import type { DecodedEvent, EventHeader } from '../application/events/event-registry';
import type { LogFilter } from '../application/ports/event-store';

interface ReadModel {
  readonly name: string;
  /** The events it needs; undefined for every event. */
  readonly filter?: LogFilter;
  /** Emptied before a rebuild from zero. */
  readonly tables: readonly string[];
}

/**
 * A read model kept in PostgreSQL. `apply` gets a whole batch of events and runs inside the transaction that also moves
 * the projection's checkpoint, so it should write with multi-row statements, not one round trip per event.
 */
export interface Projection extends ReadModel {
  readonly withoutData?: false;
  apply(tx: DatabaseTransactionConnection, events: readonly DecodedEvent[]): Promise<void>;
}

/**
 * A read model of what every event says besides its data (type, metadata, stream). Its runner reads the log without
 * the events' data (SubscribeOptions.withoutData): a read model of the whole log then costs a fraction of one that
 * parses and checks every order's body.
 */
export interface HeaderProjection extends ReadModel {
  readonly withoutData: true;
  apply(tx: DatabaseTransactionConnection, events: readonly EventHeader[]): Promise<void>;
}

export type AnyProjection = Projection | HeaderProjection;
