import { randomUUID } from 'node:crypto';
import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import * as t from 'io-ts';
import { PathReporter } from 'io-ts/PathReporter';
import type { DomainEvent } from '../../domain/shared/decider';
import type { NewEvent, RecordedEvent } from '../ports/event-store';
import { EventMetadata } from './event-metadata';

/** Turns an event as an older version of the product stored it into today's shape, before the codec checks it. */
export type Upcaster = (data: Record<string, unknown>) => Record<string, unknown>;

export interface EventDefinition<Event extends DomainEvent> {
  readonly codec: t.Type<Event, unknown, unknown>;
  readonly upcast?: Upcaster;
}

/** What every event says besides its data: enough for the operation history. */
export interface EventHeader {
  readonly type: string;
  readonly metadata: EventMetadata;
  readonly streamName: string;
  readonly revision: bigint;
  readonly position: RecordedEvent['position'];
  readonly id: string;
}

export interface DecodedEvent<Event extends DomainEvent = DomainEvent> {
  readonly event: Event;
  readonly metadata: EventMetadata;
  readonly streamName: string;
  readonly revision: bigint;
  readonly position: RecordedEvent['position'];
  readonly id: string;
}

export class EventCodecError extends Error {
  override readonly name = 'EventCodecError';
}

/**
 * Every event type the product writes, each with its io-ts codec. Events are checked on the way into the store and
 * on the way out; an older stored shape is upcast on read and never rewritten in the store.
 */
export class EventRegistry {
  private readonly definitions = new Map<string, EventDefinition<DomainEvent>>();
  /**
   * What this registry checked, by the very object: the object appended, which a store hands back to this process's
   * readers (the PostgreSQL adapter's RecentEvents), and the object read, which a bulk command decides on again after
   * its caller read it. Stored events never change, so an object checked once is checked.
   */
  private readonly checked = new WeakMap<object, DomainEvent | EventMetadata>();

  register<Event extends DomainEvent>(type: Event['type'], definition: EventDefinition<Event>): this {
    if (this.definitions.has(type)) throw new Error(`event type ${type} registered twice`);
    this.definitions.set(type, definition as unknown as EventDefinition<DomainEvent>);
    return this;
  }

  knows(type: string): boolean {
    return this.definitions.has(type);
  }

  get types(): string[] {
    return [...this.definitions.keys()];
  }

  toNewEvent(event: DomainEvent, metadata: EventMetadata): NewEvent {
    const definition = this.definition(event.type);
    const decoded = pipe(
      definition.codec.decode(event),
      E.getOrElseW((errors) => this.fail(event.type, errors)),
    );
    const encoded = definition.codec.encode(decoded) as DomainEvent;
    const checkedMetadata = pipe(
      EventMetadata.decode(metadata),
      E.getOrElseW((errors) => this.fail(`${event.type} metadata`, errors)),
    );
    this.checked.set(encoded.data as object, decoded);
    this.checked.set(checkedMetadata, checkedMetadata);
    return {
      id: randomUUID(),
      type: event.type,
      data: encoded.data as Record<string, unknown>,
      metadata: checkedMetadata,
    };
  }

  decode(recorded: RecordedEvent): DecodedEvent {
    return {
      event: this.eventOf(recorded),
      metadata: this.metadataOf(recorded),
      streamName: recorded.streamName,
      revision: recorded.revision,
      position: recorded.position,
      id: recorded.id,
    };
  }

  private eventOf(recorded: RecordedEvent): DomainEvent {
    const known = this.checked.get(recorded.data) as DomainEvent | undefined;
    if (known?.type === recorded.type) return known;
    const definition = this.definition(recorded.type);
    const data = definition.upcast ? definition.upcast(recorded.data as Record<string, unknown>) : recorded.data;
    const decoded = pipe(
      definition.codec.decode({ type: recorded.type, data }),
      E.getOrElseW((errors) => this.fail(recorded.type, errors)),
    );
    this.checked.set(recorded.data, decoded);
    return decoded;
  }

  /** An event read without its data (SubscribeOptions.withoutData): its type must still be one the product knows. */
  decodeHeader(recorded: RecordedEvent): EventHeader {
    this.definition(recorded.type);
    return {
      type: recorded.type,
      metadata: this.metadataOf(recorded),
      streamName: recorded.streamName,
      revision: recorded.revision,
      position: recorded.position,
      id: recorded.id,
    };
  }

  private metadataOf(recorded: RecordedEvent): EventMetadata {
    const known = this.checked.get(recorded.metadata) as EventMetadata | undefined;
    if (known) return known;
    const decoded = pipe(
      EventMetadata.decode(recorded.metadata),
      E.getOrElseW((errors) => this.fail(`${recorded.type} metadata`, errors)),
    );
    this.checked.set(recorded.metadata, decoded);
    return decoded;
  }

  private definition(type: string): EventDefinition<DomainEvent> {
    const definition = this.definitions.get(type);
    if (!definition) throw new EventCodecError(`unknown event type ${type}`);
    return definition;
  }

  private fail(what: string, errors: t.Errors): never {
    throw new EventCodecError(`${what} does not match its codec: ${PathReporter.report(E.left(errors)).join('; ')}`);
  }
}
