import type { AutomationRule, RuleEffect } from './rule';
import type { RuleFacts } from './rule-facts';

/**
 * The rules that match the order, in order, each with its actions; a matching rule with `stop` ends the run.
 * PLACEHOLDER until the rule evaluation lands: matches nothing.
 */
export const evaluateRules = (_rules: readonly AutomationRule[], _facts: RuleFacts): RuleEffect[] => [];
