import { Router } from 'express';
import * as t from 'io-ts';
import { registerShop } from '../../../application/accounts/register-shop';
import { Mall } from '../../../domain/order/order-data';
import { commandRequest } from '../../../application/commands/command-pipeline';
import { isUuid, shopIdFor, streamName } from '../../../domain/shared/ids';
import { SHOP_CODE, SHOP_NOT_FOUND, shopDecider } from '../../../domain/shop/shop';
import { findShopView, listShopViews, SHOP_SORTS } from '../../../projections/accounts/shop-queries';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { NOT_FOUND } from '../errors';
import { listParamsOr400 } from '../list-params';
import { sendList } from '../ra-simple-rest';
import { decodeOr400 } from '../validation';
import { answerCommand, callerOf } from '../command-answer';
import { idsOf, type SettingsRouterDependencies } from './settings-commands';

const ShopName = t.refinement(
  t.string,
  (s) => s.trim().length >= 1 && [...s].length <= 100,
  'name of 1–100 characters',
);
const ShopCode = t.refinement(t.string, (s) => SHOP_CODE.test(s), '2–32 lower-case letters, digits or hyphens');
const NewShop = t.type({ code: ShopCode, mall: Mall, name: ShopName });
const ShopEdit = t.type({ name: ShopName });

/** `/api/shops` (店舗): one shop per mall account. Code and mall are fixed once registered; the name can change. */
export function shopsRouter(deps: SettingsRouterDependencies): Router {
  const router = Router();
  router.use('/shops', requireSignIn);
  const manage = requirePermission('settings.manage');
  const view = (tenantId: string, id: string) => async () => (await findShopView(deps.db, tenantId, id)) ?? undefined;

  router.get('/shops', async (req, res) => {
    const params = listParamsOr400(req, res, SHOP_SORTS, { field: 'code', order: 'ASC' });
    if (!params) return;
    const q = typeof params.filter.q === 'string' ? params.filter.q : undefined;
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
    const caller = callerOf(req);
    const result = await deps.pipeline.run(
      commandRequest(shopDecider, streamName.shop(shopId), {
        type: 'RenameShop',
        shopId,
        tenantId: caller.tenantId,
        name: body.name,
      } as const),
      caller,
    );
    await answerCommand(res, result, view(caller.tenantId, shopId));
  });

  return router;
}
