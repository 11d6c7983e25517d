import { sql } from 'slonik';
import type { Projection } from '../projection';

/**
 * 担当者処理履歴: one row per event with who caused it. Written with one multi-row insert per batch because a rebuild
 * replays the whole log through it.
 */
export const operationHistoryProjection: Projection = {
  name: 'operation-history',
  tables: ['operation_history'],
  async apply(tx, events) {
    const rows = events.map(({ id, position, streamName, revision, event, metadata }) => [
      id,
      position.commit.toString(),
      position.prepare.toString(),
      metadata.tenantId,
      streamName,
      revision.toString(),
      event.type,
      metadata.actor,
      metadata.commandId,
      metadata.correlationId,
      metadata.occurredAt,
    ]);
    await tx.query(sql.unsafe`
      INSERT INTO operation_history (event_id, commit_position, prepare_position, tenant_id, stream_name, stream_revision,
        event_type, actor, command_id, correlation_id, occurred_at)
      SELECT * FROM ${sql.unnest(rows, ['uuid', 'int8', 'int8', 'uuid', 'text', 'int8', 'text', 'text', 'text', 'text', 'timestamptz'])}`);
  },
};
