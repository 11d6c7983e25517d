import type { DatabasePool } from 'slonik';
import type { RuleNames } from '../../domain/automation/stand-ins-until-merged';
import { listShops } from '../../projections/accounts/shop-queries';
import { listHoldBoxes, listProcessingRoutes } from '../../projections/tenant-settings/tenant-settings-queries';

/** Shop, route and hold-box names, so that a rule's summary reads 「楽天市場店」 and 「保留ボックス3「高額代引」」, not ids. */
export async function ruleNamesOf(db: DatabasePool, tenantId: string): Promise<RuleNames> {
  const [shops, routes, boxes] = await Promise.all([
    listShops(db, tenantId),
    listProcessingRoutes(db, tenantId),
    listHoldBoxes(db, tenantId),
  ]);
  return {
    shops: Object.fromEntries(shops.map((s) => [s.id, s.name])),
    routes: Object.fromEntries(routes.map((r) => [r.id, r.name])),
    boxes: Object.fromEntries(boxes.map((b) => [b.id, b.name])),
  };
}
