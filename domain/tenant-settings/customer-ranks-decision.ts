import * as E from 'fp-ts/Either';
import { CUSTOMER_RANKS_MAX, type CustomerRank, RANK_NAME_MAX } from '../customer/ranks';
import { type DomainError, domainError } from '../shared/decider';
import type { CustomerRanksSaved } from './events';

/** 顧客ランク: the whole table replaces the tenant's previous one; an empty table means no ranks. */
export interface SaveCustomerRanks {
  readonly type: 'SaveCustomerRanks';
  readonly tenantId: string;
  readonly ranks: readonly CustomerRank[];
}

/** Highest threshold first, as the table reads best (ゴールド above ブロンズ). */
const normalised = (ranks: readonly CustomerRank[]): CustomerRank[] =>
  ranks
    .map((rank) => ({ name: rank.name.normalize('NFKC').trim(), minPurchases: rank.minPurchases }))
    .sort((a, b) => b.minPurchases - a.minPurchases);

function problemOf(ranks: readonly CustomerRank[]): DomainError | undefined {
  if (ranks.length > CUSTOMER_RANKS_MAX)
    return domainError(
      'customer_rank.too_many',
      `顧客ランクは${CUSTOMER_RANKS_MAX}個までです`,
      `at most ${CUSTOMER_RANKS_MAX} ranks`,
    );
  const names = new Set<string>();
  const thresholds = new Set<number>();
  for (const { name, minPurchases } of ranks) {
    const length = [...name].length;
    if (length < 1 || length > RANK_NAME_MAX)
      return domainError(
        'customer_rank.invalid_name',
        `ランク名は1～${RANK_NAME_MAX}文字で入力してください`,
        `a rank name has 1 to ${RANK_NAME_MAX} characters`,
      );
    if (!Number.isInteger(minPurchases) || minPurchases < 1)
      return domainError(
        'customer_rank.invalid_threshold',
        `「${name}」: 購入回数は1以上の整数で入力してください`,
        `${name}: the purchase count is a whole number from 1`,
      );
    if (names.has(name))
      return domainError(
        'customer_rank.name_repeated',
        `ランク名「${name}」が重複しています`,
        `rank ${name} is repeated`,
      );
    if (thresholds.has(minPurchases))
      return domainError(
        'customer_rank.threshold_repeated',
        `購入回数 ${minPurchases} 回のランクが重複しています`,
        `two ranks start at ${minPurchases} purchases`,
      );
    names.add(name);
    thresholds.add(minPurchases);
  }
  return undefined;
}

export function decideCustomerRanks(
  command: SaveCustomerRanks,
  current: readonly CustomerRank[],
): E.Either<DomainError, CustomerRanksSaved[]> {
  const ranks = normalised(command.ranks);
  const problem = problemOf(ranks);
  if (problem) return E.left(problem);
  if (JSON.stringify(current) === JSON.stringify(ranks)) return E.right([]);
  return E.right([{ type: 'CustomerRanksSaved', data: { tenantId: command.tenantId, ranks } }]);
}
