import { Router } from 'express';
import * as t from 'io-ts';
import type { DatabasePool } from 'slonik';
import type { Clock } from '../../application/ports/clock';
import { isInstant } from '../../domain/shared/dates';
import { deliveryAlarms } from '../../projections/order-search/delivery-alarm-queries';
import { requireSignIn } from './auth/authenticate';
import { tenantOf } from './auth/tenant-scope';
import { decodeOr400 } from './validation';

/** `at` lets a report (or a test) ask how the alarms stood at another moment; without it, now. */
const Query = t.partial({ at: t.refinement(t.string, isInstant, 'ISO date-time with offset') });

/** お届け希望日アラーム for the dashboard: counts and the order-list filter behind each. */
export function deliveryAlarmsRouter(deps: { readonly db: DatabasePool; readonly clock: Clock }): Router {
  const router = Router();
  router.get('/delivery-alarms', requireSignIn, async (req, res) => {
    const query = decodeOr400(Query, req.query, res);
    if (!query) return;
    res.json(await deliveryAlarms(deps.db, tenantOf(req), query.at ? new Date(query.at) : deps.clock.now()));
  });
  return router;
}
