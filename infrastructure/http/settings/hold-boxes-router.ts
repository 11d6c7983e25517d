import { Router } from 'express';
import * as t from 'io-ts';
import { tenantSettingsRequest } from '../../../application/tenant-settings/tenant-settings';
import { HOLD_BOX_NAME_MAX, isHoldBox } from '../../../domain/tenant-settings/hold-boxes';
import { listHoldBoxes } from '../../../projections/tenant-settings/tenant-settings-queries';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { NOT_FOUND } from '../errors';
import { listParamsOr400 } from '../list-params';
import { sendList } from '../ra-simple-rest';
import { decodeOr400 } from '../validation';
import { answerCommand, callerOf } from '../command-answer';
import { ByIdsFilter, idsOf, page, type SettingsRouterDependencies } from './settings-commands';

/** An empty name gives the box its default name back. */
const HoldBoxBody = t.type({
  name: t.refinement(
    t.string,
    (s) => [...s.trim()].length <= HOLD_BOX_NAME_MAX,
    `name of at most ${HOLD_BOX_NAME_MAX} characters`,
  ),
});

const boxOf = (id: string): number | undefined =>
  /^\d{1,2}$/.test(id) && isHoldBox(Number(id)) ? Number(id) : undefined;

/** `/api/hold-boxes` (保留ボックス): the 30 boxes with the tenant's names and how many orders each holds. */
export function holdBoxesRouter(deps: SettingsRouterDependencies): Router {
  const router = Router();
  router.use('/hold-boxes', requireSignIn);

  router.get('/hold-boxes', async (req, res) => {
    const params = listParamsOr400(req, res, ['id', 'name', 'heldCount'], { field: 'id', order: 'ASC' }, ByIdsFilter);
    if (!params) return;
    const ids = idsOf(params.filter)
      ?.map(boxOf)
      .filter((box) => box !== undefined);
    const boxes = await listHoldBoxes(deps.db, tenantOf(req), ids);
    const { field, order } = params.sort;
    const sorted = [...boxes].sort(
      (a, b) =>
        (field === 'name' ? a.name.localeCompare(b.name, 'ja') : a[field] - b[field]) * (order === 'ASC' ? 1 : -1),
    );
    sendList(res, 'hold-boxes', page(sorted, params.offset, params.limit), params.offset, sorted.length);
  });

  router.get('/hold-boxes/:id', async (req, res) => {
    const box = boxOf(req.params.id);
    const [view] = box ? await listHoldBoxes(deps.db, tenantOf(req), [box]) : [];
    if (view) res.json(view);
    else res.status(404).json({ error: NOT_FOUND });
  });

  router.put('/hold-boxes/:id', requirePermission('settings.manage'), async (req, res) => {
    const box = boxOf(req.params.id as string);
    if (!box) {
      res.status(404).json({ error: NOT_FOUND });
      return;
    }
    const body = decodeOr400(HoldBoxBody, req.body ?? {}, res);
    if (!body) return;
    const caller = callerOf(req);
    const result = await deps.pipeline.run(
      tenantSettingsRequest({ type: 'NameHoldBox', tenantId: caller.tenantId, box, name: body.name }),
      caller,
    );
    await answerCommand(res, result, async () => (await listHoldBoxes(deps.db, caller.tenantId, [box]))[0]);
  });

  return router;
}
