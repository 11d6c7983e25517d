import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';

/**
 * Per shop of the tenant, its orders with a number for every destination whose shipping results were not written
 * (処理実績未報告), cancelled ones left out: what 処理実績出力 would write now. Untracked slip types are not counted
 * here (the list does not know the slip type); the file has them.
 */
export async function unreportedResultCounts(db: DatabasePool, tenantId: string): Promise<Map<string, number>> {
  const rows = await db.any(
    sql.type(z.object({ shopId: z.string(), count: z.number() }))`
      SELECT shop_id AS "shopId", count(*)::int AS count FROM order_search
      WHERE tenant_id = ${tenantId} AND NOT results_reported AND status <> 'cancelled'
        AND destination_count > 0 AND jsonb_array_length(tracking_numbers) >= destination_count
      GROUP BY shop_id`,
  );
  return new Map(rows.map((r) => [r.shopId, r.count]));
}
