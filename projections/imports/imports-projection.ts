import { sql } from 'slonik';
import { IMPORT_EVENTS } from '../../domain/import/events';
import { defineProjection } from '../projection';

/** 取込履歴: one row per import with its counts, and the problems it kept. */
export const importsProjection = defineProjection({
  name: 'imports',
  events: IMPORT_EVENTS,
  tables: ['imports', 'import_problems'],
  async apply(tx, events) {
    for (const { event, metadata } of events) {
      const at = metadata.occurredAt;
      const id = event.data.importId;
      switch (event.type) {
        case 'ImportStarted': {
          const { tenantId, shopId, format, files } = event.data;
          await tx.query(sql.unsafe`
            INSERT INTO imports (id, tenant_id, shop_id, format, files, actor, status, started_at)
            VALUES (${id}, ${tenantId}, ${shopId}, ${format}, ${sql.jsonb(files)}, ${metadata.actor}, 'running', ${at})`);
          break;
        }
        case 'ImportCompleted': {
          const { counts, problems, problemCount, unreadableFiles } = event.data;
          await tx.query(sql.unsafe`
            UPDATE imports SET status = 'completed', imported = ${counts.imported}, updated = ${counts.updated}, unchanged = ${counts.unchanged},
              failed = ${counts.failed}, rows = ${counts.rows}, problem_count = ${problemCount}, unreadable_files = ${sql.jsonb(unreadableFiles)}, finished_at = ${at}
            WHERE id = ${id}`);
          if (problems.length > 0) {
            const rows = problems.map((p, seq) => [id, seq, p.file, p.row, p.column, p.ja, p.en]);
            await tx.query(sql.unsafe`
              INSERT INTO import_problems (import_id, seq, file, row, "column", ja, en)
              SELECT * FROM ${sql.unnest(rows, ['uuid', 'int4', 'text', 'int4', 'text', 'text', 'text'])}`);
          }
          break;
        }
        case 'ImportFailed': {
          const { ja, en, counts } = event.data;
          // The orders it brought in before it stopped; an import recorded before they were kept shows 0.
          await tx.query(sql.unsafe`
            UPDATE imports SET status = 'failed', failure = ${sql.jsonb({ ja, en })}, finished_at = ${at},
              imported = ${counts?.imported ?? 0}, updated = ${counts?.updated ?? 0}
            WHERE id = ${id}`);
          break;
        }
      }
    }
  },
});
