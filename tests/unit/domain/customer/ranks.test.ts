import { type CustomerRank, customerRankOf } from '../../../../domain/customer/ranks';
import type { TenantSettingsEvent } from '../../../../domain/tenant-settings/events';
import { tenantSettingsDecider } from '../../../../domain/tenant-settings/tenant-settings';
import { deciderSpecification } from '../../../support/decider-specification';

const RANKS: CustomerRank[] = [
  { name: 'ゴールド', minPurchases: 10 },
  { name: 'シルバー', minPurchases: 5 },
  { name: 'ブロンズ', minPurchases: 2 },
];

describe('顧客ランク: the rank of a purchase count', () => {
  test('the rank with the highest threshold the count reaches, thresholds included', () => {
    expect([1, 2, 4, 5, 9, 10, 250].map((count) => customerRankOf(RANKS, count))).toEqual([
      null,
      'ブロンズ',
      'ブロンズ',
      'シルバー',
      'シルバー',
      'ゴールド',
      'ゴールド',
    ]);
  });

  test('the order of the table does not matter; an empty table gives no rank', () => {
    expect(customerRankOf([...RANKS].reverse(), 7)).toBe('シルバー');
    expect(customerRankOf([], 100)).toBeNull();
  });
});

const spec = deciderSpecification(tenantSettingsDecider);
const tenantId = 't-1';
const save = (ranks: readonly CustomerRank[]) => ({ type: 'SaveCustomerRanks', tenantId, ranks }) as const;
const saved: TenantSettingsEvent = { type: 'CustomerRanksSaved', data: { tenantId, ranks: RANKS } };

describe('Tenant settings: 顧客ランク table', () => {
  test('no ranks at first; the table is saved whole, highest threshold first, names trimmed', () => {
    expect(tenantSettingsDecider.initialState().customerRanks).toEqual([]);
    spec
      .given([])
      .when(save([{ name: ' ブロンズ ', minPurchases: 2 }, RANKS[0]!, RANKS[1]!]))
      .then([saved]);
    spec.given([saved]).when(save(RANKS)).then([]);
    expect([saved].reduce(tenantSettingsDecider.evolve, tenantSettingsDecider.initialState()).customerRanks).toEqual(
      RANKS,
    );
    spec
      .given([saved])
      .when(save([]))
      .then([{ type: 'CustomerRanksSaved', data: { tenantId, ranks: [] } }]);
  });

  test('names of 1–20 characters, distinct; thresholds whole numbers from 1, distinct', () => {
    spec
      .given([])
      .when(save([{ name: '　', minPurchases: 3 }]))
      .thenRefuses('customer_rank.invalid_name');
    spec
      .given([])
      .when(save([{ name: '髙'.repeat(21), minPurchases: 3 }]))
      .thenRefuses('customer_rank.invalid_name', '20');
    spec
      .given([])
      .when(save([{ name: '①'.repeat(20), minPurchases: 3 }]))
      .then([{ type: 'CustomerRanksSaved', data: { tenantId, ranks: [{ name: '1'.repeat(20), minPurchases: 3 }] } }]);
    spec
      .given([])
      .when(save([{ name: 'ゴールド', minPurchases: 0 }]))
      .thenRefuses('customer_rank.invalid_threshold');
    spec
      .given([])
      .when(save([{ name: 'ゴールド', minPurchases: 2.5 }]))
      .thenRefuses('customer_rank.invalid_threshold');
    spec
      .given([])
      .when(save([RANKS[0]!, { name: 'ゴールド', minPurchases: 3 }]))
      .thenRefuses('customer_rank.name_repeated', 'ゴールド');
    spec
      .given([])
      .when(save([RANKS[0]!, { name: 'プラチナ', minPurchases: 10 }]))
      .thenRefuses('customer_rank.threshold_repeated', '10');
  });
});
