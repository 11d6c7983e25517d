/**
 * STAND-INS, to be swapped for the real modules when they are merged (then this file is deleted and the imports of it
 * point at them):
 * - `summarizeRule` → domain/automation/rule-summary.ts
 * - `ruleProblems` → domain/automation/rule-problems.ts
 * - `SHIPPED_CAUTION_AREAS` → domain/checks/shipped-caution-areas.ts
 * - `DEFAULT_CHECK_SETTINGS` → domain/checks/default-check-settings.ts
 */
import { CHECK_KINDS, type CautionArea, type CheckSettings } from '../checks/check-finding';
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

/** Stand-in: an empty shipped list. */
export const SHIPPED_CAUTION_AREAS: readonly CautionArea[] = [];

/** Stand-in: every check off. */
export const DEFAULT_CHECK_SETTINGS: CheckSettings = {
  checks: Object.fromEntries(CHECK_KINDS.map((kind) => [kind, { mode: 'off', box: null }])) as CheckSettings['checks'],
  duplicateWithinHours: 24,
  remarkKeywords: [],
  maxDeliveryDaysAhead: 30,
};
