import { conditionMatches, conditionsMatch } from '../../../../domain/automation/conditions';
import type { RuleCondition } from '../../../../domain/automation/rule';
import type { RuleFacts } from '../../../../domain/automation/rule-facts';
import { recipient } from '../../../support/order-fixtures';
import { facts, withDestination, withMallData } from './rule-fixtures';

const line = { sku: 'ＬＦ－００１', name: 'ﾁﾗｼ 同梱用', options: '', unitPrice: 0, quantity: 1, taxRate: 10 as const };
const withLines = (quantities: readonly number[]): RuleFacts =>
  withDestination({ lines: quantities.map((quantity) => ({ ...line, quantity })) });

/** [what, condition, the order, matches?] — each field once matching and once not. */
const cases: [string, RuleCondition, RuleFacts, boolean][] = [
  ['shop: the order’s shop', { field: 'shop', shopIds: ['shop-yahoo', 'shop-rakuten'] }, facts, true],
  ['shop: another shop', { field: 'shop', shopIds: ['shop-yahoo'] }, facts, false],
  ['mall: the order’s mall', { field: 'mall', malls: ['rakuten'] }, facts, true],
  ['mall: another mall', { field: 'mall', malls: ['yahoo', 'amazon'] }, facts, false],
  ['payment: bank transfer', { field: 'payment', methods: ['bank_transfer'] }, facts, true],
  ['payment: COD only', { field: 'payment', methods: ['cash_on_delivery'] }, facts, false],
  ['total: 5,020 ≥ 5,020 (inclusive)', { field: 'total', min: 5020, max: null }, facts, true],
  ['total: 5,020 < 30,000', { field: 'total', min: 30000, max: null }, facts, false],
  ['total: 5,020 ≤ 5,020 (inclusive)', { field: 'total', min: null, max: 5020 }, facts, true],
  ['total: 5,020 > 5,019', { field: 'total', min: null, max: 5019 }, facts, false],
  ['sku: half-width text finds a full-width SKU', { field: 'sku', contains: 'lf-00' }, withLines([1]), true],
  ['sku: not on any line', { field: 'sku', contains: 'LF-' }, facts, false],
  [
    'product_name: full-width kana finds half-width',
    { field: 'product_name', contains: 'チラシ' },
    withLines([1]),
    true,
  ],
  ['product_name: ①～ as written', { field: 'product_name', contains: '静岡茶1~特選' }, facts, true],
  ['product_name: not there', { field: 'product_name', contains: 'チラシ' }, facts, false],
  ['quantity: 2 + 3 over every line ≥ 5', { field: 'quantity', min: 5, max: null }, withLines([2, 3]), true],
  ['quantity: 2 + 2 < 5', { field: 'quantity', min: 5, max: null }, withLines([2, 2]), false],
  ['prefecture: 大阪府', { field: 'prefecture', prefectures: ['北海道', '大阪府'] }, facts, true],
  ['prefecture: not 沖縄県', { field: 'prefecture', prefectures: ['沖縄県'] }, facts, false],
  [
    'postal_range: 530-0001 within (full-width bounds)',
    { field: 'postal_range', from: '５３００００１', to: '530-9999' },
    facts,
    true,
  ],
  [
    'postal_range: 〒530-0001 from a full-width code',
    { field: 'postal_range', from: '5300000', to: '5300001' },
    withDestination({ recipient: { ...recipient, postalCode: '〒５３０－０００１' } }),
    true,
  ],
  ['postal_range: 530-0001 below the range', { field: 'postal_range', from: '9000000', to: '9079999' }, facts, false],
  ['postal_range: 530-0001 above the range', { field: 'postal_range', from: '1000000', to: '5300000' }, facts, false],
  [
    'postal_range: a bound that is not 7 digits matches nothing',
    { field: 'postal_range', from: '530', to: '5309999' },
    facts,
    false,
  ],
  [
    'destination_count: 2 ≥ 2',
    { field: 'destination_count', min: 2, max: null },
    withMallData({ destinations: [facts.mallData.destinations[0]!, facts.mallData.destinations[0]!] }),
    true,
  ],
  ['destination_count: 1 < 2', { field: 'destination_count', min: 2, max: null }, facts, false],
  ['gift: a gift', { field: 'gift', is: true }, facts, true],
  ['gift: not a gift', { field: 'gift', is: false }, facts, false],
  ['delivery_date_set: set', { field: 'delivery_date_set', is: true }, facts, true],
  [
    'delivery_date_set: none set',
    { field: 'delivery_date_set', is: true },
    withDestination({ delivery: { desiredDate: null, timeSlot: null } }),
    false,
  ],
  [
    'delivery_date_set (no): none set',
    { field: 'delivery_date_set', is: false },
    withDestination({ delivery: { desiredDate: null, timeSlot: null } }),
    true,
  ],
  ['time_slot: any slot', { field: 'time_slot', contains: '' }, facts, true],
  [
    'time_slot: no slot',
    { field: 'time_slot', contains: '' },
    withDestination({ delivery: { desiredDate: null, timeSlot: '' } }),
    false,
  ],
  ['time_slot: half-width digits find full-width', { field: 'time_slot', contains: '14:00' }, facts, true],
  ['time_slot: 午前 is not 14:00～16:00', { field: 'time_slot', contains: '午前' }, facts, false],
  [
    'remarks: contains',
    { field: 'remarks', contains: 'ﾌｻﾞｲ' },
    withMallData({ buyerRemarks: '午前中はフザイです' }),
    true,
  ],
  ['remarks: does not contain', { field: 'remarks', contains: '領収書' }, facts, false],
  ['remarks: any remarks', { field: 'remarks', contains: '' }, facts, true],
  ['remarks: blank remarks are none', { field: 'remarks', contains: '' }, withMallData({ buyerRemarks: ' \n' }), false],
  ['purchase_count: 3 ≥ 2', { field: 'purchase_count', min: 2, max: null }, facts, true],
  ['purchase_count: 3 is not the first', { field: 'purchase_count', min: null, max: 1 }, facts, false],
  ['rank: ゴールド', { field: 'rank', ranks: ['シルバー', 'ｺﾞｰﾙﾄﾞ'] }, facts, true],
  ['rank: not シルバー', { field: 'rank', ranks: ['シルバー'] }, facts, false],
  ['rank: no rank matches none', { field: 'rank', ranks: ['ゴールド'] }, { ...facts, rank: null }, false],
  ['tag: ギフト, written half-width', { field: 'tag', tag: 'ｷﾞﾌﾄ' }, facts, true],
  ['tag: not 要確認', { field: 'tag', tag: '要確認' }, facts, false],
  ['check: remarks tripped', { field: 'check', check: 'remarks' }, facts, true],
  ['check: address did not trip', { field: 'check', check: 'address' }, facts, false],
];

describe('a rule condition', () => {
  test.each(cases)('given %s, when matched, then the answer is as expected', (_what, condition, given, expected) => {
    expect(conditionMatches(condition, given)).toBe(expected);
  });
});

describe('condition groups', () => {
  const rakuten: RuleCondition = { field: 'mall', malls: ['rakuten'] };
  const cod: RuleCondition = { field: 'payment', methods: ['cash_on_delivery'] };
  const gift: RuleCondition = { field: 'gift', is: true };

  test('given no group, then every order matches', () => {
    expect(conditionsMatch({ match: 'all', groups: [] }, facts)).toBe(true);
    expect(conditionsMatch({ match: 'any', groups: [] }, facts)).toBe(true);
  });

  test('given an empty group, then it puts no limit on the order, joined either way', () => {
    expect(conditionsMatch({ match: 'all', groups: [{ match: 'any', conditions: [] }] }, facts)).toBe(true);
    expect(conditionsMatch({ match: 'all', groups: [{ match: 'all', conditions: [] }] }, facts)).toBe(true);
  });

  test('given a group of all, then one condition failing fails it', () => {
    expect(conditionsMatch({ match: 'all', groups: [{ match: 'all', conditions: [rakuten, gift] }] }, facts)).toBe(
      true,
    );
    expect(conditionsMatch({ match: 'all', groups: [{ match: 'all', conditions: [rakuten, cod] }] }, facts)).toBe(
      false,
    );
  });

  test('given a group of any, then one condition matching is enough', () => {
    expect(conditionsMatch({ match: 'all', groups: [{ match: 'any', conditions: [cod, gift] }] }, facts)).toBe(true);
    expect(conditionsMatch({ match: 'all', groups: [{ match: 'any', conditions: [cod] }] }, facts)).toBe(false);
  });

  test('given groups joined by all, then every group must match', () => {
    const groups = [
      { match: 'all' as const, conditions: [rakuten] },
      { match: 'any' as const, conditions: [cod] },
    ];
    expect(conditionsMatch({ match: 'all', groups }, facts)).toBe(false);
    expect(conditionsMatch({ match: 'any', groups }, facts)).toBe(true);
  });

  test('given groups joined by any, then none matching fails', () => {
    const groups = [
      { match: 'all' as const, conditions: [cod] },
      { match: 'all' as const, conditions: [{ field: 'mall' as const, malls: ['amazon' as const] }] },
    ];
    expect(conditionsMatch({ match: 'any', groups }, facts)).toBe(false);
  });
});
