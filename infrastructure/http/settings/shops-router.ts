import { Router } from 'express';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { registerShop } from '../../../application/accounts/register-shop';
import { Mall } from '../../../domain/order/order-data';
import { Carrier } from '../../../domain/shared/carrier';
import { isBusinessDate } from '../../../domain/shared/dates';
import { commandRequest, type PipelineResult } from '../../../application/commands/command-pipeline';
import { isUuid, shopIdFor, streamName } from '../../../domain/shared/ids';
import { MAX_LEAD_DAYS } from '../../../domain/shop/shipping-defaults';
import { SHOP_CODE, SHOP_NOT_FOUND, type ShopCommand, shopDecider, type ShopState } from '../../../domain/shop/shop';
import { findShopView, listShopViews, SHOP_SORTS } from '../../../projections/accounts/shop-queries';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { NOT_FOUND } from '../errors';
import { listParamsOr400 } from '../list-params';
import { sendList } from '../ra-simple-rest';
import { decodeOr400 } from '../validation';
import { answerCommand, callerOf } from '../command-answer';
import { ByIdsFilter, idsOf, type SettingsRouterDependencies } from './settings-commands';
import { SearchText } from '../input-codecs';

const ShopFilter = t.intersection([ByIdsFilter, t.partial({ q: SearchText })]);

const ShopName = t.refinement(
  t.string,
  (s) => s.trim().length >= 1 && [...s].length <= 100,
  'name of 1–100 characters',
);
const ShopCode = t.refinement(t.string, (s) => SHOP_CODE.test(s), '2–32 lower-case letters, digits or hyphens');
const NewShop = t.type({ code: ShopCode, mall: Mall, name: ShopName });
const SlipType = t.refinement(t.string, (s) => [...s].length <= 50, 'slip type of up to 50 characters');
const LeadDays = t.refinement(
  t.number,
  (n) => Number.isInteger(n) && n >= 0 && n <= MAX_LEAD_DAYS,
  `whole number of business days from 0 to ${MAX_LEAD_DAYS}`,
);
const Day = t.refinement(t.string, isBusinessDate, 'date like 2026-12-01');
const ShippingDefaultFields = t.partial({
  defaultCarrier: t.union([Carrier, t.null]),
  defaultSlipType: t.union([SlipType, t.null]),
  codSlipType: t.union([SlipType, t.null]),
  shipLeadDays: t.union([LeadDays, t.null]),
});
const ShopEdit = t.intersection([
  t.type({ name: ShopName }),
  ShippingDefaultFields,
  // Ten years of closed days is more than any shop plans ahead.
  t.partial({ holidays: t.refinement(t.array(Day), (days) => days.length <= 1000, 'up to 1000 dates') }),
  // メール便 style slip types without a tracking number: their orders pass 伝票番号未設定 without one.
  t.partial({ untrackedSlipTypes: t.refinement(t.array(SlipType), (types) => types.length <= 50, 'up to 50') }),
  // The hold box for orders with amounts to confirm (Amazon's unshipped orders report); the decider checks the range.
  t.partial({ amountsHoldBox: t.number }),
]);
type ShopEdit = t.TypeOf<typeof ShopEdit>;
const SHIPPING_DEFAULT_FIELDS = Object.keys(ShippingDefaultFields.props);

/**
 * One PUT may change the shipping defaults, the 休業日 and the name: a command each, in that order (the defaults are the
 * only one a rule can refuse, so a refusal leaves the shop as it was), each with its own id derived from the request's.
 */
const editCommands = (shopId: string, tenantId: string, body: ShopEdit): Array<[string, ShopCommand]> => {
  const commands: Array<[string, ShopCommand]> = [];
  if (SHIPPING_DEFAULT_FIELDS.some((field) => field in body)) {
    const carrier = body.defaultCarrier ?? null;
    commands.push([
      'shipping-defaults',
      {
        type: 'SetShopShippingDefaults',
        shopId,
        tenantId,
        shipping: carrier && { carrier, slipType: body.defaultSlipType ?? '' },
        codSlipType: body.codSlipType ?? null,
        leadDays: body.shipLeadDays ?? null,
      },
    ]);
  }
  if (body.holidays)
    commands.push(['holidays', { type: 'SetShopHolidays', shopId, tenantId, holidays: body.holidays }]);
  if (body.untrackedSlipTypes)
    commands.push([
      'untracked-slip-types',
      { type: 'SetShopUntrackedSlipTypes', shopId, tenantId, slipTypes: body.untrackedSlipTypes },
    ]);
  if (body.amountsHoldBox !== undefined)
    commands.push(['amounts-hold-box', { type: 'SetShopAmountsHoldBox', shopId, tenantId, box: body.amountsHoldBox }]);
  commands.push(['', { type: 'RenameShop', shopId, tenantId, name: body.name }]);
  return commands;
};

/**
 * `/api/shops` (店舗): one shop per mall account. Code and mall are fixed once registered; the name, the defaults for
 * new orders (defaultCarrier, defaultSlipType, codSlipType, shipLeadDays) and the 休業日 (holidays) can change.
 */
export function shopsRouter(deps: SettingsRouterDependencies): Router {
  const router = Router();
  router.use('/shops', requireSignIn);
  const manage = requirePermission('settings.manage');
  const view = (tenantId: string, id: string) => async () => (await findShopView(deps.db, tenantId, id)) ?? undefined;

  router.get('/shops', async (req, res) => {
    const params = listParamsOr400(req, res, SHOP_SORTS, { field: 'code', order: 'ASC' }, ShopFilter);
    if (!params) return;
    const { q } = params.filter;
    const { rows, total } = await listShopViews(deps.db, tenantOf(req), { ...params, q, ids: idsOf(params.filter) });
    sendList(res, 'shops', rows, params.offset, total);
  });

  router.get('/shops/:id', async (req, res) => {
    const shop = isUuid(req.params.id) ? await findShopView(deps.db, tenantOf(req), req.params.id) : null;
    if (shop) res.json(shop);
    else res.status(404).json({ error: NOT_FOUND });
  });

  router.post('/shops', manage, async (req, res) => {
    const body = decodeOr400(NewShop, req.body ?? {}, res);
    if (!body) return;
    const caller = callerOf(req);
    const shopId = shopIdFor(caller.tenantId, body.code);
    const result = await deps.pipeline.run(registerShop({ tenantId: caller.tenantId, ...body }), caller);
    await answerCommand(res, result, view(caller.tenantId, shopId), 201);
  });

  router.put('/shops/:id', manage, async (req, res) => {
    const body = decodeOr400(ShopEdit, req.body ?? {}, res);
    if (!body) return;
    const shopId = req.params.id as string;
    if (!isUuid(shopId)) {
      res.status(404).json({ error: SHOP_NOT_FOUND });
      return;
    }
    if (body.defaultCarrier && !body.defaultSlipType?.trim()) {
      const problem = { ja: '既定の送り状種別を入力してください', en: 'a default carrier needs a slip type' };
      res.status(400).json({
        error: { code: 'invalid_input', ...problem, fields: [{ path: 'defaultSlipType', ...problem }] },
      });
      return;
    }
    const caller = callerOf(req);
    let result: PipelineResult<ShopState> | undefined;
    for (const [step, command] of editCommands(shopId, caller.tenantId, body)) {
      // Several commands on one stream: each needs a name of its own, or a repeated request would find the first.
      const stepCaller =
        step === '' || caller.idempotencyKey === undefined
          ? caller
          : { ...caller, idempotencyKey: `${caller.idempotencyKey}:${step}` };
      result = await deps.pipeline.run(commandRequest(shopDecider, streamName.shop(shopId), command), stepCaller);
      if (E.isLeft(result)) break;
    }
    // The rename always runs last, so the last answer waited for every step's events.
    await answerCommand(res, result!, view(caller.tenantId, shopId));
  });

  return router;
}
