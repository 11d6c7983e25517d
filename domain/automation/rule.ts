import * as t from 'io-ts';
import { CheckKind } from '../checks/check-finding';
import { TemplateMailKind } from '../mail/mail-kind';
import { Mall, TaxRate } from '../order/order-data';
import { Carrier } from '../shared/carrier';
import { PaymentMethod } from '../shared/payment-method';

const range = { min: t.union([t.number, t.null]), max: t.union([t.number, t.null]) };

/** One condition of an automation rule (自動処理設定). Text matches are substring matches after NFKC. */
export const RuleCondition = t.union([
  t.strict({ field: t.literal('shop'), shopIds: t.array(t.string) }),
  t.strict({ field: t.literal('mall'), malls: t.array(Mall) }),
  t.strict({ field: t.literal('payment'), methods: t.array(PaymentMethod) }),
  /** amounts.total, tax included. */
  t.strict({ field: t.literal('total'), ...range }),
  t.strict({ field: t.literal('sku'), contains: t.string }),
  t.strict({ field: t.literal('product_name'), contains: t.string }),
  /** The order's total quantity over every line. */
  t.strict({ field: t.literal('quantity'), ...range }),
  t.strict({ field: t.literal('prefecture'), prefectures: t.array(t.string) }),
  t.strict({ field: t.literal('postal_range'), from: t.string, to: t.string }),
  t.strict({ field: t.literal('destination_count'), ...range }),
  t.strict({ field: t.literal('gift'), is: t.boolean }),
  t.strict({ field: t.literal('delivery_date_set'), is: t.boolean }),
  /** A time slot is set; with `contains`, one that contains the text (「午前」). */
  t.strict({ field: t.literal('time_slot'), contains: t.string }),
  t.strict({ field: t.literal('remarks'), contains: t.string }),
  t.strict({ field: t.literal('purchase_count'), ...range }),
  t.strict({ field: t.literal('rank'), ranks: t.array(t.string) }),
  t.strict({ field: t.literal('tag'), tag: t.string }),
  /** The check tripped on this order at intake. */
  t.strict({ field: t.literal('check'), check: CheckKind }),
]);
export type RuleCondition = t.TypeOf<typeof RuleCondition>;

export const Match = t.keyof({ all: null, any: null });
export type Match = t.TypeOf<typeof Match>;

export const ConditionGroup = t.strict({ match: Match, conditions: t.array(RuleCondition) });
export type ConditionGroup = t.TypeOf<typeof ConditionGroup>;

/** Groups joined by `match`; a rule with no group matches every order. */
export const RuleConditions = t.strict({ match: Match, groups: t.array(ConditionGroup) });
export type RuleConditions = t.TypeOf<typeof RuleConditions>;

/** The 注文備考欄の自動編集 a rule may do. */
export const RemarksEdit = t.strict({
  /** Remove 楽天's 「[配送日時指定:]」 blocks and empty 「[メッセージ:]」 lines, and similar mall boilerplate. */
  removeBoilerplate: t.boolean,
  /** A delivery date written in the remarks becomes the destinations' desired date when none is set. */
  parseDeliveryDate: t.boolean,
});
export type RemarksEdit = t.TypeOf<typeof RemarksEdit>;

export const RuleAction = t.union([
  t.strict({ kind: t.literal('tag'), tag: t.string }),
  t.strict({ kind: t.literal('route'), routeId: t.string }),
  t.strict({ kind: t.literal('hold'), box: t.number, reason: t.string }),
  t.strict({ kind: t.literal('shipping'), carrier: Carrier, slipType: t.string }),
  /** 出荷予定日 = the order date plus this many business days. */
  t.strict({ kind: t.literal('ship_date_offset'), days: t.number }),
  /** 商品の自動追加: a leaflet, a free gift; added to every destination's first parcel (destination 0). */
  t.strict({
    kind: t.literal('add_item'),
    sku: t.string,
    name: t.string,
    unitPrice: t.number,
    quantity: t.number,
    taxRate: TaxRate,
  }),
  t.strict({ kind: t.literal('shop_memo'), text: t.string }),
  t.strict({ kind: t.literal('slip_note'), text: t.string }),
  t.strict({ kind: t.literal('individual_message'), text: t.string }),
  t.strict({ kind: t.literal('mail'), mailKind: TemplateMailKind }),
  t.strict({ kind: t.literal('edit_remarks'), edit: RemarksEdit }),
  /**
   * 同梱候補とまとめる: merge the order with its 同梱候補 (not shipped, the same bundle key, across malls only when the
   * tenant bundles across malls). Recorded at intake; the automatic-bundles policy merges.
   */
  t.strict({ kind: t.literal('bundle') }),
]);
export type RuleAction = t.TypeOf<typeof RuleAction>;

/** One automation rule. Rules run in the tenant's order; `stop` ends the run after this rule when it matched. */
export const AutomationRule = t.strict({
  id: t.string,
  name: t.string,
  enabled: t.boolean,
  conditions: RuleConditions,
  actions: t.array(RuleAction),
  stop: t.boolean,
});
export type AutomationRule = t.TypeOf<typeof AutomationRule>;

/** What one matching rule does to one order: its actions, in order. */
export interface RuleEffect {
  readonly rule: { readonly id: string; readonly name: string };
  readonly actions: readonly RuleAction[];
}
