import { Router } from 'express';
import * as t from 'io-ts';
import { loadTenantSettings, tenantSettingsRequest } from '../../../application/tenant-settings/tenant-settings';
import { CUSTOMER_RANKS_MAX, RANK_NAME_MAX } from '../../../domain/customer/ranks';
import { fitsIn } from '../../../domain/shared/storable-text';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { answerCommand, callerOf } from '../command-answer';
import { boundedArray, boundedInt } from '../input-codecs';
import { decodeOr400 } from '../validation';
import type { AutomationRouterDependencies } from './automation-dependencies';

const RankName = t.refinement(
  t.string,
  (name) => name.trim() !== '' && fitsIn(name.trim(), RANK_NAME_MAX),
  `text of 1 to ${RANK_NAME_MAX} characters`,
);
/** Shapes, lengths and whole numbers are the request's (400, with the field); repeated names or counts the decider's (422). */
const RanksBody = t.exact(
  t.type({
    ranks: boundedArray(t.exact(t.type({ name: RankName, minPurchases: boundedInt(1) })), CUSTOMER_RANKS_MAX),
  }),
);

/**
 * `/api/customer-ranks` (顧客ランク): the tenant's rank table by purchase count, saved as one, highest threshold first.
 * An empty table is allowed: no customer has a rank, and a rule's 顧客ランク condition matches no order.
 */
export function customerRanksRouter(deps: AutomationRouterDependencies): Router {
  const router = Router();
  router.use('/customer-ranks', requireSignIn);
  const manage = requirePermission('settings.manage');

  const view = async (tenantId: string) => {
    const { customerRanks } = await loadTenantSettings(deps.store, deps.registry, tenantId);
    return { id: 'customer-ranks', ranks: customerRanks };
  };

  router.get('/customer-ranks', async (req, res) => {
    res.json(await view(tenantOf(req)));
  });

  router.put('/customer-ranks', manage, async (req, res) => {
    const body = decodeOr400(RanksBody, req.body ?? {}, res);
    if (!body) return;
    const caller = callerOf(req);
    const result = await deps.pipeline.run(
      tenantSettingsRequest({ type: 'SaveCustomerRanks', tenantId: caller.tenantId, ranks: body.ranks }),
      caller,
    );
    await answerCommand(res, result, () => view(caller.tenantId));
  });

  return router;
}
