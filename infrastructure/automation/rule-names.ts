import type { DatabasePool } from 'slonik';
import type { RuleNames } from '../../domain/automation/rule-summary';
import { defaultHoldBoxName } from '../../domain/tenant-settings/hold-boxes';
import { listShops } from '../../projections/accounts/shop-queries';
import { listHoldBoxes, listProcessingRoutes } from '../../projections/tenant-settings/tenant-settings-queries';

/** Shop, route and hold-box names, so that a rule's summary reads 「楽天市場店」 and 「保留ボックス3「高額代引」」, not ids. */
export async function ruleNamesOf(db: DatabasePool, tenantId: string): Promise<RuleNames> {
  const [shops, routes, boxes] = await Promise.all([
    listShops(db, tenantId),
    listProcessingRoutes(db, tenantId),
    listHoldBoxes(db, tenantId),
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
