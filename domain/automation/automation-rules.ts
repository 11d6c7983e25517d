import * as E from 'fp-ts/Either';
import { type Decider, type DomainError, domainError } from '../shared/decider';
import type { AutomationRuleEvent } from './events';
import { AutomationRule } from './rule';
import { ruleProblems } from './rule-problems';

/** A new rule, or one replaced by its id. `position`: its index in the list; null keeps its place (a new one goes last). */
export interface SaveAutomationRule {
  readonly type: 'SaveAutomationRule';
  readonly tenantId: string;
  readonly rule: AutomationRule;
  readonly position: number | null;
}
export interface DeleteAutomationRule {
  readonly type: 'DeleteAutomationRule';
  readonly tenantId: string;
  readonly ruleId: string;
}
/** The whole list in a new order: every rule's id, each once. */
export interface ReorderAutomationRules {
  readonly type: 'ReorderAutomationRules';
  readonly tenantId: string;
  readonly ruleIds: readonly string[];
}
export type AutomationRulesCommand = SaveAutomationRule | DeleteAutomationRule | ReorderAutomationRules;

/** The tenant's rules in the order they run. */
export interface AutomationRulesState {
  readonly rules: readonly AutomationRule[];
}

export const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
export const RULE_NAME_MAX = 100;
/** Rules run on every order at intake: a few hundred is already more than anyone reads. */
export const RULES_MAX = 500;

export const RULE_NOT_FOUND = domainError(
  'automation_rule.not_found',
  '自動処理ルールが見つかりません',
  'no such rule',
);

const refuse = (code: string, ja: string, en: string): E.Either<DomainError, AutomationRuleEvent[]> =>
  E.left(domainError(code, ja, en));

/** Keys sorted, so that a rule sent again with its keys in another order is the same rule. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

const withRuleAt = (rules: readonly AutomationRule[], rule: AutomationRule, position: number) => {
  const others = rules.filter((r) => r.id !== rule.id);
  return [...others.slice(0, position), rule, ...others.slice(position)];
};

function decideSave(command: SaveAutomationRule, state: AutomationRulesState) {
  const decoded = AutomationRule.decode(command.rule);
  if (E.isLeft(decoded))
    return refuse('automation_rule.invalid', '自動処理ルールの形式が正しくありません', 'the rule is not well formed');
  const rule: AutomationRule = { ...decoded.right, name: decoded.right.name.trim() };
  if (!RULE_ID.test(rule.id))
    return refuse(
      'automation_rule.invalid_id',
      'ルールIDは半角英数字・ハイフン・下線(64文字以内)です',
      'a rule id is up to 64 letters, digits, hyphens or underscores',
    );
  if (rule.name === '')
    return refuse('automation_rule.name_required', 'ルール名を入力してください', 'a rule needs a name');
  if ([...rule.name].length > RULE_NAME_MAX)
    return refuse(
      'automation_rule.name_too_long',
      `ルール名は${RULE_NAME_MAX}文字以内です`,
      `a rule name has at most ${RULE_NAME_MAX} characters`,
    );
  const [problem] = ruleProblems(rule);
  if (problem) return refuse('automation_rule.invalid', problem.ja, problem.en);
  const current = state.rules.findIndex((r) => r.id === rule.id);
  if (current < 0 && state.rules.length >= RULES_MAX)
    return refuse(
      'automation_rule.too_many',
      `自動処理ルールは${RULES_MAX}件までです`,
      `a tenant has at most ${RULES_MAX} rules`,
    );
  const last = current < 0 ? state.rules.length : state.rules.length - 1;
  const { position } = command;
  if (position !== null && !(Number.isInteger(position) && position >= 0 && position <= last))
    return refuse(
      'automation_rule.invalid_position',
      `並び順は 0〜${last} の整数です`,
      `the position is a whole number from 0 to ${last}`,
    );
  const at = position ?? (current < 0 ? last : current);
  if (current === at && canonical(state.rules[current]) === canonical(rule)) return E.right([]);
  return E.right<DomainError, AutomationRuleEvent[]>([
    { type: 'AutomationRuleSaved', data: { tenantId: command.tenantId, rule, position: at } },
  ]);
}

function decideReorder(command: ReorderAutomationRules, state: AutomationRulesState) {
  const known = new Set(state.rules.map((r) => r.id));
  const given = new Set(command.ruleIds);
  const permutation =
    command.ruleIds.length === state.rules.length &&
    given.size === known.size &&
    [...given].every((id) => known.has(id));
  if (!permutation)
    return refuse(
      'automation_rule.not_a_permutation',
      '並び替えには全てのルールを一度ずつ指定してください',
      'a new order names every rule exactly once',
    );
  if (command.ruleIds.every((id, i) => state.rules[i]!.id === id)) return E.right([]);
  return E.right<DomainError, AutomationRuleEvent[]>([
    { type: 'AutomationRulesReordered', data: { tenantId: command.tenantId, ruleIds: [...command.ruleIds] } },
  ]);
}

/** 自動処理設定: one stream per tenant holding the ordered list of its rules. */
export const automationRulesDecider: Decider<AutomationRulesCommand, AutomationRuleEvent, AutomationRulesState> = {
  initialState: () => ({ rules: [] }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'AutomationRuleSaved':
        return { rules: withRuleAt(state.rules, event.data.rule, event.data.position) };
      case 'AutomationRuleDeleted':
        return { rules: state.rules.filter((r) => r.id !== event.data.ruleId) };
      case 'AutomationRulesReordered': {
        const byId = new Map(state.rules.map((r) => [r.id, r]));
        return { rules: event.data.ruleIds.flatMap((id) => byId.get(id) ?? []) };
      }
    }
  },
  decide: (command, state) => {
    switch (command.type) {
      case 'SaveAutomationRule':
        return decideSave(command, state);
      case 'DeleteAutomationRule':
        if (!state.rules.some((r) => r.id === command.ruleId)) return E.left(RULE_NOT_FOUND);
        return E.right([
          { type: 'AutomationRuleDeleted', data: { tenantId: command.tenantId, ruleId: command.ruleId } },
        ]);
      case 'ReorderAutomationRules':
        return decideReorder(command, state);
    }
  },
};
