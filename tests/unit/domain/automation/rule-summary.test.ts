import type { AutomationRule } from '../../../../domain/automation/rule';
import { type RuleNames, summarizeRule } from '../../../../domain/automation/rule-summary';
import { rule } from './rule-fixtures';

const names: RuleNames = {
  shop: (id) => ({ 'shop-rakuten': '楽天', 'shop-yahoo': 'Yahoo!店' })[id] ?? id,
  route: (id) => ({ cod: '代引ルート' })[id] ?? id,
  box: (box) => (box === 5 ? '要電話' : `保留ボックス${box}`),
};

describe('summarizeRule', () => {
  test('given the high-COD rule, then it reads as staff would say it', () => {
    const highCod = rule(
      '1',
      [
        { field: 'shop', shopIds: ['shop-rakuten'] },
        { field: 'payment', methods: ['cash_on_delivery'] },
        { field: 'total', min: 30000, max: null },
      ],
      [{ kind: 'hold', box: 3, reason: '高額代引' }],
    );
    expect(summarizeRule(highCod, names)).toBe('楽天 の 代金引換 で 合計 30,000円以上 → 保留ボックス3「高額代引」');
  });

  test('given a rule for every order with several actions and stop, then 「、」 joins the actions and stop is said', () => {
    const everyOrder = rule(
      '2',
      [],
      [
        { kind: 'tag', tag: 'ギフト' },
        { kind: 'shipping', carrier: 'yamato', slipType: 'コレクト' },
        { kind: 'ship_date_offset', days: 2 },
        { kind: 'route', routeId: 'cod' },
      ],
      { stop: true },
    );
    expect(summarizeRule(everyOrder, names)).toBe(
      'すべての受注 → タグ「ギフト」、ヤマト運輸 コレクト、出荷予定日 受注日の2営業日後、処理ルート「代引ルート」（以降のルールを実行しない）',
    );
  });

  test('given groups joined by or, then each group of several is bracketed and 「または」 joins them', () => {
    const remote: AutomationRule = {
      ...rule(
        '3',
        [],
        [
          { kind: 'hold', box: 5, reason: '' },
          { kind: 'mail', mailKind: 'thanks' },
        ],
      ),
      conditions: {
        match: 'any',
        groups: [
          {
            match: 'any',
            conditions: [
              { field: 'prefecture', prefectures: ['北海道', '沖縄県'] },
              { field: 'postal_range', from: '1000100', to: '１００－０３９９' },
            ],
          },
          { match: 'all', conditions: [{ field: 'check', check: 'caution_area' }] },
          { match: 'all', conditions: [] },
        ],
      },
    };
    expect(summarizeRule(remote, names)).toBe(
      '（送付先 北海道・沖縄県 または 郵便番号 100-0100〜100-0399） または 要注意発送地域・離島 に該当 → 保留ボックス5（要電話）、サンクスメールの送信対象',
    );
  });

  test('given text and range conditions, then each says what it looks for', () => {
    const detailed = rule(
      '4',
      [
        { field: 'mall', malls: ['rakuten', 'yahoo'] },
        { field: 'sku', contains: 'LF-' },
        { field: 'quantity', min: 2, max: 5 },
        { field: 'remarks', contains: '' },
        { field: 'time_slot', contains: '午前' },
        { field: 'purchase_count', min: null, max: 1 },
        { field: 'gift', is: false },
      ],
      [
        { kind: 'add_item', sku: 'LF-01', name: 'チラシ', unitPrice: 0, quantity: 1, taxRate: 10 },
        { kind: 'edit_remarks', edit: { removeBoilerplate: true, parseDeliveryDate: true } },
        { kind: 'shop_memo', text: '初回' },
      ],
    );
    expect(summarizeRule(detailed, names)).toBe(
      '楽天市場・Yahoo!ショッピング の SKU に「LF-」を含む かつ 数量 2〜5点 かつ 備考あり かつ 時間帯 に「午前」を含む かつ 購入回数 1回以下 かつ ギフトでない' +
        ' → 商品追加「チラシ」×1、備考の自動編集（定型文の削除・お届け日の読み取り）、一言メモ「初回」',
    );
  });

  test('given a rule that merges, then it reads 「同梱候補とまとめる」', () => {
    expect(summarizeRule(rule('6', [{ field: 'mall', malls: ['rakuten'] }], [{ kind: 'bundle' }]), names)).toBe(
      '楽天市場 → 同梱候補とまとめる',
    );
  });

  test('given a rule with no action, then the summary says so', () => {
    expect(summarizeRule(rule('5', [{ field: 'tag', tag: '要確認' }], []), names)).toBe(
      'タグ「要確認」 → （処理なし）',
    );
  });
});
