import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import * as t from 'io-ts';
import { tenantSettingsRequest } from '../../../application/tenant-settings/tenant-settings';
import { WorkflowStatus } from '../../../domain/order/status';
import { processingRouteIdFor } from '../../../domain/shared/ids';
import {
  findProcessingRoute,
  listProcessingRoutes,
  type ProcessingRouteView,
} from '../../../projections/tenant-settings/tenant-settings-queries';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { NOT_FOUND } from '../errors';
import { listParamsOr400 } from '../list-params';
import { sendList } from '../ra-simple-rest';
import { decodeOr400 } from '../validation';
import { boundedArray } from '../input-codecs';
import { answerCommand, callerOf } from '../command-answer';
import { ByIdsFilter, idsOf, page, type SettingsRouterDependencies } from './settings-commands';

const RouteName = t.refinement(t.string, (s) => s.trim().length >= 1 && [...s].length <= 50, 'name of 1–50 characters');
/** Statuses in canonical order ending in 処理済み is a business rule (422 with the reason), not a shape (400). */
const RouteBody = t.type({ name: RouteName, statuses: boundedArray(WorkflowStatus, 20) });

const SORTS = ['position', 'name', 'id'] as const;

const sortRoutes = (routes: ProcessingRouteView[], field: (typeof SORTS)[number], order: 'ASC' | 'DESC') => {
  // `position` is the order the API gives already: the standard route first, then in the order they were defined.
  const sorted =
    field === 'position'
      ? routes
      : [...routes].sort((a, b) => (field === 'name' ? a.name.localeCompare(b.name, 'ja') : a.id < b.id ? -1 : 1));
  return order === 'DESC' ? [...sorted].reverse() : sorted;
};

/** `/api/processing-routes` (処理ルート): the tenant's routes; retiring one (DELETE) leaves orders on it unchanged. */
export function processingRoutesRouter(deps: SettingsRouterDependencies): Router {
  const router = Router();
  router.use('/processing-routes', requireSignIn);
  const manage = requirePermission('settings.manage');

  router.get('/processing-routes', async (req, res) => {
    const params = listParamsOr400(req, res, SORTS, { field: 'position', order: 'ASC' }, ByIdsFilter);
    if (!params) return;
    const routes = sortRoutes(
      await listProcessingRoutes(deps.db, tenantOf(req), idsOf(params.filter)),
      params.sort.field,
      params.sort.order,
    );
    sendList(res, 'processing-routes', page(routes, params.offset, params.limit), params.offset, routes.length);
  });

  router.get('/processing-routes/:id', async (req, res) => {
    const route = await findProcessingRoute(deps.db, tenantOf(req), req.params.id);
    if (route) res.json(route);
    else res.status(404).json({ error: NOT_FOUND });
  });

  router.post('/processing-routes', manage, async (req, res) => {
    const body = decodeOr400(RouteBody, req.body ?? {}, res);
    if (!body) return;
    // The new route's id follows from the request's key, so that sending it again defines it once.
    const caller = callerOf(req);
    const routeId = processingRouteIdFor(caller.tenantId, caller.idempotencyKey ?? randomUUID());
    const result = await deps.pipeline.run(
      tenantSettingsRequest({ type: 'DefineProcessingRoute', tenantId: caller.tenantId, routeId, ...body }),
      caller,
    );
    await answerCommand(res, result, () => findProcessingRoute(deps.db, caller.tenantId, routeId), 201);
  });

  router.put('/processing-routes/:id', manage, async (req, res) => {
    const body = decodeOr400(RouteBody, req.body ?? {}, res);
    if (!body) return;
    const caller = callerOf(req);
    const routeId = req.params.id as string;
    const result = await deps.pipeline.run(
      tenantSettingsRequest({ type: 'ChangeProcessingRoute', tenantId: caller.tenantId, routeId, ...body }),
      caller,
    );
    await answerCommand(res, result, () => findProcessingRoute(deps.db, caller.tenantId, routeId));
  });

  router.delete('/processing-routes/:id', manage, async (req, res) => {
    const caller = callerOf(req);
    const routeId = req.params.id as string;
    const result = await deps.pipeline.run(
      tenantSettingsRequest({ type: 'RetireProcessingRoute', tenantId: caller.tenantId, routeId }),
      caller,
    );
    await answerCommand(res, result, async () => (await listProcessingRoutes(deps.db, caller.tenantId, [routeId]))[0]);
  });

  return router;
}
