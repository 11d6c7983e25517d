import { type Request, type Response, Router } from 'express';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { commandRequest } from '../../../application/commands/command-pipeline';
import { CustomLabelLayoutDefinition, customLayoutProblems } from '../../../application/labels/custom-layout';
import {
  CUSTOM_LABEL_LAYOUT_NOT_FOUND,
  customLabelLayoutDecider,
  LAYOUT_NAME_MAX,
} from '../../../domain/custom-label-layout/custom-label-layout';
import { customLabelLayoutIdFor, isUuid, streamName } from '../../../domain/shared/ids';
import {
  findCustomLabelLayout,
  listCustomLabelLayouts,
} from '../../../projections/custom-label-layouts/custom-label-layout-queries';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { callerOf, markReadModels, sendRefusal } from '../command-answer';
import { listParamsOr400 } from '../list-params';
import { sendList } from '../ra-simple-rest';
import { requiredText } from '../required-text';
import type { SettingsRouterDependencies } from './settings-commands';
import { decodeOr400 } from '../validation';

/** Generous for a 95-column layout with its headers and fixed texts, and no more. */
const LAYOUT_JSON_MAX = 50_000;
const BoundedLayout = t.refinement(
  CustomLabelLayoutDefinition,
  (layout) => JSON.stringify(layout).length <= LAYOUT_JSON_MAX,
  `layout of at most ${LAYOUT_JSON_MAX} characters as JSON`,
);
const NewLayout = t.type({ name: requiredText(LAYOUT_NAME_MAX), layout: BoundedLayout });
const LayoutEdit = t.type({ layout: BoundedLayout });

/** A layout the codec takes can still name a column that is not there, or no column at all: refused with its path. */
function sensibleOr400(layout: CustomLabelLayoutDefinition, res: Response): boolean {
  const fields = customLayoutProblems(layout);
  if (fields.length === 0) return true;
  res.status(400).json({
    error: { code: 'invalid_input', ja: '入力内容に誤りがあります', en: 'invalid input', fields },
  });
  return false;
}

/** `/api/custom-label-layouts` (カスタム送り状): the tenant's own label layouts, exported as `custom:<name>`. */
export function customLabelLayoutsRouter(deps: SettingsRouterDependencies): Router {
  const router = Router();
  router.use('/custom-label-layouts', requireSignIn);
  const manage = requirePermission('settings.manage');

  const sendLayout = async (req: Request, res: Response, id: string, status = 200) => {
    const found = await findCustomLabelLayout(deps.db, tenantOf(req), id);
    if (found) res.status(status).json(found);
    else res.status(404).json({ error: CUSTOM_LABEL_LAYOUT_NOT_FOUND });
  };
  const run = (id: string, req: Request, command: Parameters<typeof customLabelLayoutDecider.decide>[0]) =>
    deps.pipeline.run(
      commandRequest(customLabelLayoutDecider, streamName.customLabelLayout(id), command),
      callerOf(req),
    );

  router.get('/custom-label-layouts', async (req, res) => {
    const params = listParamsOr400(req, res, ['name'], { field: 'name', order: 'ASC' });
    if (!params) return;
    const { rows, total } = await listCustomLabelLayouts(deps.db, tenantOf(req), params);
    sendList(res, 'custom-label-layouts', rows, params.offset, total);
  });

  router.get('/custom-label-layouts/:id', (req, res) => sendLayout(req, res, req.params.id));

  router.post('/custom-label-layouts', manage, async (req, res) => {
    const body = decodeOr400(NewLayout, req.body ?? {}, res);
    if (!body || !sensibleOr400(body.layout, res)) return;
    const tenantId = tenantOf(req);
    const layoutId = customLabelLayoutIdFor(tenantId, body.name);
    const result = await run(layoutId, req, {
      type: 'DefineCustomLabelLayout',
      layoutId,
      tenantId,
      name: body.name,
      layout: body.layout,
    });
    if (E.isLeft(result)) return sendRefusal(res, result.left);
    markReadModels(res, result.right);
    await sendLayout(req, res, layoutId, 201);
  });

  router.put('/custom-label-layouts/:id', manage, async (req, res) => {
    const body = decodeOr400(LayoutEdit, req.body ?? {}, res);
    if (!body || !sensibleOr400(body.layout, res)) return;
    const id = req.params.id as string;
    if (!isUuid(id)) return void res.status(404).json({ error: CUSTOM_LABEL_LAYOUT_NOT_FOUND });
    const result = await run(id, req, {
      type: 'ChangeCustomLabelLayout',
      tenantId: tenantOf(req),
      layout: body.layout,
    });
    if (E.isLeft(result)) return sendRefusal(res, result.left);
    markReadModels(res, result.right);
    await sendLayout(req, res, id);
  });

  router.delete('/custom-label-layouts/:id', manage, async (req, res) => {
    const found = await findCustomLabelLayout(deps.db, tenantOf(req), req.params.id as string);
    if (!found) return void res.status(404).json({ error: CUSTOM_LABEL_LAYOUT_NOT_FOUND });
    const result = await run(found.id, req, { type: 'RemoveCustomLabelLayout', tenantId: tenantOf(req) });
    if (E.isLeft(result)) return sendRefusal(res, result.left);
    markReadModels(res, result.right);
    res.json(found);
  });

  return router;
}
