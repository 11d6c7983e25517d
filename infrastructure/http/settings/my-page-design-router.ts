import { Router } from 'express';
import { type DatabasePool, sql } from 'slonik';
import { isUuid } from '../../../domain/shared/ids';
import { SHOP_NOT_FOUND } from '../../../domain/shop/shop';
import { MyPageDesignBody, myPageDesignOf, saveMyPageDesign } from '../../my-page/my-page-designs';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { decodeOr400 } from '../validation';
import type { SettingsRouterDependencies } from './settings-commands';

const shopExists = async (db: DatabasePool, tenantId: string, shopId: string): Promise<boolean> =>
  isUuid(shopId) && (await db.exists(sql.unsafe`SELECT 1 FROM shops WHERE tenant_id = ${tenantId} AND id = ${shopId}`));

/** `/api/shops/:id/my-page-design`: the マイページ's header colour, heading, notice and contact line for the shop. */
export function myPageDesignRouter(deps: SettingsRouterDependencies): Router {
  const router = Router();

  router.get('/shops/:id/my-page-design', requireSignIn, async (req, res) => {
    const shopId = String(req.params.id);
    if (!(await shopExists(deps.db, tenantOf(req), shopId))) {
      res.status(404).json({ error: SHOP_NOT_FOUND });
      return;
    }
    res.json({ id: shopId, ...(await myPageDesignOf(deps.db, tenantOf(req), shopId)) });
  });

  router.put('/shops/:id/my-page-design', requireSignIn, requirePermission('settings.manage'), async (req, res) => {
    const shopId = String(req.params.id);
    const body = decodeOr400(MyPageDesignBody, req.body, res);
    if (!body) return;
    if (!(await shopExists(deps.db, tenantOf(req), shopId))) {
      res.status(404).json({ error: SHOP_NOT_FOUND });
      return;
    }
    await saveMyPageDesign(deps.db, tenantOf(req), shopId, body);
    res.json({ id: shopId, ...(await myPageDesignOf(deps.db, tenantOf(req), shopId)) });
  });
  return router;
}
