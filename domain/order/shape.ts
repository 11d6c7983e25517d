import { type DomainError, domainError } from '../shared/decider';
import { isBusinessDate, isInstant } from '../shared/dates';
import type { Amounts, MallOrderData } from './order-data';

const isYen = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

const amountFields = (a: Amounts): number[] => [
  a.goods,
  a.shipping,
  a.codFee,
  a.wrapping,
  a.pointsUsed,
  a.coupons,
  a.total,
  a.billed,
  ...a.taxByRate.flatMap((r) => [r.taxable, r.tax]),
];

/** Shape rules no mall breaks; failing them means the file was misread, so the order is refused, not flagged. */
export const checkShape = (data: MallOrderData): DomainError | undefined => {
  if (data.destinations.length === 0) {
    return domainError('order.no_destination', '送付先が1件もありません', 'the order has no destination');
  }
  if (data.destinations.some((d) => d.lines.length === 0)) {
    return domainError('order.no_lines', '商品のない送付先があります', 'a destination has no items');
  }
  const lines = data.destinations.flatMap((d) => d.lines);
  const badLine = lines.find((l) => !isYen(l.unitPrice) || !Number.isSafeInteger(l.quantity) || l.quantity < 1);
  if (badLine) {
    return domainError(
      'order.invalid_line',
      `商品「${badLine.name}」の単価または数量が正しくありません`,
      `item "${badLine.name}" has an invalid price or quantity`,
    );
  }
  if (!amountFields(data.amounts).every(isYen)) {
    return domainError(
      'order.invalid_amount',
      '金額は0以上の整数(円)で指定してください',
      'amounts are whole yen, zero or more',
    );
  }
  if (!isInstant(data.orderedAt)) {
    return domainError(
      'order.invalid_date',
      `注文日時「${data.orderedAt}」は時差付きの日時ではありません`,
      'orderedAt is a timestamp with its offset',
    );
  }
  const wished = data.destinations
    .map((d) => d.delivery.desiredDate)
    .find((date) => date !== null && !isBusinessDate(date));
  if (wished !== undefined) {
    return domainError(
      'order.invalid_date',
      `お届け希望日「${wished}」は 2026-12-01 の形式ではありません`,
      'a desired delivery date is written like 2026-12-01',
    );
  }
  return undefined;
};
