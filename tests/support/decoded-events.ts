import type { DecodedEvent } from '../../application/events/event-registry';
import type { DomainEvent } from '../../domain/shared/decider';

/** What a projection's runner hands over: an event with the metadata and stream revision the store recorded. */
export function recordedFor(tenantId: string) {
  let commit = 0n;
  return <Event extends DomainEvent>(
    event: Event,
    at: { revision: bigint; occurredAt?: string; streamName?: string },
  ): DecodedEvent<Event> => {
    commit += 1n;
    return {
      event,
      metadata: {
        tenantId,
        actor: 'staff-1',
        correlationId: `c-${commit}`,
        causationId: `c-${commit}`,
        commandId: `c-${commit}`,
        occurredAt: at.occurredAt ?? `2026-12-01T09:00:${String(commit).padStart(2, '0')}.000Z`,
      },
      streamName: at.streamName ?? 'order-o-1',
      revision: at.revision,
      position: { commit, prepare: commit },
      id: `event-${commit}`,
    };
  };
}
