import { sql } from 'slonik';
import type { EventHeader } from '../../application/events/event-registry';
import type { HeaderProjection } from '../projection';

/** The read model as a pure function of events: one row per event, in the columns' order. */
export const operationHistoryRows = (events: readonly EventHeader[]) =>
  events.map(({ position, metadata, type, streamName }) => [
    position.commit.toString(),
    position.prepare.toString(),
    metadata.tenantId,
    metadata.occurredAt,
    metadata.actor,
    type,
    streamName,
    metadata.ruleId ?? null,
    metadata.ruleName ?? null,
  ]);

/**
 * 担当者処理履歴: one row per event with who caused it, and the automation rule when one made the change, read without
 * the events' data. Written with one multi-row insert per batch because a rebuild replays the whole log through it.
 */
export const operationHistoryProjection: HeaderProjection = {
  name: 'operation-history',
  withoutData: true,
  tables: ['operation_history'],
  async apply(tx, events) {
    const rows = operationHistoryRows(events);
    await tx.query(sql.unsafe`
      INSERT INTO operation_history (commit_position, prepare_position, tenant_id, occurred_at, actor, event_type, stream_name,
                                     rule_id, rule_name)
      SELECT * FROM ${sql.unnest(rows, ['int8', 'int8', 'uuid', 'timestamptz', 'text', 'text', 'text', 'text', 'text'])}`);
  },
};
