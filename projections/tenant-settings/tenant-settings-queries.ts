import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';
import { STANDARD_ROUTE } from '../../domain/order/route';
import { HOLD_BOXES, type WorkflowStatus } from '../../domain/order/status';
import { defaultHoldBoxName } from '../../domain/tenant-settings/hold-boxes';

export interface ProcessingRouteView {
  readonly id: string;
  readonly name: string;
  readonly statuses: readonly WorkflowStatus[];
  readonly standard: boolean;
  readonly retired: boolean;
}

const RouteRow = z.object({ id: z.string(), name: z.string(), statuses: z.array(z.string()), retired: z.boolean() });

const toView = (row: z.infer<typeof RouteRow>): ProcessingRouteView => ({
  ...row,
  statuses: row.statuses as WorkflowStatus[],
  standard: row.id === STANDARD_ROUTE.routeId,
});

const STANDARD_VIEW: ProcessingRouteView = {
  id: STANDARD_ROUTE.routeId,
  name: STANDARD_ROUTE.name,
  statuses: STANDARD_ROUTE.statuses,
  standard: true,
  retired: false,
};

/**
 * The tenant's routes, the standard one first (from the code until the tenant renamed it), then in the order they were
 * defined. Retired routes only when asked for by id, so an order on one can still show its route's name.
 */
export async function listProcessingRoutes(
  db: DatabasePool,
  tenantId: string,
  ids?: readonly string[],
): Promise<ProcessingRouteView[]> {
  const where = ids ? sql.fragment`id = ANY(${sql.array(ids, 'text')})` : sql.fragment`retired_at IS NULL`;
  const rows = await db.any(sql.type(RouteRow)`
    SELECT id, name, statuses, retired_at IS NOT NULL AS retired FROM processing_routes
    WHERE tenant_id = ${tenantId} AND ${where} ORDER BY defined_at, id`);
  const views = rows.map(toView);
  const standardShown = !ids || ids.includes(STANDARD_VIEW.id);
  const withStandard = views.some((r) => r.standard) || !standardShown ? views : [STANDARD_VIEW, ...views];
  return withStandard.sort((a, b) => Number(b.standard) - Number(a.standard));
}

/** A route the tenant still offers; undefined for a retired, missing or another tenant's route. */
export async function findProcessingRoute(
  db: DatabasePool,
  tenantId: string,
  id: string,
): Promise<ProcessingRouteView | undefined> {
  const [route] = await listProcessingRoutes(db, tenantId, [id]);
  return route && !route.retired ? route : undefined;
}

export interface HoldBoxView {
  readonly id: number;
  readonly name: string;
  readonly defaultName: string;
  /** Orders on hold in this box now. */
  readonly heldCount: number;
}

const HoldBoxRow = z.object({ id: z.number(), name: z.string().nullable(), heldCount: z.number() });

/** All 30 boxes (or the given ones) with the tenant's names, default names for the others, and how many orders each holds. */
export async function listHoldBoxes(
  db: DatabasePool,
  tenantId: string,
  boxes?: readonly number[],
): Promise<HoldBoxView[]> {
  const rows = await db.any(sql.type(HoldBoxRow)`
    SELECT box.n AS id, names.name,
      (SELECT count(*)::int FROM order_search o WHERE o.tenant_id = ${tenantId} AND o.held_box = box.n AND o.status = 'held') AS "heldCount"
    FROM generate_series(1, ${HOLD_BOXES}::int) AS box(n)
    LEFT JOIN hold_box_names names ON names.tenant_id = ${tenantId} AND names.box = box.n
    ${boxes ? sql.fragment`WHERE box.n = ANY(${sql.array(boxes, 'int4')})` : sql.fragment``}
    ORDER BY box.n`);
  return rows.map((row) => ({
    id: row.id,
    name: row.name ?? defaultHoldBoxName(row.id),
    defaultName: defaultHoldBoxName(row.id),
    heldCount: row.heldCount,
  }));
}
