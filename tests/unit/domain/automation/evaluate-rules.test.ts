import { evaluateRules, runRules } from '../../../../domain/automation/evaluate-rules';
import type { RuleAction } from '../../../../domain/automation/rule';
import { withAction } from '../../../../domain/automation/with-action';
import { facts, rule, withMallData } from './rule-fixtures';

const weekendsOnly = () => false;
const hold: RuleAction = { kind: 'hold', box: 3, reason: '高額代引' };
const tagged = (tag: string): RuleAction => ({ kind: 'tag', tag });

describe('withAction: what the rules after an action see', () => {
  test('given a tag, then it is added once (half-width and full-width are one tag)', () => {
    expect(withAction(facts, tagged('要確認'), weekendsOnly).shopData.tags).toEqual(['ギフト', '要確認']);
    expect(withAction(facts, tagged('ｷﾞﾌﾄ'), weekendsOnly).shopData.tags).toEqual(['ギフト']);
  });

  test('given shipping, then carrier and slip type are set', () => {
    const after = withAction(facts, { kind: 'shipping', carrier: 'sagawa', slipType: '元払い' }, weekendsOnly);
    expect(after.shopData.shipping).toEqual({ carrier: 'sagawa', slipType: '元払い' });
  });

  test('given a ship date offset, then business days count from the order day in Tokyo, past weekends and closed days', () => {
    // Ordered Friday 2026-12-04 00:30 in Tokyo (still Thursday in UTC): +0 is Friday, +1 Monday, or Tuesday when Monday is closed.
    const friday = withMallData({ orderedAt: '2026-12-04T00:30:00+09:00' });
    const offset = (days: number): RuleAction => ({ kind: 'ship_date_offset', days });
    expect(withAction(friday, offset(0), weekendsOnly).shopData.plannedShipDate).toBe('2026-12-04');
    expect(withAction(friday, offset(1), weekendsOnly).shopData.plannedShipDate).toBe('2026-12-07');
    expect(withAction(friday, offset(1), (day) => day === '2026-12-07').shopData.plannedShipDate).toBe('2026-12-08');
  });

  test.each([
    ['shop_memo', 'shopMemo', 'お得意様\nのし確認'],
    ['slip_note', 'slipNote', 'ワレモノ注意\nのし確認'],
    ['individual_message', 'individualMessage', 'のし確認'],
  ] as const)('given %s, then its text is added as a line, once', (kind, field, after) => {
    const given = { ...facts, shopData: { ...facts.shopData, shopMemo: 'お得意様', individualMessage: '' } };
    const once = withAction(given, { kind, text: 'のし確認' }, weekendsOnly);
    expect(once.shopData[field]).toBe(after);
    expect(withAction(once, { kind, text: 'のし確認' }, weekendsOnly).shopData[field]).toBe(after);
  });

  test('given a remarks edit, then the remarks lose their empty headings and a written date becomes the desired date', () => {
    const given = withMallData({
      buyerRemarks: '[配送日時指定:]\n\n[備考:]\n１２月２４日着希望でお願いします',
      destinations: [{ ...facts.mallData.destinations[0]!, delivery: { desiredDate: null, timeSlot: null } }],
    });
    const after = withAction(
      given,
      { kind: 'edit_remarks', edit: { removeBoilerplate: true, parseDeliveryDate: true } },
      weekendsOnly,
    );
    expect(after.mallData.buyerRemarks).toBe('[備考:]\n１２月２４日着希望でお願いします');
    expect(after.mallData.destinations[0]!.delivery.desiredDate).toBe('2026-12-24');
  });

  test('given a remarks edit, then a desired date already set stays', () => {
    const given = withMallData({ buyerRemarks: '12/24 配達希望' });
    const after = withAction(
      given,
      { kind: 'edit_remarks', edit: { removeBoilerplate: true, parseDeliveryDate: true } },
      weekendsOnly,
    );
    expect(after.mallData.destinations[0]!.delivery.desiredDate).toBe('2026-12-05');
  });

  test.each<RuleAction>([
    { kind: 'route', routeId: 'cod' },
    hold,
    { kind: 'add_item', sku: 'LF-01', name: 'チラシ', unitPrice: 0, quantity: 1, taxRate: 10 },
    { kind: 'mail', mailKind: 'thanks' },
  ])('given $kind, then nothing a condition reads changes', (action) => {
    expect(withAction(facts, action, weekendsOnly)).toBe(facts);
  });
});

describe('evaluateRules', () => {
  const highCod = rule('1', [{ field: 'total', min: 5000, max: null }], [hold], { name: '高額代引' });

  test('given a matching rule, then its effect is its actions, named by the rule', () => {
    expect(evaluateRules([highCod], facts)).toEqual([{ rule: { id: '1', name: '高額代引' }, actions: [hold] }]);
  });

  test('given a rule that does not match, then it has no effect', () => {
    expect(evaluateRules([rule('1', [{ field: 'total', min: 30000, max: null }], [hold])], facts)).toEqual([]);
  });

  test('given a disabled rule, then it has no effect even when it matches', () => {
    expect(evaluateRules([rule('1', [], [hold], { enabled: false })], facts)).toEqual([]);
  });

  test('given several matching rules, then each has its effect, in order', () => {
    const effects = evaluateRules([rule('1', [], [tagged('A')]), rule('2', [], [tagged('B')])], facts);
    expect(effects.map((e) => e.rule.id)).toEqual(['1', '2']);
  });

  test('given a matching rule with stop, then the rules after it do not run', () => {
    const rules = [rule('1', [], [tagged('A')], { stop: true }), rule('2', [], [tagged('B')])];
    expect(evaluateRules(rules, facts).map((e) => e.rule.id)).toEqual(['1']);
  });

  test('given a rule with stop that does not match, then the rules after it run', () => {
    const rules = [
      rule('1', [{ field: 'gift', is: false }], [tagged('A')], { stop: true }),
      rule('2', [], [tagged('B')]),
    ];
    expect(evaluateRules(rules, facts).map((e) => e.rule.id)).toEqual(['2']);
  });

  test('given a tag added by one rule, then a tag condition of a later rule matches it, and not of an earlier one', () => {
    const followsTag = rule('2', [{ field: 'tag', tag: '高額' }], [hold]);
    const addsTag = rule('1', [], [tagged('高額')]);
    expect(evaluateRules([addsTag, followsTag], facts).map((e) => e.rule.id)).toEqual(['1', '2']);
    expect(evaluateRules([followsTag, addsTag], facts).map((e) => e.rule.id)).toEqual(['1']);
  });

  test('given a remarks edit, then a later rule sees the parsed delivery date', () => {
    const given = withMallData({
      buyerRemarks: '[配送日時指定:]\n2026-12-24(木)\n午前中',
      destinations: [{ ...facts.mallData.destinations[0]!, delivery: { desiredDate: null, timeSlot: null } }],
    });
    const edit = rule('1', [], [{ kind: 'edit_remarks', edit: { removeBoilerplate: true, parseDeliveryDate: true } }]);
    const dated = rule('2', [{ field: 'delivery_date_set', is: true }], [tagged('日付指定')]);
    const run = runRules([edit, dated], given);
    expect(run.effects.map((e) => e.rule.id)).toEqual(['1', '2']);
    expect(run.facts.shopData.tags).toEqual(['ギフト', '日付指定']);
  });
});
