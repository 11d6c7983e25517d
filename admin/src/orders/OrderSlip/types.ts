import type { AmountProblem } from '../../../../domain/order/amounts';
import type { Mall, MallOrderData, ShopOrderData } from '../../../../domain/order/order-data';
import type { PendingChange } from '../../../../domain/order/state';

/** The order as `GET /api/orders/:id` answers it: the state rebuilt from its stream, with its revision and customer. */
export interface OrderRecord {
  readonly id: string;
  readonly revision: number;
  readonly customerId: string | null;
  readonly mall: Mall;
  readonly orderNumber: string;
  readonly status: string;
  readonly mallData: MallOrderData;
  readonly shopData: ShopOrderData;
  readonly amountProblems: readonly AmountProblem[];
  readonly pendingChange: PendingChange | null;
}

/** The list's row is shown first while the full order loads, and it has none of the slip's data yet. */
export const isFullOrder = (record: Partial<OrderRecord> | undefined): record is OrderRecord =>
  !!record?.mallData && !!record.shopData;
