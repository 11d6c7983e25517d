import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';

/** One order as 同梱候補 lists it. */
const CandidateRow = z.object({
  id: z.string(),
  shopId: z.string(),
  mall: z.string(),
  orderNumber: z.string(),
  status: z.string(),
  orderedAt: z.number(),
  ordererName: z.string(),
  paymentMethod: z.string(),
  billed: z.number(),
  bundleKey: z.string(),
});
export interface BundleCandidate {
  readonly id: string;
  readonly shopId: string;
  readonly mall: string;
  readonly orderNumber: string;
  readonly status: string;
  readonly orderedAt: string;
  readonly ordererName: string;
  readonly paymentMethod: string;
  readonly billed: number;
}

/** Orders of one recipient at one place that could ship as one parcel; `id` is the first order's, for the list. */
export interface BundleCandidateGroup {
  readonly id: string;
  readonly mall: string | null;
  readonly orders: readonly BundleCandidate[];
}

// Not shipped: before 伝票番号未設定 is passed (a held order by where it was held from), no number yet, not cancelled,
// not in a bundle. The same rule as the decider's (domain/order/bundle.ts), so a listed group can be merged.
const UNSHIPPED = ['new', 'awaiting_payment', 'awaiting_shipment', 'awaiting_documents', 'awaiting_tracking_number'];
const candidate = sql.fragment`
  bundle_key IS NOT NULL AND bundle_id IS NULL AND tracking_numbers = '[]'::jsonb
  AND (status = ANY(${sql.array(UNSHIPPED, 'text')})
    OR (status = 'held' AND held_from = ANY(${sql.array(UNSHIPPED, 'text')})))`;

const COLUMNS = sql.fragment`
  id, shop_id AS "shopId", mall, order_number AS "orderNumber", status, ordered_at AS "orderedAt",
  orderer_name AS "ordererName", payment_method AS "paymentMethod", billed, bundle_key AS "bundleKey"`;

const view = ({ bundleKey: _key, orderedAt, ...row }: z.infer<typeof CandidateRow>): BundleCandidate => ({
  ...row,
  orderedAt: new Date(orderedAt).toISOString(),
});

/**
 * 同梱候補: the tenant's groups of two or more unbundled, unshipped orders with one bundle key, within one mall (its
 * shops together) unless the tenant bundles across malls. Oldest order first in each group, groups by their oldest.
 */
export async function listBundleCandidateGroups(
  db: DatabasePool,
  tenantId: string,
  acrossMalls: boolean,
): Promise<BundleCandidateGroup[]> {
  const rows = await db.any(sql.type(CandidateRow)`
    WITH c AS (SELECT ${COLUMNS} FROM order_search WHERE tenant_id = ${tenantId} AND ${candidate})
    SELECT c.* FROM c
    WHERE (SELECT count(*) FROM c AS o
           WHERE o."bundleKey" = c."bundleKey" AND (${acrossMalls} OR o.mall = c.mall)) >= 2
    ORDER BY c."orderedAt", c.id`);
  const groups = new Map<string, BundleCandidate[]>();
  for (const row of rows) {
    const group = acrossMalls ? row.bundleKey : `${row.mall}\u0000${row.bundleKey}`;
    groups.set(group, [...(groups.get(group) ?? []), view(row)]);
  }
  return [...groups.values()].map((orders) => ({
    id: orders[0]!.id,
    mall: acrossMalls ? null : orders[0]!.mall,
    orders,
  }));
}

/** The order's own 同梱候補 (itself left out), by the same rule; none for an order that is bundled or shipped. */
export async function bundleCandidatesOf(
  db: DatabasePool,
  tenantId: string,
  orderId: string,
  acrossMalls: boolean,
): Promise<BundleCandidate[]> {
  const rows = await db.any(sql.type(CandidateRow)`
    WITH me AS (SELECT bundle_key AS my_key, mall AS my_mall FROM order_search WHERE tenant_id = ${tenantId} AND id = ${orderId} AND ${candidate})
    SELECT ${COLUMNS} FROM order_search, me
    WHERE tenant_id = ${tenantId} AND id <> ${orderId} AND ${candidate}
      AND bundle_key = me.my_key AND (${acrossMalls} OR mall = me.my_mall)
    ORDER BY ordered_at, id`);
  return rows.map(view);
}

/** The orders of a bundle as the order page lists them (numbers and statuses), the tenant's only. */
export async function bundleMembers(
  db: DatabasePool,
  tenantId: string,
  orderIds: readonly string[],
): Promise<BundleCandidate[]> {
  const rows = await db.any(sql.type(CandidateRow.extend({ bundleKey: z.string().nullable() }))`
    SELECT ${COLUMNS} FROM order_search
    WHERE tenant_id = ${tenantId} AND id = ANY(${sql.array(orderIds, 'text')})
    ORDER BY ordered_at, id`);
  return rows.map(({ bundleKey: _key, orderedAt, ...row }) => ({
    ...row,
    orderedAt: new Date(orderedAt).toISOString(),
  }));
}
