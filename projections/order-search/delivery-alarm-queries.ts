import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';
import { hasShipped, type OrderStatus, STATUS_LABELS } from '../../domain/order/status';
import type { OrderFilters } from './order-search-queries';

/**
 * An order whose parcel has not left yet: a wished-for delivery date can still be missed. Held orders count (they are
 * stuck, not done); from 発送メール未送信 on the parcel is on its way, and 処理済み and キャンセル are done.
 */
export const ALARM_STATUSES = (Object.keys(STATUS_LABELS) as OrderStatus[]).filter(
  (s) => s === 'held' || (s !== 'cancelled' && !hasShipped(s)),
);

export interface DeliveryAlarm {
  readonly count: number;
  /** The order list's filter that lists exactly the counted orders. */
  readonly filter: OrderFilters;
}

export interface DeliveryAlarms {
  /** The business date (Asia/Tokyo) the alarms were counted for. */
  readonly today: string;
  readonly dueOrOverdue: DeliveryAlarm;
  readonly tomorrow: DeliveryAlarm;
  readonly dayAfterTomorrow: DeliveryAlarm;
}

const Row = z.object({
  today: z.string(),
  tomorrow: z.string(),
  dayAfter: z.string(),
  due: z.number(),
  next: z.number(),
  after: z.number(),
});

/**
 * お届け希望日アラーム: open orders whose desired delivery date is today or already past, tomorrow, or the day after,
 * with "today" taken in Asia/Tokyo at the instant `at`, whatever the server's own time zone.
 */
export async function deliveryAlarms(db: DatabasePool, tenantId: string, at: Date): Promise<DeliveryAlarms> {
  const row = await db.one(sql.type(Row)`
    WITH day AS (SELECT (${at.toISOString()}::timestamptz AT TIME ZONE 'Asia/Tokyo')::date AS d)
    SELECT to_char(d, 'YYYY-MM-DD') AS today, to_char(d + 1, 'YYYY-MM-DD') AS tomorrow, to_char(d + 2, 'YYYY-MM-DD') AS "dayAfter",
      count(o.id) FILTER (WHERE o.desired_delivery_date <= d)::int AS due,
      count(o.id) FILTER (WHERE o.desired_delivery_date = d + 1)::int AS next,
      count(o.id) FILTER (WHERE o.desired_delivery_date = d + 2)::int AS after
    FROM day LEFT JOIN order_search o
      ON o.tenant_id = ${tenantId} AND o.desired_delivery_date <= d + 2 AND o.status = ANY(${sql.array(ALARM_STATUSES, 'text')})
    GROUP BY d`);
  const status = [...ALARM_STATUSES];
  return {
    today: row.today,
    dueOrOverdue: { count: row.due, filter: { status, deliveryDateTo: row.today } },
    tomorrow: { count: row.next, filter: { status, deliveryDateFrom: row.tomorrow, deliveryDateTo: row.tomorrow } },
    dayAfterTomorrow: {
      count: row.after,
      filter: { status, deliveryDateFrom: row.dayAfter, deliveryDateTo: row.dayAfter },
    },
  };
}
