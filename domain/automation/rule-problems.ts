import { HOLD_BOXES_RANGE_MESSAGE, isHoldBox } from '../tenant-settings/hold-boxes';
import { postalDigits } from './normalize-text';
import type { AutomationRule, RuleAction, RuleCondition } from './rule';

/** What is wrong with a rule the codec let through, at a field path the editor can show it beside (actions.2.box). */
export interface RuleProblem {
  readonly path: string;
  readonly ja: string;
  readonly en: string;
}

export const MAX_SHIP_DATE_OFFSET = 30;

const problem = (path: string, ja: string, en: string): RuleProblem => ({ path, ja, en });
const isBlank = (text: string): boolean => text.trim() === '';
const required = (path: string, ja: string, en: string, text: string): RuleProblem[] =>
  isBlank(text) ? [problem(path, `${ja}を入力してください`, `${en} is required`)] : [];
const chosen = (path: string, ja: string, en: string, items: readonly unknown[]): RuleProblem[] =>
  items.length === 0 ? [problem(path, `${ja}を1つ以上選んでください`, `choose at least one ${en}`)] : [];
const isNonNegativeInteger = (n: number): boolean => Number.isInteger(n) && n >= 0;

const rangeProblems = (path: string, { min, max }: { min: number | null; max: number | null }): RuleProblem[] =>
  min !== null && max !== null && min > max
    ? [problem(`${path}.max`, '上限が下限より小さくなっています', 'the maximum is below the minimum')]
    : [];

const postalProblems = (path: string, from: string, to: string): RuleProblem[] => {
  const [start, end] = [postalDigits(from), postalDigits(to)];
  const notSeven = (field: string) =>
    problem(`${path}.${field}`, '郵便番号は7桁で入力してください', 'a postal code has 7 digits');
  return [
    ...(start === null ? [notSeven('from')] : []),
    ...(end === null ? [notSeven('to')] : []),
    ...(start !== null && end !== null && start > end
      ? [problem(`${path}.to`, '終わりの郵便番号が始まりより前です', 'the range ends before it starts')]
      : []),
  ];
};

const conditionProblems = (c: RuleCondition, path: string): RuleProblem[] => {
  switch (c.field) {
    case 'shop':
      return chosen(`${path}.shopIds`, '店舗', 'shop', c.shopIds);
    case 'mall':
      return chosen(`${path}.malls`, 'モール', 'mall', c.malls);
    case 'payment':
      return chosen(`${path}.methods`, '支払方法', 'payment method', c.methods);
    case 'prefecture':
      return chosen(`${path}.prefectures`, '都道府県', 'prefecture', c.prefectures);
    case 'rank':
      return chosen(`${path}.ranks`, '顧客ランク', 'rank', c.ranks);
    case 'total':
    case 'quantity':
    case 'destination_count':
    case 'purchase_count':
      return rangeProblems(path, c);
    case 'sku':
      return required(`${path}.contains`, 'SKU', 'the SKU text', c.contains);
    case 'product_name':
      return required(`${path}.contains`, '商品名', 'the product name text', c.contains);
    case 'tag':
      return required(`${path}.tag`, 'タグ', 'the tag', c.tag);
    case 'postal_range':
      return postalProblems(path, c.from, c.to);
    // An empty time-slot or remarks text means any slot, any remarks.
    case 'time_slot':
    case 'remarks':
    case 'gift':
    case 'delivery_date_set':
    case 'check':
      return [];
  }
};

const actionProblems = (a: RuleAction, path: string): RuleProblem[] => {
  switch (a.kind) {
    case 'tag':
      return required(`${path}.tag`, 'タグ', 'the tag', a.tag);
    case 'route':
      return required(`${path}.routeId`, '処理ルート', 'the route', a.routeId);
    case 'hold':
      return [
        ...(isHoldBox(a.box) ? [] : [problem(`${path}.box`, HOLD_BOXES_RANGE_MESSAGE.ja, HOLD_BOXES_RANGE_MESSAGE.en)]),
        ...required(`${path}.reason`, '保留の理由', 'the hold reason', a.reason),
      ];
    case 'ship_date_offset':
      return isNonNegativeInteger(a.days) && a.days <= MAX_SHIP_DATE_OFFSET
        ? []
        : [
            problem(
              `${path}.days`,
              `出荷予定日は受注日から0〜${MAX_SHIP_DATE_OFFSET}営業日で指定してください`,
              `the ship date is 0 to ${MAX_SHIP_DATE_OFFSET} business days after the order`,
            ),
          ];
    case 'add_item':
      return [
        ...required(`${path}.name`, '商品名', 'the item name', a.name),
        ...(isNonNegativeInteger(a.unitPrice)
          ? []
          : [
              problem(
                `${path}.unitPrice`,
                '単価は0以上の整数で入力してください',
                'the unit price is a whole yen amount, 0 or more',
              ),
            ]),
        ...(isNonNegativeInteger(a.quantity) && a.quantity > 0
          ? []
          : [
              problem(
                `${path}.quantity`,
                '数量は1以上の整数で入力してください',
                'the quantity is a whole number, 1 or more',
              ),
            ]),
      ];
    case 'shop_memo':
      return required(`${path}.text`, '一言メモ', 'the memo', a.text);
    case 'slip_note':
      return required(`${path}.text`, '送り状記事欄', 'the slip note', a.text);
    case 'individual_message':
      return required(`${path}.text`, '個別メッセージ', 'the message', a.text);
    case 'edit_remarks':
      return a.edit.removeBoilerplate || a.edit.parseDeliveryDate
        ? []
        : [problem(`${path}.edit`, '備考の自動編集の内容を選んでください', 'choose what the remarks edit does')];
    case 'shipping':
    case 'mail':
    case 'bundle':
      return [];
  }
};

/** Every problem at once, so the editor can mark each field; none means the rule may be saved. */
export const ruleProblems = (rule: AutomationRule): RuleProblem[] => [
  ...required('name', 'ルール名', 'the rule name', rule.name),
  ...(rule.actions.length === 0
    ? [problem('actions', '処理を1つ以上追加してください', 'add at least one action')]
    : []),
  ...rule.conditions.groups.flatMap((group, g) =>
    group.conditions.flatMap((c, i) => conditionProblems(c, `conditions.groups.${g}.conditions.${i}`)),
  ),
  ...rule.actions.flatMap((a, i) => actionProblems(a, `actions.${i}`)),
];
