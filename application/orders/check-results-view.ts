import { describeFinding } from '../../domain/checks/describe-finding';
import type { OrderCheckResultsAccepted, OrderCheckTripped } from '../../domain/order/events';
import type { CheckResult } from '../../domain/order/state';
import type { DecodedEvent } from '../events/event-registry';

export interface CheckResultView extends CheckResult {
  /** The finding in the words staff read (describeFinding, Japanese). */
  readonly sentence: string;
  /** The hold box it put the order in, when it held it. */
  readonly box: number | null;
  /** Who accepted it and when, when someone did. */
  readonly acceptedBy: { readonly actor: string; readonly actorName: string | null; readonly at: string } | null;
}

/**
 * The order's check results for the order page (チェック結果): each with its sentence, the box of the trip that stands
 * and who accepted it, from the order's events.
 */
export function checkResultsView(
  checks: readonly CheckResult[],
  events: readonly DecodedEvent[],
  names: ReadonlyMap<string, string>,
): CheckResultView[] {
  const lastTrip = new Map<string, OrderCheckTripped['data']>();
  const lastAccept = new Map<string, DecodedEvent<OrderCheckResultsAccepted>>();
  for (const e of events) {
    if (e.event.type === 'OrderCheckTripped') {
      const trip = e.event as OrderCheckTripped;
      lastTrip.set(trip.data.finding.check, trip.data);
      lastAccept.delete(trip.data.finding.check);
    }
    if (e.event.type === 'OrderCheckResultsAccepted')
      for (const check of (e.event as OrderCheckResultsAccepted).data.checks)
        lastAccept.set(check, e as DecodedEvent<OrderCheckResultsAccepted>);
  }
  return checks.map((result) => {
    const accepted = result.accepted ? lastAccept.get(result.finding.check) : undefined;
    return {
      ...result,
      sentence: describeFinding(result.finding).ja,
      box: lastTrip.get(result.finding.check)?.box ?? null,
      acceptedBy: accepted
        ? {
            actor: accepted.metadata.actor,
            actorName: names.get(accepted.metadata.actor) ?? null,
            at: accepted.metadata.occurredAt,
          }
        : null,
    };
  });
}

/** The staff users whose names the check results show. */
export const checkAcceptors = (events: readonly DecodedEvent[]): string[] => [
  ...new Set(events.filter((e) => e.event.type === 'OrderCheckResultsAccepted').map((e) => e.metadata.actor)),
];
