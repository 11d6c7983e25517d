import * as t from 'io-ts';

/** 顧客ランク: a customer with at least `minPurchases` purchases (this order included) has this rank. */
export const CustomerRank = t.strict({ name: t.string, minPurchases: t.number });
export type CustomerRank = t.TypeOf<typeof CustomerRank>;

export const RANK_NAME_MAX = 20;
export const CUSTOMER_RANKS_MAX = 50;

/**
 * The rank of a customer with `purchaseCount` purchases: the one with the highest threshold the count reaches, or null
 * (no table, or fewer purchases than any threshold asks). The table's order does not matter.
 */
export function customerRankOf(ranks: readonly CustomerRank[], purchaseCount: number): string | null {
  let best: CustomerRank | null = null;
  for (const rank of ranks)
    if (rank.minPurchases <= purchaseCount && (best === null || rank.minPurchases > best.minPurchases)) best = rank;
  return best?.name ?? null;
}
