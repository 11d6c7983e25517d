import { Router } from 'express';
import * as t from 'io-ts';
import { automationRulesRequest, loadAutomationRules } from '../../../application/automation/automation-rules';
import { RULES_MAX } from '../../../domain/automation/automation-rules';
import { AutomationRule } from '../../../domain/automation/rule';
import { type RuleNames, summarizeRule } from '../../../domain/automation/rule-summary';
import { defaultHoldBoxName } from '../../../domain/tenant-settings/hold-boxes';
import { listShops } from '../../../projections/accounts/shop-queries';
import { listHoldBoxes, listProcessingRoutes } from '../../../projections/tenant-settings/tenant-settings-queries';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { answerCommand, callerOf } from '../command-answer';
import { NOT_FOUND } from '../errors';
import { boundedArray, boundedInt, IdText } from '../input-codecs';
import { sendList } from '../ra-simple-rest';
import { decodeOr400 } from '../validation';
import type { AutomationRouterDependencies } from './automation-dependencies';

/** A rule as the editor sends it: its id is the URL's. */
const { id: _id, ...ruleProps } = AutomationRule.type.props;
const SaveBody = t.exact(
  t.intersection([
    t.type({ rule: t.exact(t.type(ruleProps)) }),
    t.partial({ position: t.union([boundedInt(0, RULES_MAX), t.null]) }),
  ]),
);
const ReorderBody = t.exact(t.type({ ruleIds: boundedArray(IdText, RULES_MAX) }));

/** Shop, route and hold-box names, so that a summary reads 「楽天市場店」 and 「保留ボックス3「高額代引」」, not ids. */
export async function ruleNamesOf(deps: AutomationRouterDependencies, tenantId: string): Promise<RuleNames> {
  const [shops, routes, boxes] = await Promise.all([
    listShops(deps.db, tenantId),
    listProcessingRoutes(deps.db, tenantId),
    listHoldBoxes(deps.db, tenantId),
  ]);
  const shopNames = new Map(shops.map((s) => [s.id, s.name]));
  const routeNames = new Map(routes.map((r) => [r.id, r.name]));
  const boxNames = new Map(boxes.map((b) => [b.id, b.name]));
  return {
    shop: (id) => shopNames.get(id) ?? id,
    route: (id) => routeNames.get(id) ?? id,
    box: (n) => boxNames.get(n) || defaultHoldBoxName(n),
  };
}

/**
 * `/api/automation-rules` (自動処理設定): the tenant's rules in the order they run, each with its readable summary and
 * its position; saving (new or replaced), deleting and reordering are events on the tenant's rules stream.
 */
export function automationRulesRouter(deps: AutomationRouterDependencies): Router {
  const router = Router();
  router.use('/automation-rules', requireSignIn);
  const manage = requirePermission('settings.manage');

  const views = async (tenantId: string) => {
    const [{ rules }, names] = await Promise.all([
      loadAutomationRules(deps.store, deps.registry, tenantId),
      ruleNamesOf(deps, tenantId),
    ]);
    return rules.map((rule, position) => ({ ...rule, position, summary: summarizeRule(rule, names) }));
  };
  const viewOf = async (tenantId: string, ruleId: string) => (await views(tenantId)).find((r) => r.id === ruleId);

  router.get('/automation-rules', async (req, res) => {
    const rows = await views(tenantOf(req));
    sendList(res, 'automation-rules', rows, 0, rows.length);
  });

  router.get('/automation-rules/:id', async (req, res) => {
    const view = await viewOf(tenantOf(req), req.params.id);
    if (view) res.json(view);
    else res.status(404).json({ error: NOT_FOUND });
  });

  router.put('/automation-rules/:id', manage, async (req, res) => {
    const body = decodeOr400(SaveBody, req.body ?? {}, res);
    if (!body) return;
    const caller = callerOf(req);
    const ruleId = req.params.id as string;
    const result = await deps.pipeline.run(
      automationRulesRequest({
        type: 'SaveAutomationRule',
        tenantId: caller.tenantId,
        rule: { id: ruleId, ...body.rule },
        position: body.position ?? null,
      }),
      caller,
    );
    await answerCommand(res, result, () => viewOf(caller.tenantId, ruleId));
  });

  router.delete('/automation-rules/:id', manage, async (req, res) => {
    const caller = callerOf(req);
    const ruleId = req.params.id as string;
    // react-admin shows the deleted record, so it is read before it goes.
    const before = await viewOf(caller.tenantId, ruleId);
    const result = await deps.pipeline.run(
      automationRulesRequest({ type: 'DeleteAutomationRule', tenantId: caller.tenantId, ruleId }),
      caller,
    );
    await answerCommand(res, result, () => before);
  });

  router.post('/automation-rules/reorder', manage, async (req, res) => {
    const body = decodeOr400(ReorderBody, req.body ?? {}, res);
    if (!body) return;
    const caller = callerOf(req);
    const result = await deps.pipeline.run(
      automationRulesRequest({ type: 'ReorderAutomationRules', tenantId: caller.tenantId, ruleIds: body.ruleIds }),
      caller,
    );
    await answerCommand(res, result, () => views(caller.tenantId));
  });

  return router;
}
