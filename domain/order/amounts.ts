import * as t from 'io-ts';
import type { Amounts, MallOrderData } from './order-data';

/**
 * A disagreement between a mall's stated amounts and the sum of its parts. An imported order that has one is still
 * recorded, with the problem: the buyer has ordered and the shop must see it, and malls do ship odd rounding and
 * discounts our formats do not yet read. A person checks it. Orders staff type in are refused instead.
 */
export const AmountProblem = t.strict({
  code: t.keyof({ goods_mismatch: null, total_mismatch: null, billed_mismatch: null, amounts_unconfirmed: null }),
  stated: t.number,
  computed: t.number,
});
export type AmountProblem = t.TypeOf<typeof AmountProblem>;

const LABELS: Record<Exclude<AmountProblem['code'], 'amounts_unconfirmed'>, [string, string]> = {
  goods_mismatch: ['商品合計', 'goods total'],
  total_mismatch: ['合計金額', 'order total'],
  billed_mismatch: ['請求金額', 'amount billed'],
};

export const describeAmountProblem = (problem: AmountProblem): { ja: string; en: string } => {
  if (problem.code === 'amounts_unconfirmed')
    return {
      ja: '金額未確定: 価格のないファイル(Amazonの未出荷の注文レポート)から取り込まれました。同じ注文の注文レポートを取り込むと確定します',
      en: 'amounts to confirm: the order came from a file without prices (Amazon unshipped orders report); importing its order report completes them',
    };
  const [ja, en] = LABELS[problem.code];
  return {
    ja: `${ja}が${problem.stated}円ですが、明細から計算すると${problem.computed}円です`,
    en: `the ${en} is ${problem.stated} yen but the parts add up to ${problem.computed} yen`,
  };
};

export const goodsFromLines = (data: Pick<MallOrderData, 'destinations'>): number =>
  data.destinations.flatMap((d) => d.lines).reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);

export const checkAmounts = (data: MallOrderData): AmountProblem[] => {
  const a = data.amounts;
  const checks: [AmountProblem['code'], number, number][] = [
    ['goods_mismatch', a.goods, goodsFromLines(data)],
    ['total_mismatch', a.total, a.goods + a.shipping + a.codFee + a.wrapping],
    ['billed_mismatch', a.billed, a.total - a.pointsUsed - a.coupons],
  ];
  return checks
    .filter(([, stated, computed]) => stated !== computed)
    .map(([code, stated, computed]) => ({ code, stated, computed }));
};

/** Charges staff type beside the lines; points and coupons are means of payment, so they do not lower the taxable base. */
export interface Charges {
  readonly shipping: number;
  readonly codFee: number;
  readonly wrapping: number;
  readonly pointsUsed: number;
  readonly coupons: number;
}

/**
 * The amounts of an order whose prices include tax (税込), worked out from its lines as a mall would: shipping, the COD
 * fee and wrapping are taxed at 10 %, and the tax in each rate is rounded down once per rate (インボイス制度の端数処理).
 */
export const amountsFromLines = (destinations: MallOrderData['destinations'], charges: Charges): Amounts => {
  const lines = destinations.flatMap((d) => d.lines);
  const subtotal = (rate: number) =>
    lines.filter((l) => l.taxRate === rate).reduce((sum, l) => sum + l.unitPrice * l.quantity, 0);
  const goods = subtotal(8) + subtotal(10);
  const { shipping, codFee, wrapping, pointsUsed, coupons } = charges;
  const total = goods + shipping + codFee + wrapping;
  const taxByRate = ([8, 10] as const)
    .map((rate) => {
      const taxable = subtotal(rate) + (rate === 10 ? shipping + codFee + wrapping : 0);
      return { rate, taxable, tax: Math.floor((taxable * rate) / (100 + rate)) };
    })
    .filter((r) => r.taxable > 0);
  return {
    goods,
    shipping,
    codFee,
    wrapping,
    pointsUsed,
    coupons,
    total,
    billed: total - pointsUsed - coupons,
    taxByRate,
  };
};
