import { evaluateRules } from '../../domain/automation/evaluate-rules';
import type { RuleAction, RuleEffect } from '../../domain/automation/rule';
import type { BlacklistedCustomer, CheckContext, PostalLookup, RecentOrder } from '../../domain/checks/check-context';
import type { CheckFinding, CheckSettings } from '../../domain/checks/check-finding';
import { runChecks } from '../../domain/checks/run-checks';
import { customerOfBuyer } from '../../domain/customer/identity';
import type { IntakeAutomation, IntakeFinding, ResolvedRuleAction } from '../../domain/order/intake-automation';
import type { Mall, MallOrderData, ShopOrderData } from '../../domain/order/order-data';
import type { ProcessingRoute } from '../../domain/order/route';
import { addBusinessDays, type IsClosedDay } from '../../domain/shared/business-days';
import { tokyoBusinessDate } from '../../domain/shared/dates';
import type { IntakeSettings } from './ports';
import { addItem, editRemarksOf } from './order-contents';

/** The order as intake sees it: what the creation event will say. */
export interface IntakeOrder {
  readonly orderId: string;
  readonly tenantId: string;
  readonly shopId: string;
  readonly orderNumber: string;
  readonly mall: Mall;
  readonly mallData: MallOrderData;
  readonly shopData: ShopOrderData;
  /** The file had no prices (Amazon's unshipped report): the amounts check says so instead of a mismatch. */
  readonly amountsToConfirm?: boolean;
}

/** The buyer's customer as the register knows them (before this order). */
export interface KnownCustomer {
  /** Purchases before this order, cancelled ones not counted. */
  readonly purchasesBefore: number;
  readonly rank: string | null;
}

/**
 * What the checks and rules read besides the order, looked up by the application once per import (or batch) and
 * shared by every order in it.
 */
export interface IntakeLookups {
  /** Today in Japan (YYYY-MM-DD). */
  readonly today: string;
  readonly postal: PostalLookup;
  readonly leadDays: CheckContext['leadDays'];
  readonly blacklist: readonly BlacklistedCustomer[];
  /** The tenant's orders near this one in time (the duplicate check picks the same buyer and items among them). */
  readonly recentOrders: (order: IntakeOrder) => readonly RecentOrder[];
  readonly customer: (customerId: string, order: IntakeOrder) => KnownCustomer | undefined;
  /** The tenant's route by id; undefined for one retired or never defined (the action is then skipped). */
  readonly route: (routeId: string) => ProcessingRoute | undefined;
  /** The shop's closed days, for a planned ship date N business days on. */
  readonly closedDays: (shopId: string) => IsClosedDay;
}

/** A check in hold mode whose box the shop left empty holds in box 1. */
export const DEFAULT_CHECK_HOLD_BOX = 1;

const outcomeOf = (finding: CheckFinding, settings: CheckSettings): IntakeFinding => {
  const setting = settings.checks[finding.check];
  return setting?.mode === 'hold'
    ? { finding, outcome: 'hold', box: setting.box ?? DEFAULT_CHECK_HOLD_BOX }
    : { finding, outcome: 'warning', box: null };
};

/** The actions with what the decider needs looked up; an action that cannot be (a route no longer there) is left out. */
const resolveActions = (
  order: IntakeOrder,
  actions: readonly RuleAction[],
  lookups: IntakeLookups,
  contents: { mallData: MallOrderData },
): ResolvedRuleAction[] =>
  actions.flatMap((action): ResolvedRuleAction[] => {
    switch (action.kind) {
      case 'route': {
        const route = lookups.route(action.routeId);
        return route ? [{ ...action, route }] : [];
      }
      case 'ship_date_offset': {
        const orderDay = tokyoBusinessDate(new Date(order.mallData.orderedAt));
        const plannedShipDate = addBusinessDays(orderDay, action.days, lookups.closedDays(order.shopId));
        return plannedShipDate ? [{ ...action, plannedShipDate }] : [];
      }
      // Contents stack: a second item is added to the order with the first.
      case 'add_item':
        contents.mallData = addItem(contents.mallData, action);
        return [{ ...action, mallData: contents.mallData }];
      case 'edit_remarks':
        contents.mallData = editRemarksOf(contents.mallData, action.edit);
        return [{ ...action, mallData: contents.mallData }];
      default:
        return [action];
    }
  });

/**
 * The order as the rules' actions leave it, for the checks that read what a rule can set: a planned ship date, a
 * carrier (its lead days), the contents (an added item, edited remarks, a delivery date moved out of them).
 */
const orderAfterRules = (order: IntakeOrder, actions: readonly ResolvedRuleAction[]): IntakeOrder =>
  actions.reduce<IntakeOrder>((after, action) => {
    switch (action.kind) {
      case 'ship_date_offset':
        return { ...after, shopData: { ...after.shopData, plannedShipDate: action.plannedShipDate } };
      case 'shipping':
        return {
          ...after,
          shopData: { ...after.shopData, shipping: { carrier: action.carrier, slipType: action.slipType } },
        };
      case 'add_item':
      case 'edit_remarks':
        return { ...after, mallData: action.mallData };
      default:
        return after;
    }
  }, order);

/**
 * The checks, then the rules (which may read what the checks found), for a new order: what intake automation will do,
 * for the ImportOrder / EnterOrder command to decide with the order's creation. Pure given the settings and lookups.
 * The rules read the checks of the order as it came in; the results recorded are those of the order as the rules
 * leave it, so a rule that sets the planned ship date leaves no 「出荷予定日がありません」 behind.
 */
export const planIntake = (order: IntakeOrder, settings: IntakeSettings, lookups: IntakeLookups): IntakeAutomation => {
  const customer = customerOfBuyer(order.tenantId, order.mallData.orderer);
  const checkSettings = settings.checkSettings(order.shopId);
  const context: CheckContext = {
    today: lookups.today,
    settings: checkSettings,
    postal: lookups.postal,
    cautionAreas: settings.cautionAreas,
    blacklist: lookups.blacklist,
    recentOrders: lookups.recentOrders(order),
    leadDays: lookups.leadDays,
    isClosedDay: lookups.closedDays(order.shopId),
  };
  const check = (checked: IntakeOrder): IntakeFinding[] =>
    runChecks(
      {
        orderId: checked.orderId,
        mall: checked.mall,
        mallData: checked.mallData,
        shopData: checked.shopData,
        customerBlacklisted: !!customer && lookups.blacklist.some((b) => b.customerId === customer.customerId),
        mallRemoteIsland: checked.mallData.remoteIsland === true,
        ...(checked.amountsToConfirm && { amountsToConfirm: true }),
      },
      context,
    ).map((finding) => outcomeOf(finding, checkSettings));
  const findings = check(order);
  const known = customer && lookups.customer(customer.customerId, order);
  const effects: RuleEffect[] =
    settings.rules.length === 0
      ? []
      : evaluateRules(settings.rules, {
          shopId: order.shopId,
          mall: order.mall,
          mallData: order.mallData,
          shopData: order.shopData,
          purchaseCount: (known?.purchasesBefore ?? 0) + 1,
          rank: known?.rank ?? null,
          trippedChecks: findings.map((f) => f.finding.check),
        });
  const contents = { mallData: order.mallData };
  const resolved = effects.map(({ rule, actions }) => ({
    rule,
    actions: resolveActions(order, actions, lookups, contents),
  }));
  const after = orderAfterRules(
    order,
    resolved.flatMap((effect) => effect.actions),
  );
  return { findings: after === order ? findings : check(after), effects: resolved };
};
