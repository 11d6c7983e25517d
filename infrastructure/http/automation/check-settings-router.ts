import { type Request, type Response, Router } from 'express';
import * as t from 'io-ts';
import { commandRequest } from '../../../application/commands/command-pipeline';
import { loadShop } from '../../../application/shops/shop-shipping-defaults';
import { DEFAULT_CHECK_SETTINGS } from '../../../domain/checks/default-check-settings';
import { CheckKind, CheckMode } from '../../../domain/checks/check-finding';
import { isUuid, streamName } from '../../../domain/shared/ids';
import { SHOP_NOT_FOUND, shopDecider } from '../../../domain/shop/shop';
import { findShopView, listShops } from '../../../projections/accounts/shop-queries';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { answerCommand, callerOf } from '../command-answer';
import { boundedArray, boundedInt, boundedText } from '../input-codecs';
import { sendList } from '../ra-simple-rest';
import { decodeOr400 } from '../validation';
import type { AutomationRouterDependencies } from './automation-dependencies';

/** The whole set, every check named; the ranges and the box a hold needs are the decider's (422). */
const SettingsBody = t.exact(
  t.type({
    checks: t.record(CheckKind, t.exact(t.type({ mode: CheckMode, box: t.union([boundedInt(), t.null]) }))),
    duplicateWithinHours: boundedInt(),
    remarkKeywords: boundedArray(boundedText(200), 200),
    maxDeliveryDaysAhead: boundedInt(),
  }),
);

/**
 * `/api/check-settings/:shopId` (チェック設定): what each check does when it trips in this shop (しない / 警告 / 保留 with
 * its box) and the checks' limits. `custom: false` while the shop runs on the defaults.
 */
export function checkSettingsRouter(deps: AutomationRouterDependencies): Router {
  const router = Router();
  router.use('/check-settings', requireSignIn);

  const view = async (tenantId: string, shop: { id: string; code: string; name: string; mall: string }) => {
    const state = await loadShop(deps.store, deps.registry, shop.id);
    const saved = state.status === 'registered' && state.tenantId === tenantId ? state.checkSettings : null;
    return {
      id: shop.id,
      shopCode: shop.code,
      shopName: shop.name,
      mall: shop.mall,
      custom: saved !== null,
      ...(saved ?? DEFAULT_CHECK_SETTINGS),
    };
  };
  /** The tenant's shop named in the URL, or a 404 already sent. */
  const shopOf = async (req: Request, res: Response) => {
    const shopId = req.params.shopId as string;
    const shop = isUuid(shopId) ? await findShopView(deps.db, tenantOf(req), shopId) : null;
    if (!shop) res.status(404).json({ error: SHOP_NOT_FOUND });
    return shop ?? undefined;
  };

  router.get('/check-settings', async (req, res) => {
    const tenantId = tenantOf(req);
    const rows = await Promise.all((await listShops(deps.db, tenantId)).map((shop) => view(tenantId, shop)));
    sendList(res, 'check-settings', rows, 0, rows.length);
  });

  router.get('/check-settings/:shopId', async (req, res) => {
    const shop = await shopOf(req, res);
    if (shop) res.json(await view(tenantOf(req), shop));
  });

  router.put('/check-settings/:shopId', requirePermission('settings.manage'), async (req, res) => {
    const body = decodeOr400(SettingsBody, req.body ?? {}, res);
    if (!body) return;
    const shop = await shopOf(req, res);
    if (!shop) return;
    const caller = callerOf(req);
    const result = await deps.pipeline.run(
      commandRequest(shopDecider, streamName.shop(shop.id), {
        type: 'SetShopCheckSettings',
        shopId: shop.id,
        tenantId: caller.tenantId,
        settings: body,
      }),
      caller,
    );
    await answerCommand(res, result, () => view(caller.tenantId, shop));
  });

  return router;
}
