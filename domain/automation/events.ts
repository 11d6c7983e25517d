import * as t from 'io-ts';
import { AutomationRule } from './rule';

/** A rule added or replaced (by id), at `position` in the tenant's list (0 is first). */
export const AutomationRuleSaved = t.strict({
  type: t.literal('AutomationRuleSaved'),
  data: t.strict({ tenantId: t.string, rule: AutomationRule, position: t.number }),
});
export type AutomationRuleSaved = t.TypeOf<typeof AutomationRuleSaved>;

export const AutomationRuleDeleted = t.strict({
  type: t.literal('AutomationRuleDeleted'),
  data: t.strict({ tenantId: t.string, ruleId: t.string }),
});
export type AutomationRuleDeleted = t.TypeOf<typeof AutomationRuleDeleted>;

/** The whole list in its new order: every rule's id once. */
export const AutomationRulesReordered = t.strict({
  type: t.literal('AutomationRulesReordered'),
  data: t.strict({ tenantId: t.string, ruleIds: t.array(t.string) }),
});
export type AutomationRulesReordered = t.TypeOf<typeof AutomationRulesReordered>;

export type AutomationRuleEvent = AutomationRuleSaved | AutomationRuleDeleted | AutomationRulesReordered;

export const AUTOMATION_RULE_EVENTS = {
  AutomationRuleSaved,
  AutomationRuleDeleted,
  AutomationRulesReordered,
} as const;
