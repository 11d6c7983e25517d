import type { AutomationRule } from '../../domain/automation/rule';

/** 楽天 の 代金引換 で 合計 30,000円以上 → 保留ボックス3「高額代引」: the rule the tests save and list. */
export const highCodRule = (overrides: Partial<AutomationRule> = {}): AutomationRule => ({
  id: 'high-cod',
  name: '高額代引',
  enabled: true,
  stop: false,
  conditions: {
    match: 'all',
    groups: [
      {
        match: 'all',
        conditions: [
          { field: 'mall', malls: ['rakuten'] },
          { field: 'payment', methods: ['cash_on_delivery'] },
          { field: 'total', min: 30000, max: null },
        ],
      },
    ],
  },
  actions: [{ kind: 'hold', box: 3, reason: '高額代引～髙額のため確認' }],
  ...overrides,
});

/** A second, simpler rule: 備考あり → タグ「備考確認」. */
export const remarksTagRule = (overrides: Partial<AutomationRule> = {}): AutomationRule => ({
  id: 'remarks-tag',
  name: '備考ありにタグ',
  enabled: true,
  stop: false,
  conditions: { match: 'all', groups: [{ match: 'any', conditions: [{ field: 'remarks', contains: '' }] }] },
  actions: [{ kind: 'tag', tag: '備考確認①' }],
  ...overrides,
});
