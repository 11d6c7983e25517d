import { Router } from 'express';
import * as t from 'io-ts';
import type { DatabasePool } from 'slonik';
import { type BundleDependencies, bundleOrders, unbundleOrders } from '../../../application/bundles/bundle-orders';
import { loadTenantSettings, tenantSettingsRequest } from '../../../application/tenant-settings/tenant-settings';
import { ORDER_NOT_FOUND } from '../../../application/orders/tenant-orders';
import { loadOrders } from '../../../application/documents/print-documents';
import { isUuid } from '../../../domain/shared/ids';
import {
  bundleCandidatesOf,
  bundleMembers,
  listBundleCandidateGroups,
} from '../../../projections/order-search/bundle-candidate-queries';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { answerCommand, callerOf } from '../command-answer';
import { boundedArray, IdText } from '../input-codecs';
import { sendList } from '../ra-simple-rest';
import { decodeOr400 } from '../validation';

export interface BundlesRouterDependencies extends BundleDependencies {
  readonly db: DatabasePool;
}

const BundleBody = t.type({ ids: boundedArray(IdText, 500) });
const BundlingSettingsBody = t.type({ bundleAcrossMalls: t.boolean });

/** Whether the tenant bundles across malls: read from its settings stream (the write side), as intake does. */
export const bundlesAcrossMalls = async (deps: BundleDependencies, tenantId: string): Promise<boolean> =>
  (await loadTenantSettings(deps.store, deps.registry, tenantId)).bundleAcrossMalls;

/**
 * 同梱: merge (`POST /orders/commands/bundle`), split (`POST /orders/:id/commands/unbundle`), the candidates
 * (`GET /bundle-candidates`) and the tenant's setting (`/bundling-settings`). Mounted before the orders router, whose
 * generic `/commands/:name` would otherwise take these paths.
 */
export function bundlesRouter(deps: BundlesRouterDependencies): Router {
  const router = Router();
  router.use(
    ['/orders/commands/bundle', '/orders/:id/commands/unbundle', '/bundle-candidates', '/bundling-settings'],
    requireSignIn,
  );

  router.post('/orders/commands/bundle', requirePermission('orders.process'), async (req, res) => {
    const body = decodeOr400(BundleBody, req.body ?? {}, res);
    if (!body) return;
    const ids = body.ids.filter(isUuid);
    if (ids.length < body.ids.length) {
      res.status(404).json({ error: ORDER_NOT_FOUND });
      return;
    }
    const result = await bundleOrders(deps, callerOf(req), ids);
    await answerCommand(res, result, ({ bundleId, orderIds }) => ({ bundleId, orderIds }));
  });

  router.post('/orders/:id/commands/unbundle', requirePermission('orders.process'), async (req, res) => {
    const id = req.params.id as string;
    if (!isUuid(id)) {
      res.status(404).json({ error: ORDER_NOT_FOUND });
      return;
    }
    const result = await unbundleOrders(deps, callerOf(req), id);
    await answerCommand(res, result, ({ bundleId, orderIds }) => ({ bundleId, orderIds }));
  });

  // The groups as a react-admin list, all on one page: a tenant has few parcels waiting to be merged at once.
  router.get('/bundle-candidates', async (req, res) => {
    const tenantId = tenantOf(req);
    const groups = await listBundleCandidateGroups(deps.db, tenantId, await bundlesAcrossMalls(deps, tenantId));
    sendList(res, 'bundle-candidates', groups, 0, groups.length);
  });

  router.get('/bundling-settings', async (req, res) => {
    res.json({ id: 'bundling', bundleAcrossMalls: await bundlesAcrossMalls(deps, tenantOf(req)) });
  });

  router.put('/bundling-settings', requirePermission('settings.manage'), async (req, res) => {
    const body = decodeOr400(BundlingSettingsBody, req.body ?? {}, res);
    if (!body) return;
    const caller = callerOf(req);
    const result = await deps.pipeline.run(
      tenantSettingsRequest({
        type: 'SetBundlingSettings',
        tenantId: caller.tenantId,
        bundleAcrossMalls: body.bundleAcrossMalls,
      }),
      caller,
    );
    await answerCommand(res, result, ({ state }) => ({ id: 'bundling', bundleAcrossMalls: state.bundleAcrossMalls }));
  });

  return router;
}

/**
 * What a re-import changed in the bundle after the merge, read from the orders' own streams (a bundle is a few orders):
 * `changedAtMall` the orders it changed (「注文番号 X が再取込で変更されました（同梱後）」), `outdated` what was printed or
 * exported for the parcel before such a change and not made again (one label and one set of documents for all).
 */
async function bundleChanges(
  deps: BundlesRouterDependencies,
  tenantId: string,
  bundle: { readonly bundleId: string; readonly orderIds: readonly string[] },
) {
  const { orders } = await loadOrders(deps, tenantId, bundle.orderIds);
  const members = bundle.orderIds.flatMap((id) => {
    const member = orders.get(id);
    return member?.bundle?.bundleId === bundle.bundleId ? [member] : [];
  });
  return {
    changedAtMall: members
      .filter((m) => m.bundle?.changedAtMall)
      .map((m) => ({ orderId: m.orderId, orderNumber: m.orderNumber })),
    outdated: (['documents', 'labels'] as const).filter((what) => members.some((m) => m.outdated.includes(what))),
  };
}

/** The order page's 同梱 panel: the bundle it ships in with each order's number, or else its candidates. */
export async function orderBundleView(
  deps: BundlesRouterDependencies,
  tenantId: string,
  order: {
    readonly orderId: string;
    readonly bundle: { readonly bundleId: string; readonly orderIds: readonly string[] } | null;
  },
) {
  if (order.bundle)
    return {
      bundle: {
        bundleId: order.bundle.bundleId,
        orders: await bundleMembers(deps.db, tenantId, order.bundle.orderIds),
        ...(await bundleChanges(deps, tenantId, order.bundle)),
      },
      bundleCandidates: [],
    };
  const acrossMalls = await bundlesAcrossMalls(deps, tenantId);
  return { bundle: null, bundleCandidates: await bundleCandidatesOf(deps.db, tenantId, order.orderId, acrossMalls) };
}
