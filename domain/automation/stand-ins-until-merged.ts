/**
 * STAND-INS, to be swapped for the real modules when they are merged (then this file is deleted and the imports of it
 * point at them):
 * - `summarizeRule` → domain/automation/rule-summary.ts
 * - `ruleProblems` → domain/automation/rule-problems.ts
 */
import type { AutomationRule } from './rule';

/** The names a summary shows instead of ids. */
export interface RuleNames {
  readonly shops: Readonly<Record<string, string>>;
  readonly routes: Readonly<Record<string, string>>;
  readonly boxes: Readonly<Record<number, string>>;
}

export interface RuleProblem {
  readonly path: string;
  readonly ja: string;
  readonly en: string;
}

/** Stand-in: the rule's name and how many conditions and actions it has. */
export const summarizeRule = (rule: AutomationRule, _names: RuleNames): string =>
  `${rule.name}: ${rule.conditions.groups.reduce((n, g) => n + g.conditions.length, 0)} 条件 → ${rule.actions.length} 処理`;

/** Stand-in: finds nothing wrong. */
export const ruleProblems = (_rule: AutomationRule): readonly RuleProblem[] => [];
