import { sql } from 'slonik';
import type { DecodedEvent } from '../../application/events/event-registry';
import {
  ENQUIRY_EVENTS,
  type EnquiryAnswered,
  type EnquiryReceived,
  type EnquiryState,
  type EnquiryStateChanged,
} from '../../domain/order/enquiry-events';
import { defineProjection } from '../projection';

type EnquiryEvent = EnquiryReceived | EnquiryAnswered | EnquiryStateChanged;

/** What a batch did to one thread: messages added (and the last one), and the state it ended in if it changed. */
export interface EnquiryDelta {
  readonly tenantId: string;
  readonly enquiryId: string;
  readonly orderId: string;
  readonly firstAt: string;
  readonly added: number;
  readonly lastAt: string | null;
  readonly lastFrom: 'buyer' | 'shop' | null;
  readonly state: EnquiryState | null;
}

/** The batch folded per thread, without a database, so that it is written in two multi-row statements. */
export function enquiryDeltas(events: readonly DecodedEvent<EnquiryEvent>[]): EnquiryDelta[] {
  const deltas = new Map<string, EnquiryDelta>();
  for (const { event, metadata } of events) {
    const { enquiryId, orderId } = event.data;
    const key = `${metadata.tenantId}/${enquiryId}`;
    const delta = deltas.get(key) ?? {
      tenantId: metadata.tenantId,
      enquiryId,
      orderId,
      firstAt: metadata.occurredAt,
      added: 0,
      lastAt: null,
      lastFrom: null,
      state: null,
    };
    deltas.set(
      key,
      event.type === 'EnquiryStateChanged'
        ? { ...delta, state: event.data.to }
        : {
            ...delta,
            added: delta.added + 1,
            lastAt: metadata.occurredAt,
            lastFrom: event.type === 'EnquiryReceived' ? 'buyer' : 'shop',
          },
    );
  }
  return [...deltas.values()];
}

/**
 * The enquiry inbox (問い合わせ): one row per thread with its state, its last message's time and side, and its number
 * of messages. A thread starts 未対応 with its first message; the texts stay in enquiry_messages.
 */
export const enquiriesProjection = defineProjection({
  name: 'enquiries',
  events: ENQUIRY_EVENTS,
  tables: ['enquiries'],
  async apply(tx, events) {
    const deltas = enquiryDeltas(events);
    const messages = deltas.filter((d) => d.added > 0);
    if (messages.length > 0)
      await tx.query(sql.unsafe`
        INSERT INTO enquiries (tenant_id, enquiry_id, order_id, state, started_at, last_message_at, last_from,
          message_count)
        SELECT tenant_id, enquiry_id, order_id, 'open', first_at, last_at, last_from, added
        FROM ${sql.unnest(
          messages.map((d) => [d.tenantId, d.enquiryId, d.orderId, d.firstAt, d.lastAt, d.lastFrom, d.added]),
          ['uuid', 'text', 'text', 'timestamptz', 'timestamptz', 'text', 'int4'],
        )} AS u(tenant_id, enquiry_id, order_id, first_at, last_at, last_from, added)
        ON CONFLICT (tenant_id, enquiry_id) DO UPDATE SET
          last_message_at = EXCLUDED.last_message_at, last_from = EXCLUDED.last_from,
          message_count = enquiries.message_count + EXCLUDED.message_count`);
    const states = deltas.filter((d) => d.state !== null);
    if (states.length > 0)
      await tx.query(sql.unsafe`
        UPDATE enquiries e SET state = u.state
        FROM ${sql.unnest(
          states.map((d) => [d.tenantId, d.enquiryId, d.state]),
          ['uuid', 'text', 'text'],
        )} AS u(tenant_id, enquiry_id, state)
        WHERE e.tenant_id = u.tenant_id AND e.enquiry_id = u.enquiry_id`);
  },
});
