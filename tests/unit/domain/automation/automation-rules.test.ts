import { automationRulesDecider } from '../../../../domain/automation/automation-rules';
import type { AutomationRuleEvent } from '../../../../domain/automation/events';
import type { AutomationRule } from '../../../../domain/automation/rule';
import { deciderSpecification } from '../../../support/decider-specification';
import { highCodRule, remarksTagRule } from '../../../support/automation-rule-samples';

const spec = deciderSpecification(automationRulesDecider);
const tenantId = 't-1';
const saved = (rule: AutomationRule, position: number): AutomationRuleEvent => ({
  type: 'AutomationRuleSaved',
  data: { tenantId, rule, position },
});
const save = (rule: AutomationRule, position: number | null = null) =>
  ({ type: 'SaveAutomationRule', tenantId, rule, position }) as const;
const third: AutomationRule = { ...remarksTagRule(), id: 'third', name: '三番目' };
const three = [saved(highCodRule(), 0), saved(remarksTagRule(), 1), saved(third, 2)];
const order = (events: readonly AutomationRuleEvent[]) =>
  events.reduce(automationRulesDecider.evolve, automationRulesDecider.initialState()).rules.map((r) => r.id);

describe('Automation rules (自動処理設定)', () => {
  test('a new rule goes last unless a position is given', () => {
    spec
      .given([])
      .when(save(highCodRule()))
      .then([saved(highCodRule(), 0)]);
    spec
      .given([saved(highCodRule(), 0)])
      .when(save(remarksTagRule()))
      .then([saved(remarksTagRule(), 1)]);
    spec
      .given([saved(highCodRule(), 0)])
      .when(save(remarksTagRule(), 0))
      .then([saved(remarksTagRule(), 0)]);
    expect(order([saved(highCodRule(), 0), saved(remarksTagRule(), 0)])).toEqual(['remarks-tag', 'high-cod']);
  });

  test('a rule saved again by its id is replaced in its place; the same rule again records nothing', () => {
    const renamed = highCodRule({ name: '高額代引（髙）' });
    spec
      .given(three)
      .when(save(renamed))
      .then([saved(renamed, 0)]);
    expect(order([...three, saved(renamed, 0)])).toEqual(['high-cod', 'remarks-tag', 'third']);
    spec.given(three).when(save(highCodRule())).then([]);
    spec
      .given(three)
      .when(save(highCodRule(), 2))
      .then([saved(highCodRule(), 2)]);
    expect(order([...three, saved(highCodRule(), 2)])).toEqual(['remarks-tag', 'third', 'high-cod']);
  });

  test('the name is trimmed and required; a malformed rule or id and a position off the list are refused', () => {
    spec
      .given([])
      .when(save(highCodRule({ name: ' 高額代引 ' })))
      .then([saved(highCodRule(), 0)]);
    spec
      .given([])
      .when(save(highCodRule({ name: '　' })))
      .thenRefuses('automation_rule.name_required', 'ルール名');
    spec
      .given([])
      .when(save({ ...highCodRule(), actions: [{ kind: 'hold', box: '3' }] } as unknown as AutomationRule))
      .thenRefuses('automation_rule.invalid');
    spec
      .given([])
      .when(save(highCodRule({ id: 'a b/c' })))
      .thenRefuses('automation_rule.invalid_id');
    spec.given([]).when(save(highCodRule(), 1)).thenRefuses('automation_rule.invalid_position', '0〜0');
    spec.given(three).when(save(highCodRule(), 3)).thenRefuses('automation_rule.invalid_position', '0〜2');
    spec.given(three).when(save(highCodRule(), 0.5)).thenRefuses('automation_rule.invalid_position');
  });

  test('a rule is deleted by its id; an unknown id is refused', () => {
    spec
      .given(three)
      .when({ type: 'DeleteAutomationRule', tenantId, ruleId: 'remarks-tag' })
      .then([{ type: 'AutomationRuleDeleted', data: { tenantId, ruleId: 'remarks-tag' } }]);
    expect(order([...three, { type: 'AutomationRuleDeleted', data: { tenantId, ruleId: 'remarks-tag' } }])).toEqual([
      'high-cod',
      'third',
    ]);
    spec
      .given([...three, { type: 'AutomationRuleDeleted', data: { tenantId, ruleId: 'remarks-tag' } }])
      .when({ type: 'DeleteAutomationRule', tenantId, ruleId: 'remarks-tag' })
      .thenRefuses('automation_rule.not_found');
  });

  test('a new order must name every rule once; the same order records nothing', () => {
    const reordered: AutomationRuleEvent = {
      type: 'AutomationRulesReordered',
      data: { tenantId, ruleIds: ['third', 'high-cod', 'remarks-tag'] },
    };
    spec
      .given(three)
      .when({ type: 'ReorderAutomationRules', tenantId, ruleIds: ['third', 'high-cod', 'remarks-tag'] })
      .then([reordered]);
    expect(order([...three, reordered])).toEqual(['third', 'high-cod', 'remarks-tag']);
    spec
      .given(three)
      .when({ type: 'ReorderAutomationRules', tenantId, ruleIds: ['high-cod', 'remarks-tag', 'third'] })
      .then([]);
    for (const ruleIds of [
      ['third', 'high-cod'],
      ['third', 'high-cod', 'high-cod'],
      ['third', 'high-cod', 'other'],
    ])
      spec
        .given(three)
        .when({ type: 'ReorderAutomationRules', tenantId, ruleIds })
        .thenRefuses('automation_rule.not_a_permutation', '全てのルール');
  });
});
