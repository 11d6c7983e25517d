import type { TaxRounding } from '../../domain/documents/document-kind';
import type { MallOrderData, Mall, TaxRate } from '../../domain/order/order-data';
import { couponTreatment } from './coupon-treatment';

/** What an order comes to at one rate: the amount tax included, after a shop discount, and the tax in it. */
export interface RateTotal {
  readonly rate: TaxRate;
  readonly amount: number;
  readonly tax: number;
}

export interface TaxBreakdown {
  /** 10 % first, then 8 %; a rate the order has nothing at is left out. */
  readonly rates: readonly RateTotal[];
  /** The part of `amounts.coupons` that is the shop's discount (値引き), spread over the rates above. */
  readonly discount: number;
}

/**
 * Tax per rate for a qualified invoice or receipt: prices are tax included (税込), so the tax at a rate is
 * amount × rate / (100 + rate), rounded once per rate per document (not per line), the way the issuer chose.
 * Shipping, the COD fee and wrapping are at 10 %. A shop discount is split over the rates in proportion to their
 * amounts (the 8 % share rounded down, the rest at 10 %), so the rate amounts add up to what the buyer owes before
 * points: billed + pointsUsed (+ coupons the mall pays for).
 */
export function taxPerRate(mall: Mall, order: MallOrderData, rounding: TaxRounding): TaxBreakdown {
  const before = amountsBeforeDiscount(order);
  const discount = couponTreatment(mall) === 'discount' ? order.amounts.coupons : 0;
  const gross = before[8] + before[10];
  const discountAt8 = gross === 0 ? 0 : Math.floor((discount * before[8]) / gross);
  const amounts: Record<TaxRate, number> = { 8: before[8] - discountAt8, 10: before[10] - (discount - discountAt8) };
  const rates = ([10, 8] as const)
    .filter((rate) => before[rate] !== 0)
    .map((rate) => ({ rate, amount: amounts[rate], tax: taxIncluded(amounts[rate], rate, rounding) }));
  return { rates, discount };
}

function amountsBeforeDiscount(order: MallOrderData): Record<TaxRate, number> {
  const sums: Record<TaxRate, number> = { 8: 0, 10: 0 };
  for (const destination of order.destinations) {
    for (const line of destination.lines) sums[line.taxRate] += line.unitPrice * line.quantity;
  }
  sums[10] += order.amounts.shipping + order.amounts.codFee + order.amounts.wrapping;
  return sums;
}

/** The consumption tax inside a tax-included amount, in integer arithmetic so 0.5 is never a float's guess. */
export function taxIncluded(amount: number, rate: TaxRate, rounding: TaxRounding): number {
  const numerator = amount * rate;
  const denominator = 100 + rate;
  const quotient = Math.floor(numerator / denominator);
  const remainder = numerator - quotient * denominator;
  if (remainder === 0) return quotient;
  if (rounding === 'up') return quotient + 1;
  if (rounding === 'nearest') return 2 * remainder >= denominator ? quotient + 1 : quotient;
  return quotient;
}
