import type { AutomationRule, RuleAction, RuleCondition } from '../../../../domain/automation/rule';
import { ruleProblems } from '../../../../domain/automation/rule-problems';
import { rule } from './rule-fixtures';

const hold: RuleAction = { kind: 'hold', box: 3, reason: '高額代引' };
const pathsOf = (given: AutomationRule): string[] => ruleProblems(given).map((p) => p.path);
const conditionPaths = (condition: RuleCondition): string[] => pathsOf(rule('1', [condition], [hold]));
const actionPaths = (action: RuleAction): string[] => pathsOf(rule('1', [], [hold, action]));
const at = 'conditions.groups.0.conditions.0';

describe('ruleProblems', () => {
  test('given a sound rule, then none', () => {
    const sound = rule(
      '1',
      [
        { field: 'total', min: 30000, max: 30000 },
        { field: 'postal_range', from: '９００－００００', to: '9079999' },
        { field: 'remarks', contains: '' },
        { field: 'postal_range', from: '9071801', to: '907-1801' },
      ],
      [
        hold,
        { kind: 'ship_date_offset', days: 30 },
        { kind: 'add_item', sku: '', name: 'チラシ', unitPrice: 0, quantity: 1, taxRate: 10 },
      ],
    );
    expect(ruleProblems(sound)).toEqual([]);
  });

  test('given a blank name and no action, then both, in Japanese and English', () => {
    expect(ruleProblems(rule('1', [], [], { name: '　' }))).toEqual([
      { path: 'name', ja: 'ルール名を入力してください', en: 'the rule name is required' },
      { path: 'actions', ja: '処理を1つ以上追加してください', en: 'add at least one action' },
    ]);
  });

  test.each<[string, RuleCondition, string[]]>([
    ['min above max', { field: 'total', min: 30001, max: 30000 }, [`${at}.max`]],
    ['quantity min above max', { field: 'quantity', min: 3, max: 2 }, [`${at}.max`]],
    ['an empty SKU text', { field: 'sku', contains: ' ' }, [`${at}.contains`]],
    ['an empty product name text', { field: 'product_name', contains: '' }, [`${at}.contains`]],
    ['an empty tag', { field: 'tag', tag: '' }, [`${at}.tag`]],
    ['no mall chosen', { field: 'mall', malls: [] }, [`${at}.malls`]],
    ['postal codes not 7 digits', { field: 'postal_range', from: '900', to: '90799999' }, [`${at}.from`, `${at}.to`]],
    [
      'a postal range that ends before it starts',
      { field: 'postal_range', from: '9079999', to: '9000000' },
      [`${at}.to`],
    ],
  ])('given a condition with %s, then its field', (_what, condition, paths) => {
    expect(conditionPaths(condition)).toEqual(paths);
  });

  test.each<[string, RuleAction, string[]]>([
    ['box 0', { kind: 'hold', box: 0, reason: '確認' }, ['actions.1.box']],
    ['box 31', { kind: 'hold', box: 31, reason: '確認' }, ['actions.1.box']],
    ['a hold without reason', { kind: 'hold', box: 1, reason: '' }, ['actions.1.reason']],
    ['an empty tag', { kind: 'tag', tag: '' }, ['actions.1.tag']],
    ['an empty memo', { kind: 'shop_memo', text: '' }, ['actions.1.text']],
    ['an empty slip note', { kind: 'slip_note', text: ' ' }, ['actions.1.text']],
    ['an empty message', { kind: 'individual_message', text: '' }, ['actions.1.text']],
    ['no route', { kind: 'route', routeId: '' }, ['actions.1.routeId']],
    ['a ship date 31 days on', { kind: 'ship_date_offset', days: 31 }, ['actions.1.days']],
    ['a ship date before the order', { kind: 'ship_date_offset', days: -1 }, ['actions.1.days']],
    ['a ship date 1.5 days on', { kind: 'ship_date_offset', days: 1.5 }, ['actions.1.days']],
    [
      'an item of 0 pieces at −1 yen without a name',
      { kind: 'add_item', sku: 'LF', name: '', unitPrice: -1, quantity: 0, taxRate: 10 },
      ['actions.1.name', 'actions.1.unitPrice', 'actions.1.quantity'],
    ],
    [
      'an item of 1.5 pieces at 0.5 yen',
      { kind: 'add_item', sku: 'LF', name: 'チラシ', unitPrice: 0.5, quantity: 1.5, taxRate: 10 },
      ['actions.1.unitPrice', 'actions.1.quantity'],
    ],
    [
      'a remarks edit that does nothing',
      { kind: 'edit_remarks', edit: { removeBoilerplate: false, parseDeliveryDate: false } },
      ['actions.1.edit'],
    ],
  ])('given an action with %s, then its field', (_what, action, paths) => {
    expect(actionPaths(action)).toEqual(paths);
  });

  test('given problems in a second group, then the path names the group', () => {
    const twoGroups: AutomationRule = {
      ...rule('1', [], [hold]),
      conditions: {
        match: 'any',
        groups: [
          { match: 'all', conditions: [{ field: 'gift', is: true }] },
          {
            match: 'all',
            conditions: [
              { field: 'gift', is: true },
              { field: 'tag', tag: '' },
            ],
          },
        ],
      },
    };
    expect(pathsOf(twoGroups)).toEqual(['conditions.groups.1.conditions.1.tag']);
  });
});
