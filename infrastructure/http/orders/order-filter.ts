import * as t from 'io-ts';
import { HOLD_BOXES, OrderStatus } from '../../../domain/order/status';
import {
  boundedArray,
  boundedInt,
  boundedText,
  CalendarDate,
  DateOrDateTime,
  IdText,
  SearchText,
} from '../input-codecs';
import { TAG_MAX } from './order-command-bodies';
import { CheckKind } from '../../../domain/checks/check-finding';

/**
 * The order list's `filter` parameter: every field optional and checked with the shared codecs (dates that exist, a
 * hold box that exists, bounded text), so whatever passes PostgreSQL can take; fields it does not know are dropped.
 */
export const OrderFilter = t.exact(
  t.partial({
    status: t.union([OrderStatus, boundedArray(OrderStatus, 20)]),
    shopId: IdText,
    mall: IdText,
    /** A day (in Asia/Tokyo) or a moment. */
    orderedFrom: DateOrDateTime,
    orderedTo: DateOrDateTime,
    shipDateFrom: CalendarDate,
    shipDateTo: CalendarDate,
    deliveryDateFrom: CalendarDate,
    deliveryDateTo: CalendarDate,
    paymentMethod: IdText,
    carrier: IdText,
    tag: boundedText(TAG_MAX),
    heldBox: boundedInt(1, HOLD_BOXES),
    routeId: IdText,
    q: SearchText,
    /** true: orders whose change from the mall waits for a person (変更確認待ち); false: the others. */
    pendingChange: t.boolean,
    /** true: orders whose amounts do not add up (金額要確認); false: the others. */
    amountProblems: t.boolean,
    /** false: orders whose shipping results were not yet written (処理実績未報告); true: the others. */
    resultsReported: t.boolean,
    /** Orders with an unaccepted result of this check (チェック結果). */
    check: CheckKind,
  }),
);
export type OrderFilter = t.TypeOf<typeof OrderFilter>;
