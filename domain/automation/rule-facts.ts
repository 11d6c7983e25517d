import type { CheckKind } from '../checks/check-finding';
import type { Mall, MallOrderData, ShopOrderData } from '../order/order-data';

/** What a rule's conditions read: the order at intake, its shop, its buyer's standing and the checks that tripped. */
export interface RuleFacts {
  readonly shopId: string;
  readonly mall: Mall;
  readonly mallData: MallOrderData;
  /** As the rules before this one left it (tags they added count for the rules after). */
  readonly shopData: ShopOrderData;
  /** Including this order. */
  readonly purchaseCount: number;
  readonly rank: string | null;
  readonly trippedChecks: readonly CheckKind[];
}
