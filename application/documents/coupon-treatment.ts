import type { Mall } from '../../domain/order/order-data';

/**
 * Whether `amounts.coupons`, as our import fills it for the mall, is a discount by the shop (値引き: it lowers the
 * taxable amount) or a means of payment funded by someone else (the mall pays the shop for it: the taxable amount
 * stays). Points used are always a means of payment. The reasoning and sources per mall: docs/documents.md.
 */
export type CouponTreatment = 'discount' | 'payment';

const PAID_BY_THE_MALL: ReadonlySet<Mall> = new Set<Mall>([]);

export function couponTreatment(mall: Mall): CouponTreatment {
  return PAID_BY_THE_MALL.has(mall) ? 'payment' : 'discount';
}
