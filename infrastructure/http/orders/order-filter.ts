import * as t from 'io-ts';
import { OrderStatus } from '../../../domain/order/status';

const DateOrInstant = t.refinement(
  t.string,
  (s) => !Number.isNaN(new Date(s).getTime()),
  'date (YYYY-MM-DD) or ISO date-time',
);

/** The order list's `filter` parameter: every field optional and checked; fields it does not know are dropped. */
export const OrderFilter = t.exact(
  t.partial({
    status: t.union([OrderStatus, t.array(OrderStatus)]),
    shopId: t.string,
    mall: t.string,
    orderedFrom: DateOrInstant,
    orderedTo: DateOrInstant,
    shipDateFrom: DateOrInstant,
    shipDateTo: DateOrInstant,
    deliveryDateFrom: DateOrInstant,
    deliveryDateTo: DateOrInstant,
    paymentMethod: t.string,
    carrier: t.string,
    tag: t.string,
    heldBox: t.Int,
    routeId: t.string,
    q: t.string,
    /** true: orders whose change from the mall waits for a person (変更確認待ち); false: the others. */
    pendingChange: t.boolean,
    /** true: orders whose amounts do not add up (金額要確認); false: the others. */
    amountProblems: t.boolean,
  }),
);
export type OrderFilter = t.TypeOf<typeof OrderFilter>;
