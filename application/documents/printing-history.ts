import type { DecodedEvent } from '../events/event-registry';
import type { OrderDocumentsPrinted } from '../../domain/order/events';

export interface PrintingHistoryEntry {
  readonly kinds: OrderDocumentsPrinted['data']['kinds'];
  readonly at: string;
  readonly actor: string;
  readonly actorName: string | null;
  /** 1 for a first receipt, 2 and on for a 再発行; null when no receipt was printed. */
  readonly receiptIssue: number | null;
  readonly addressee: string | null;
  readonly proviso: string | null;
}

/** The order's printings, oldest first, from its events: what, when, by whom, and each receipt's issue. */
export const printingHistory = (
  events: readonly DecodedEvent[],
  names: ReadonlyMap<string, string>,
): PrintingHistoryEntry[] =>
  events
    .filter((e): e is DecodedEvent<OrderDocumentsPrinted> => e.event.type === 'OrderDocumentsPrinted')
    .map(({ event: { data }, metadata }) => ({
      kinds: data.kinds,
      at: metadata.occurredAt,
      actor: metadata.actor,
      actorName: names.get(metadata.actor) ?? null,
      receiptIssue: data.receiptIssue,
      addressee: data.addressee ?? null,
      proviso: data.proviso ?? null,
    }));
