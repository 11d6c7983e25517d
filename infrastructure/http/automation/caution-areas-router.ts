import { Router } from 'express';
import * as t from 'io-ts';
import { loadTenantSettings, tenantSettingsRequest } from '../../../application/tenant-settings/tenant-settings';
import { SHIPPED_CAUTION_AREAS } from '../../../domain/checks/shipped-caution-areas';
import { CautionLabel } from '../../../domain/checks/check-finding';
import { Carrier } from '../../../domain/shared/carrier';
import { CAUTION_AREAS_MAX } from '../../../domain/tenant-settings/caution-areas-decision';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { answerCommand, callerOf } from '../command-answer';
import { boundedArray, boundedText, IdText } from '../input-codecs';
import { decodeOr400 } from '../validation';
import type { AutomationRouterDependencies } from './automation-dependencies';

const Key = t.union([
  t.exact(t.type({ kind: t.literal('postal'), code: boundedText(20) })),
  t.exact(t.type({ kind: t.literal('postal_range'), from: boundedText(20), to: boundedText(20) })),
  t.exact(t.type({ kind: t.literal('address_prefix'), prefix: boundedText(200) })),
]);
/** Shapes and lengths are the request's (400); formats, a label per row and unique ids are the decider's (422). */
const AreasBody = t.exact(
  t.type({
    areas: boundedArray(
      t.exact(
        t.type({
          id: IdText,
          key: Key,
          labels: boundedArray(CautionLabel, 10),
          carriers: boundedArray(Carrier, 10),
          note: boundedText(1000),
        }),
      ),
      CAUTION_AREAS_MAX,
    ),
  }),
);

/**
 * `/api/caution-areas` (要注意発送地域): the tenant's whole table, saved as one; `shipped: true` while it is the list the
 * product ships (never saved, or 初期リストに戻す: DELETE).
 */
export function cautionAreasRouter(deps: AutomationRouterDependencies): Router {
  const router = Router();
  router.use('/caution-areas', requireSignIn);
  const manage = requirePermission('settings.manage');

  const view = async (tenantId: string) => {
    const { cautionAreas } = await loadTenantSettings(deps.store, deps.registry, tenantId);
    return { id: 'caution-areas', shipped: cautionAreas === null, areas: cautionAreas ?? SHIPPED_CAUTION_AREAS };
  };

  router.get('/caution-areas', async (req, res) => {
    res.json(await view(tenantOf(req)));
  });

  router.put('/caution-areas', manage, async (req, res) => {
    const body = decodeOr400(AreasBody, req.body ?? {}, res);
    if (!body) return;
    const caller = callerOf(req);
    const result = await deps.pipeline.run(
      tenantSettingsRequest({ type: 'SaveCautionAreas', tenantId: caller.tenantId, areas: body.areas }),
      caller,
    );
    await answerCommand(res, result, () => view(caller.tenantId));
  });

  router.delete('/caution-areas', manage, async (req, res) => {
    const caller = callerOf(req);
    const result = await deps.pipeline.run(
      tenantSettingsRequest({ type: 'ResetCautionAreas', tenantId: caller.tenantId }),
      caller,
    );
    await answerCommand(res, result, () => view(caller.tenantId));
  });

  return router;
}
