// What the checks and the automation rules do to a new order, decided in the same command as its creation: every
// change is one of the order's ordinary events, a rule's carrying `rule` (its id and name go into the metadata).
import * as E from 'fp-ts/Either';
import type { CheckFinding } from '../checks/check-finding';
import { describeFinding } from '../checks/describe-finding';
import type { RuleAction } from '../automation/rule';
import { mailIdFor } from '../shared/ids';
import { hasUnconfirmedAmounts, importedAmountProblems } from './amounts-to-confirm';
import { diffMallData, hasChanges } from './changes';
import { requestBundle } from './bundle';
import type { Decision } from './decision';
import type { HoldReason, OrderEvent } from './events';
import { requestMail } from './mail';
import type { MallOrderData } from './order-data';
import type { ProcessingRoute } from './route';
import { editIndividualMessage, editShopMemo, editSlipNote, setShippingPlan, SHOP_MEMO_MAX, tag } from './shop-edits';
import { type ExistingOrder, type OrderState, evolveOrder } from './state';
import { assignRoute, hold } from './workflow';

/** A tripped check as the shop's setting made it: a warning, or a hold in `box`. */
export interface IntakeFinding {
  readonly finding: CheckFinding;
  readonly outcome: 'warning' | 'hold';
  readonly box: number | null;
}

type Action<K extends RuleAction['kind']> = Extract<RuleAction, { kind: K }>;

/**
 * A rule's action with what the application looked up or worked out for it, so that the decider reads no clock,
 * calendar or settings: the route by its id, the planned ship date in business days, the order's contents after an
 * added item or an edited remark.
 */
export type ResolvedRuleAction =
  | Action<'tag' | 'hold' | 'shipping' | 'shop_memo' | 'slip_note' | 'individual_message' | 'mail' | 'bundle'>
  | (Action<'route'> & { readonly route: ProcessingRoute })
  | (Action<'ship_date_offset'> & { readonly plannedShipDate: string })
  | (Action<'add_item' | 'edit_remarks'> & { readonly mallData: MallOrderData });

export interface ResolvedRuleEffect {
  readonly rule: { readonly id: string; readonly name: string };
  readonly actions: readonly ResolvedRuleAction[];
}

export interface IntakeAutomation {
  readonly findings: readonly IntakeFinding[];
  readonly effects: readonly ResolvedRuleEffect[];
}

export const NO_AUTOMATION: IntakeAutomation = { findings: [], effects: [] };

export const checkHoldReason = (finding: CheckFinding): HoldReason => ({
  source: 'check',
  ref: finding.check,
  text: describeFinding(finding).ja,
});

export const ruleHoldReason = (rule: ResolvedRuleEffect['rule'], reason: string): HoldReason => ({
  source: 'rule',
  ref: rule.id,
  text: reason.trim() || `ルール『${rule.name}』により保留`,
});

const appended = (before: string, text: string): string =>
  text.trim() === '' ? before : before.trim() === '' ? text : `${before}\n${text}`;

/** The events one action means for the order as it stands; none when the order cannot take it (below). */
const actionEvents = (order: ExistingOrder, action: ResolvedRuleAction): Decision => {
  const { orderId } = order;
  switch (action.kind) {
    case 'tag':
      return tag(order, { type: 'AddOrderTag', tag: action.tag });
    case 'route':
      // The order has only just come in: it starts at the chosen route's first status.
      return assignRoute(order, { type: 'AssignProcessingRoute', route: action.route, startFromFirstStatus: true });
    case 'shipping':
      return setShippingPlan(order, {
        type: 'SetShippingPlan',
        shipping: { carrier: action.carrier, slipType: action.slipType },
      });
    case 'ship_date_offset':
      return setShippingPlan(order, { type: 'SetShippingPlan', plannedShipDate: action.plannedShipDate });
    case 'add_item':
    case 'edit_remarks': {
      const changes = diffMallData(order.mallData, action.mallData);
      if (!hasChanges(changes)) return E.right([]);
      const amountProblems = importedAmountProblems(action.mallData, hasUnconfirmedAmounts(order.amountProblems));
      return E.right([{ type: 'OrderEdited', data: { orderId, changes, amountProblems, outdated: [] } }]);
    }
    case 'shop_memo':
      return editShopMemo(order, appended(order.shopData.shopMemo, action.text).slice(0, SHOP_MEMO_MAX));
    case 'slip_note':
      return editSlipNote(order, appended(order.shopData.slipNote, action.text));
    case 'individual_message':
      return editIndividualMessage(order, appended(order.shopData.individualMessage, action.text));
    case 'mail':
      return requestMail(order, {
        type: 'RequestMail',
        mailId: mailIdFor(orderId, action.mailKind, 'first'),
        kind: action.mailKind,
        trigger: 'first',
        notBefore: null,
      });
    case 'bundle':
      return E.right(requestBundle(order));
    case 'hold':
      return E.right([]); // see below: holds come last
  }
};

/**
 * The events of the checks and rules for an order just created, folded as they are added so that each action sees
 * what the ones before it did (a tag added twice is added once). In order: one OrderCheckTripped per finding, then
 * each rule's actions, then the holds. Holds come last so that a route a rule chose is where the order returns when
 * released. Only the first hold holds (a check's before a rule's, then in rule order): a later check hold stays
 * visible as its OrderCheckTripped with outcome `hold`; a later rule hold is skipped (the rule's other actions show it
 * matched). An action the order cannot take is skipped, never a reason to refuse the order: a mail to an orderer
 * without an address, a route that does not fit, a hold on an order the mall already cancelled.
 */
export const intakeAutomationEvents = (state: OrderState, automation: IntakeAutomation): OrderEvent[] => {
  if (!state.exists) return [];
  let order: ExistingOrder = state;
  const events: OrderEvent[] = [];
  const add = (decision: Decision, rule?: ResolvedRuleEffect['rule']) => {
    if (E.isLeft(decision)) return;
    for (const event of decision.right) {
      // `rule` is beside the data, not in it (DomainEvent.rule): the handler moves it into the metadata.
      events.push(rule ? Object.assign({ rule }, event) : event);
      order = evolveOrder(order, event) as ExistingOrder;
    }
  };
  const holds: { box: number; reason: HoldReason; rule?: ResolvedRuleEffect['rule'] }[] = [];
  for (const { finding, outcome, box } of automation.findings) {
    add(E.right([{ type: 'OrderCheckTripped', data: { orderId: order.orderId, finding, outcome, box } }]));
    if (outcome === 'hold' && box !== null) holds.push({ box, reason: checkHoldReason(finding) });
  }
  for (const { rule, actions } of automation.effects)
    for (const action of actions) {
      if (action.kind === 'hold') holds.push({ box: action.box, reason: ruleHoldReason(rule, action.reason), rule });
      else add(actionEvents(order, action), rule);
    }
  for (const { box, reason, rule } of holds) {
    if (order.status === 'held') break;
    add(hold(order, { type: 'HoldOrder', box, reason }), rule);
  }
  return events;
};

/** The creation events, then what the checks and rules make of the order they create. */
export const withIntakeAutomation = (created: OrderEvent[], automation: IntakeAutomation | undefined): OrderEvent[] => {
  if (!automation || (automation.findings.length === 0 && automation.effects.length === 0)) return created;
  const state = created.reduce(evolveOrder, { exists: false } as OrderState);
  return [...created, ...intakeAutomationEvents(state, automation)];
};
