import { CHECK_LABELS } from '../checks/check-labels';
import { MAIL_KIND_LABELS } from '../mail/mail-kind';
import { MALL_LABELS } from '../order/mall-labels';
import { PAYMENT_METHOD_LABELS } from '../shared/payment-method';
import { CARRIER_CODES } from '../shipping/carrier-codes';
import { defaultHoldBoxName } from '../tenant-settings/hold-boxes';
import { postalDigits } from './normalize-text';
import type { AutomationRule, ConditionGroup, RuleAction, RuleCondition } from './rule';

/** The display names a summary needs and the rule only holds ids of. */
export interface RuleNames {
  readonly shop: (shopId: string) => string;
  readonly route: (routeId: string) => string;
  /** The tenant's name for the box (保留ボックスN until it is named). */
  readonly box: (box: number) => string;
}

const yen = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const list = (items: readonly string[]): string => (items.length === 0 ? '（未選択）' : items.join('・'));
const contains = (label: string, text: string): string => `${label} に「${text}」を含む`;

const range = (label: string, unit: string, { min, max }: { min: number | null; max: number | null }): string => {
  if (min !== null && max !== null)
    return min === max ? `${label} ${yen(min)}${unit}` : `${label} ${yen(min)}〜${yen(max)}${unit}`;
  if (min !== null) return `${label} ${yen(min)}${unit}以上`;
  if (max !== null) return `${label} ${yen(max)}${unit}以下`;
  return `${label} 指定なし`;
};

const postal = (code: string): string => {
  const digits = postalDigits(code);
  return digits ? `${digits.slice(0, 3)}-${digits.slice(3)}` : code;
};

const conditionText = (c: RuleCondition, names: RuleNames): string => {
  switch (c.field) {
    case 'shop':
      return list(c.shopIds.map(names.shop));
    case 'mall':
      return list(c.malls.map((mall) => MALL_LABELS[mall]));
    case 'payment':
      return list(c.methods.map((method) => PAYMENT_METHOD_LABELS[method]));
    case 'total':
      return range('合計', '円', c);
    case 'sku':
      return contains('SKU', c.contains);
    case 'product_name':
      return contains('商品名', c.contains);
    case 'quantity':
      return range('数量', '点', c);
    case 'prefecture':
      return `送付先 ${list(c.prefectures)}`;
    case 'postal_range':
      return `郵便番号 ${postal(c.from)}〜${postal(c.to)}`;
    case 'destination_count':
      return range('送付先数', '件', c);
    case 'gift':
      return c.is ? 'ギフト' : 'ギフトでない';
    case 'delivery_date_set':
      return c.is ? '配送日指定あり' : '配送日指定なし';
    case 'time_slot':
      return c.contains === '' ? '時間帯指定あり' : contains('時間帯', c.contains);
    case 'remarks':
      return c.contains === '' ? '備考あり' : contains('備考', c.contains);
    case 'purchase_count':
      return range('購入回数', '回', c);
    case 'rank':
      return `顧客ランク ${list(c.ranks)}`;
    case 'tag':
      return `タグ「${c.tag}」`;
    case 'check':
      return `${CHECK_LABELS[c.check]} に該当`;
  }
};

/** In an all-group a shop or mall reads 「楽天 の …」 and a payment 「代金引換 で …」; anything else joins with かつ. */
const allJoiner = (c: RuleCondition): string =>
  c.field === 'shop' || c.field === 'mall' ? ' の ' : c.field === 'payment' ? ' で ' : ' かつ ';

const groupText = (group: ConditionGroup, names: RuleNames): string =>
  group.conditions
    .map((c, i) => {
      const text = conditionText(c, names);
      if (i === group.conditions.length - 1) return text;
      return text + (group.match === 'all' ? allJoiner(c) : ' または ');
    })
    .join('');

const conditionsText = (rule: AutomationRule, names: RuleNames): string => {
  const groups = rule.conditions.groups.filter((group) => group.conditions.length > 0);
  if (groups.length === 0) return 'すべての受注';
  const texts = groups.map((group) =>
    groups.length > 1 && group.conditions.length > 1 ? `（${groupText(group, names)}）` : groupText(group, names),
  );
  return texts.join(rule.conditions.match === 'all' ? ' かつ ' : ' または ');
};

const holdText = (box: number, reason: string, names: RuleNames): string => {
  const name = names.box(box);
  const boxText =
    name === defaultHoldBoxName(box) || name === '' ? defaultHoldBoxName(box) : `${defaultHoldBoxName(box)}（${name}）`;
  return reason.trim() === '' ? boxText : `${boxText}「${reason}」`;
};

const actionText = (a: RuleAction, names: RuleNames): string => {
  switch (a.kind) {
    case 'tag':
      return `タグ「${a.tag}」`;
    case 'route':
      return `処理ルート「${names.route(a.routeId)}」`;
    case 'hold':
      return holdText(a.box, a.reason, names);
    case 'shipping':
      return [CARRIER_CODES[a.carrier].nameJa, a.slipType].filter((s) => s !== '').join(' ');
    case 'ship_date_offset':
      return a.days === 0 ? '出荷予定日 受注日（休業日なら翌営業日）' : `出荷予定日 受注日の${a.days}営業日後`;
    case 'add_item':
      return `商品追加「${a.name}」×${a.quantity}${a.unitPrice > 0 ? `（${yen(a.unitPrice)}円）` : ''}`;
    case 'shop_memo':
      return `一言メモ「${a.text}」`;
    case 'slip_note':
      return `送り状記事欄「${a.text}」`;
    case 'individual_message':
      return `個別メッセージ「${a.text}」`;
    case 'mail':
      return `${MAIL_KIND_LABELS[a.mailKind]}の送信対象`;
    case 'bundle':
      return '同梱候補とまとめる';
    case 'edit_remarks': {
      const parts = [
        ...(a.edit.removeBoilerplate ? ['定型文の削除'] : []),
        ...(a.edit.parseDeliveryDate ? ['お届け日の読み取り'] : []),
      ];
      return `備考の自動編集（${parts.length === 0 ? 'なし' : parts.join('・')}）`;
    }
  }
};

/**
 * A rule in one line of Japanese, as the rule list and the editor show it:
 * 「楽天 の 代金引換 で 合計 30,000円以上 → 保留ボックス3「高額代引」」.
 */
export const summarizeRule = (rule: AutomationRule, names: RuleNames): string => {
  const actions = rule.actions.length === 0 ? '（処理なし）' : rule.actions.map((a) => actionText(a, names)).join('、');
  return `${conditionsText(rule, names)} → ${actions}${rule.stop ? '（以降のルールを実行しない）' : ''}`;
};
