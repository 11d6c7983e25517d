// 処理実績 / 出荷通知: the order's shipment written to its mall's result file.
import type { RecordShippingResultsWritten } from './commands';
import { type Decision, emit, refuse } from './decision';
import type { ExistingOrder } from './state';
import { hasEveryTrackingNumber, isUntracked } from './tracking';

/**
 * Records that the order's shipment was written for its mall. A cancelled order was never shipped; an order missing a
 * destination's number would tell the mall of a parcel it cannot follow, unless the shop lists its slip type as
 * untracked (メール便 style), which is reported with the numbers it has. A file for another mall is the caller's mistake.
 */
export const recordShippingResultsWritten = (order: ExistingOrder, command: RecordShippingResultsWritten): Decision => {
  if (order.status === 'cancelled')
    return refuse('order.cancelled', 'キャンセル済みの受注の処理実績は出力できません', 'the order is cancelled');
  if (command.mall !== order.mall)
    return refuse(
      'order.other_mall',
      'この受注は別のモールの受注です',
      `the order is of ${order.mall}, not ${command.mall}`,
    );
  if (!hasEveryTrackingNumber(order) && !isUntracked(order, command.untrackedSlipTypes ?? {})) {
    const missing = order.mallData.destinations.length - Object.keys(order.tracking.current).length;
    return refuse(
      'order.tracking_number_missing',
      `伝票番号が未設定の送付先が${missing}件あるため、処理実績を出力できません`,
      `${missing} destination(s) have no tracking number: no shipping result can be written`,
    );
  }
  const trackingNumbers = Object.entries(order.tracking.current)
    .map(([index, n]) => ({ destinationIndex: Number(index), carrier: n.carrier, trackingNumber: n.trackingNumber }))
    .sort((a, b) => a.destinationIndex - b.destinationIndex);
  return emit([
    {
      type: 'ShippingResultsWritten',
      data: {
        orderId: order.orderId,
        tenantId: order.tenantId,
        mall: order.mall,
        file: command.file,
        fileName: command.fileName,
        trackingNumbers,
      },
    },
  ]);
};
