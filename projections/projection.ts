import type * as t from 'io-ts';
import type { DatabaseTransactionConnection } from 'slonik';
import type { DecodedEvent, EventHeader } from '../application/events/event-registry';
import type { LogFilter } from '../application/ports/event-store';
import type { DomainEvent } from '../domain/shared/decider';

interface ReadModel {
  readonly name: string;
  /** The events it needs; undefined for every event. */
  readonly filter?: LogFilter;
  /** Its tables, all of them: a rebuild fills copies of these and swaps them in (shadow-tables.ts). */
  readonly tables: readonly string[];
  /**
   * A process manager that acts on the world (mails): run for the first time, it begins at the head of the log, so an
   * upgrade never acts on years of history (every past buyer thanked again). A read model begins at the start.
   */
  readonly beginsAtHead?: boolean;
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

/** The codecs of the events a projection reads, by type, as the domain's `*_EVENTS` objects list them. */
export type EventCodecs = Readonly<Record<string, t.Mixed>>;
export type EventOf<Codecs extends EventCodecs> = t.TypeOf<Codecs[keyof Codecs]> & DomainEvent;

export interface ProjectionDefinition<Codecs extends EventCodecs> extends Omit<ReadModel, 'filter'> {
  /** The events it reads. `apply` sees only these, typed, so a switch on `event.type` narrows without casts. */
  readonly events: Codecs;
  /** What the runner reads from the log; by default the types of `events`. */
  readonly filter?: LogFilter;
  apply(tx: DatabaseTransactionConnection, events: readonly DecodedEvent<EventOf<Codecs>>[]): Promise<void>;
}

/**
 * A projection whose `apply` is typed by the events it names. The log filter already keeps other events away; the
 * check here makes the type honest whatever the filter lets through (a stream prefix lets in every type written to
 * those streams), at the cost of one set lookup per event.
 */
export function defineProjection<Codecs extends EventCodecs>(definition: ProjectionDefinition<Codecs>): Projection {
  const types = new Set(Object.keys(definition.events));
  const reads = (decoded: DecodedEvent): decoded is DecodedEvent<EventOf<Codecs>> => types.has(decoded.event.type);
  return {
    name: definition.name,
    tables: definition.tables,
    ...(definition.beginsAtHead && { beginsAtHead: true }),
    filter: definition.filter ?? { eventTypes: [...types] },
    apply: (tx, events) => definition.apply(tx, events.every(reads) ? events : events.filter(reads)),
  };
}
