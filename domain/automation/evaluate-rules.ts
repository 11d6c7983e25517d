import type { IsClosedDay } from '../shared/business-days';
import { conditionsMatch } from './conditions';
import type { AutomationRule, RuleEffect } from './rule';
import type { RuleFacts } from './rule-facts';
import { withAction } from './with-action';

/** Weekends only: callers that know the shop's calendar pass it. */
const WEEKENDS_ONLY: IsClosedDay = () => false;

/**
 * The enabled rules in order, each seeing the facts as the rules before it left them (a tag added by rule 1 matches a
 * tag condition of rule 2). Returns what each matching rule does and the facts after the last one; a matching rule
 * with `stop` ends the run.
 */
export const runRules = (
  rules: readonly AutomationRule[],
  facts: RuleFacts,
  isClosed: IsClosedDay = WEEKENDS_ONLY,
): { readonly effects: RuleEffect[]; readonly facts: RuleFacts } => {
  const effects: RuleEffect[] = [];
  let current = facts;
  for (const rule of rules) {
    if (!rule.enabled || !conditionsMatch(rule.conditions, current)) continue;
    effects.push({ rule: { id: rule.id, name: rule.name }, actions: rule.actions });
    current = rule.actions.reduce((f, action) => withAction(f, action, isClosed), current);
    if (rule.stop) break;
  }
  return { effects, facts: current };
};

/** The rules that match the order, in order, each with its actions; a matching rule with `stop` ends the run. */
export const evaluateRules = (
  rules: readonly AutomationRule[],
  facts: RuleFacts,
  isClosed: IsClosedDay = WEEKENDS_ONLY,
): RuleEffect[] => runRules(rules, facts, isClosed).effects;
