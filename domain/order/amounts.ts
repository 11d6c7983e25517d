import * as t from 'io-ts';
import type { MallOrderData } from './order-data';

/**
 * A disagreement between a mall's stated amounts and the sum of its parts. An imported order that has one is still
 * recorded, with the problem: the buyer has ordered and the shop must see it, and malls do ship odd rounding and
 * discounts our formats do not yet read. A person checks it. Orders staff type in are refused instead.
 */
export const AmountProblem = t.strict({
  code: t.keyof({ goods_mismatch: null, total_mismatch: null, billed_mismatch: null }),
  stated: t.number,
  computed: t.number,
});
export type AmountProblem = t.TypeOf<typeof AmountProblem>;

const LABELS: Record<AmountProblem['code'], [string, string]> = {
  goods_mismatch: ['商品合計', 'goods total'],
  total_mismatch: ['合計金額', 'order total'],
  billed_mismatch: ['請求金額', 'amount billed'],
};

export const describeAmountProblem = (problem: AmountProblem): { ja: string; en: string } => {
  const [ja, en] = LABELS[problem.code];
  return {
    ja: `${ja}が${problem.stated}円ですが、明細から計算すると${problem.computed}円です`,
    en: `the ${en} is ${problem.stated} yen but the parts add up to ${problem.computed} yen`,
  };
};

export const goodsFromLines = (data: MallOrderData): number =>
  data.destinations.flatMap((d) => d.lines).reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);

export const checkAmounts = (data: MallOrderData): AmountProblem[] => {
  const a = data.amounts;
  const checks: [AmountProblem['code'], number, number][] = [
    ['goods_mismatch', a.goods, goodsFromLines(data)],
    ['total_mismatch', a.total, a.goods + a.shipping + a.codFee + a.wrapping],
    ['billed_mismatch', a.billed, a.total - a.pointsUsed - a.coupons],
  ];
  return checks.filter(([, stated, computed]) => stated !== computed).map(([code, stated, computed]) => ({ code, stated, computed }));
};
