import { Router } from 'express';
import * as t from 'io-ts';
import type { DatabasePool } from 'slonik';
import { sql } from 'slonik';
import { z } from 'zod';
import { DRY_RUN_DEFAULT_DAYS, DRY_RUN_MAX_DAYS, dryRunRule } from '../../../application/automation/dry-run';
import type { IntakePlannerDependencies } from '../../../application/automation/intake-planner';
import { AutomationRule } from '../../../domain/automation/rule';
import { streamName } from '../../../domain/shared/ids';

const ORDER_STREAM_PREFIX = streamName.order('');
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { boundedInt } from '../input-codecs';
import { decodeOr400 } from '../validation';

const DryRunBody = t.exact(
  t.intersection([t.type({ rule: AutomationRule }), t.partial({ days: boundedInt(1, DRY_RUN_MAX_DAYS) })]),
);

/**
 * The tenant's orders that came in (imported or entered) since a moment, oldest first: the operation history has one
 * row per creation event with its time, on the (tenant, time) index.
 */
export const orderIdsSinceFrom =
  (db: DatabasePool) =>
  async (tenantId: string, since: Date, limit: number): Promise<string[]> =>
    (
      await db.anyFirst(
        sql.type(z.object({ streamName: z.string() }))`
          SELECT stream_name AS "streamName" FROM operation_history
          WHERE tenant_id = ${tenantId} AND occurred_at >= ${since.toISOString()}
            AND event_type IN ('OrderImported', 'OrderEnteredByStaff')
          ORDER BY occurred_at, stream_name LIMIT ${limit}`,
      )
    ).map((name) => name.slice(ORDER_STREAM_PREFIX.length));

/**
 * `POST /api/automation-rules/dry-run`: what a rule being edited would have done to the last days' orders, beside
 * what the saved rule did; nothing is stored. Needs settings.manage, as saving the rule does.
 */
export function ruleDryRunRouter(deps: IntakePlannerDependencies & { readonly db: DatabasePool }): Router {
  const router = Router();
  const orderIdsSince = orderIdsSinceFrom(deps.db);
  router.post('/automation-rules/dry-run', requireSignIn, requirePermission('settings.manage'), async (req, res) => {
    const body = decodeOr400(DryRunBody, req.body ?? {}, res);
    if (!body) return;
    res.json(await dryRunRule({ ...deps, orderIdsSince }, tenantOf(req), body.rule, body.days ?? DRY_RUN_DEFAULT_DAYS));
  });
  return router;
}
