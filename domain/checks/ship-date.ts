import type { CheckContext, CheckedOrder } from './check-context';
import type { CheckFinding } from './check-finding';

/** 出荷予定日: none set, or a day already past (an order that should have left and has not). */
export const checkShipDate = (order: CheckedOrder, context: CheckContext): CheckFinding[] => {
  const planned = order.shopData.plannedShipDate;
  if (planned === null) return [{ check: 'ship_date', destinationIndex: null, data: { reason: 'missing' } }];
  if (planned < context.today)
    return [
      {
        check: 'ship_date',
        destinationIndex: null,
        data: { reason: 'past', plannedShipDate: planned, today: context.today },
      },
    ];
  return [];
};
