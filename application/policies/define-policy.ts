import { AsyncResource } from 'node:async_hooks';
import type { DecodedEvent } from '../events/event-registry';
import { defineProjection, type EventCodecs, type EventOf, type Projection } from '../../projections/projection';

export interface PolicyDefinition<Codecs extends EventCodecs> {
  readonly name: string;
  /** The events it answers. */
  readonly events: Codecs;
  /** Answers one event: reads and commands of its own, one event after the other, in the log's order. */
  answer(event: DecodedEvent<EventOf<Codecs>>): Promise<void>;
}

/**
 * A process manager: it follows the log from its own checkpoint like a read model and answers each event with
 * commands. It owns no tables, so what it does must be idempotent by the streams it writes to (a batch is applied
 * again after a crash). It begins at the head of the log: installed on a shop with years of orders, it must not act
 * on the past.
 */
export function definePolicy<Codecs extends EventCodecs>(definition: PolicyDefinition<Codecs>): Projection {
  // The runner applies a batch inside the transaction that moves the checkpoint; the commands and reads here belong to
  // no transaction (slonik refuses pool queries inside one), so they run in the context this policy was made in.
  const outsideTheBatch = new AsyncResource(definition.name);
  return defineProjection({
    name: definition.name,
    events: definition.events,
    tables: [],
    beginsAtHead: true,
    async apply(_tx, events) {
      for (const event of events) await outsideTheBatch.runInAsyncScope(() => definition.answer(event));
    },
  });
}
