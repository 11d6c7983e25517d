import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';

const Row = z.object({
  id: z.string(),
  occurredAt: z.number(),
  actor: z.string(),
  actorName: z.string().nullable(),
  eventType: z.string(),
  streamName: z.string(),
  ruleId: z.string().nullable(),
  ruleName: z.string().nullable(),
});
/** `rule` is the automation rule that made the change, as the order's timeline names it; null for what staff did. */
export type OperationHistoryRow = Omit<z.infer<typeof Row>, 'occurredAt' | 'ruleId' | 'ruleName'> & {
  occurredAt: string;
  rule: { id: string; name: string } | null;
};

export interface OperationHistoryFilter {
  readonly actor?: string;
  readonly eventType?: string;
  readonly from?: string;
  readonly to?: string;
}

/** 担当者処理履歴 of one tenant, newest first, with the staff member's name where the actor is one. */
export async function listOperationHistory(
  db: DatabasePool,
  tenantId: string,
  filter: OperationHistoryFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: readonly OperationHistoryRow[]; total: number }> {
  const conditions = [sql.fragment`h.tenant_id = ${tenantId}`];
  if (filter.actor) conditions.push(sql.fragment`h.actor = ${filter.actor}`);
  if (filter.eventType) conditions.push(sql.fragment`h.event_type = ${filter.eventType}`);
  if (filter.from) conditions.push(sql.fragment`h.occurred_at >= ${filter.from}::timestamptz`);
  if (filter.to) conditions.push(sql.fragment`h.occurred_at <= ${filter.to}::timestamptz`);
  const where = sql.join(conditions, sql.fragment` AND `);
  const [rows, total] = await Promise.all([
    db.any(sql.type(Row)`
      SELECT h.commit_position || '/' || h.prepare_position AS id, h.occurred_at AS "occurredAt", h.actor,
             u.display_name AS "actorName", h.event_type AS "eventType", h.stream_name AS "streamName",
             h.rule_id AS "ruleId", h.rule_name AS "ruleName"
      FROM operation_history h
      -- Not by tenant: an agency user acting here (ID切り替え) belongs to another tenant and is still named.
      LEFT JOIN staff_users u ON u.id::text = h.actor
      WHERE ${where}
      ORDER BY h.occurred_at DESC, h.commit_position DESC, h.prepare_position DESC
      LIMIT ${page.limit} OFFSET ${page.offset}`),
    db.oneFirst(
      sql.type(z.object({ count: z.number() }))`SELECT count(*)::int AS count FROM operation_history h WHERE ${where}`,
    ),
  ]);
  return {
    rows: rows.map(({ ruleId, ruleName, ...r }) => ({
      ...r,
      occurredAt: new Date(r.occurredAt).toISOString(),
      rule: ruleId === null ? null : { id: ruleId, name: ruleName ?? '' },
    })),
    total,
  };
}
