import type { Destination, OrderLine } from '../order/order-data';
import { containsText, postalDigits, sameText } from './normalize-text';
import type { ConditionGroup, Match, RuleCondition, RuleConditions } from './rule';
import type { RuleFacts } from './rule-facts';

interface Range {
  readonly min: number | null;
  readonly max: number | null;
}

/** Both ends included; a null end is open. */
const inRange = (value: number, { min, max }: Range): boolean =>
  (min === null || value >= min) && (max === null || value <= max);

const linesOf = (facts: RuleFacts): OrderLine[] => facts.mallData.destinations.flatMap((d) => d.lines);
const someDestination = (facts: RuleFacts, test: (d: Destination) => boolean): boolean =>
  facts.mallData.destinations.some(test);
const isSet = (text: string | null): text is string => text !== null && text.trim() !== '';

type Matcher<F extends RuleCondition['field']> = (
  condition: Extract<RuleCondition, { field: F }>,
  facts: RuleFacts,
) => boolean;

/** One matcher per field. Destination conditions match when any destination does (a gift to Okinawa among three). */
const MATCHERS: { readonly [F in RuleCondition['field']]: Matcher<F> } = {
  shop: (c, facts) => c.shopIds.includes(facts.shopId),
  mall: (c, facts) => c.malls.includes(facts.mall),
  payment: (c, facts) => c.methods.includes(facts.mallData.payment.method),
  total: (c, facts) => inRange(facts.mallData.amounts.total, c),
  sku: (c, facts) => linesOf(facts).some((line) => containsText(line.sku, c.contains)),
  product_name: (c, facts) => linesOf(facts).some((line) => containsText(line.name, c.contains)),
  quantity: (c, facts) =>
    inRange(
      linesOf(facts).reduce((sum, line) => sum + line.quantity, 0),
      c,
    ),
  prefecture: (c, facts) =>
    someDestination(facts, (d) => c.prefectures.some((p) => sameText(p.trim(), d.recipient.prefecture.trim()))),
  postal_range: (c, facts) => {
    const [from, to] = [postalDigits(c.from), postalDigits(c.to)];
    if (from === null || to === null) return false;
    return someDestination(facts, (d) => {
      const code = postalDigits(d.recipient.postalCode);
      return code !== null && code >= from && code <= to;
    });
  },
  destination_count: (c, facts) => inRange(facts.mallData.destinations.length, c),
  gift: (c, facts) => facts.mallData.gift.isGift === c.is,
  delivery_date_set: (c, facts) => someDestination(facts, (d) => isSet(d.delivery.desiredDate)) === c.is,
  time_slot: (c, facts) =>
    someDestination(facts, (d) => isSet(d.delivery.timeSlot) && containsText(d.delivery.timeSlot, c.contains)),
  /** With no text: any remarks at all (備考あり). */
  remarks: (c, facts) => isSet(facts.mallData.buyerRemarks) && containsText(facts.mallData.buyerRemarks, c.contains),
  purchase_count: (c, facts) => inRange(facts.purchaseCount, c),
  rank: (c, facts) => facts.rank !== null && c.ranks.some((rank) => sameText(rank, facts.rank!)),
  tag: (c, facts) => facts.shopData.tags.some((tag) => sameText(tag, c.tag)),
  check: (c, facts) => facts.trippedChecks.includes(c.check),
};

export const conditionMatches = (condition: RuleCondition, facts: RuleFacts): boolean =>
  (MATCHERS[condition.field] as Matcher<typeof condition.field>)(condition as never, facts);

const joined = <T>(match: Match, items: readonly T[], test: (item: T) => boolean): boolean =>
  match === 'all' ? items.every(test) : items.some(test);

/** A group with no condition puts no limit on the order, whichever way it joins. */
const groupMatches = (group: ConditionGroup, facts: RuleFacts): boolean =>
  group.conditions.length === 0 || joined(group.match, group.conditions, (c) => conditionMatches(c, facts));

/** Groups joined by `match`; no group at all: every order. */
export const conditionsMatch = (conditions: RuleConditions, facts: RuleFacts): boolean =>
  conditions.groups.length === 0 || joined(conditions.match, conditions.groups, (g) => groupMatches(g, facts));
