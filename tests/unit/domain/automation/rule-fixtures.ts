import type { AutomationRule, RuleAction, RuleCondition } from '../../../../domain/automation/rule';
import type { RuleFacts } from '../../../../domain/automation/rule-facts';
import type { Destination, MallOrderData } from '../../../../domain/order/order-data';
import { mallData, shopData } from '../../../support/order-fixtures';

/** A 楽天 order by bank transfer, 5,020 yen, 3 items to 大阪府 530-0001, a gift tagged ギフト, with remarks. */
export const facts: RuleFacts = {
  shopId: 'shop-rakuten',
  mall: 'rakuten',
  mallData,
  shopData,
  purchaseCount: 3,
  rank: 'ゴールド',
  trippedChecks: ['remarks'],
};

export const withMallData = (change: Partial<MallOrderData>): RuleFacts => ({
  ...facts,
  mallData: { ...facts.mallData, ...change },
});

const firstDestination = mallData.destinations[0]!;

export const withDestination = (change: Partial<Destination>): RuleFacts =>
  withMallData({ destinations: [{ ...firstDestination, ...change }] });

export const rule = (
  id: string,
  conditions: readonly RuleCondition[],
  actions: readonly RuleAction[],
  options: Partial<Pick<AutomationRule, 'enabled' | 'stop' | 'name'>> = {},
): AutomationRule => ({
  id,
  name: options.name ?? `ルール${id}`,
  enabled: options.enabled ?? true,
  stop: options.stop ?? false,
  conditions: { match: 'all', groups: conditions.length === 0 ? [] : [{ match: 'all', conditions: [...conditions] }] },
  actions: [...actions],
});
