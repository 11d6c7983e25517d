import type { AutomationRule } from '../../domain/automation/rule';
import { AMOUNTS_UNCONFIRMED } from '../../domain/order/amounts-to-confirm';
import type { OrderCommand } from '../../domain/order/commands';
import type { OrderEnteredByStaff, OrderEvent, OrderImported } from '../../domain/order/events';
import type { IntakeAutomation } from '../../domain/order/intake-automation';
import { orderDecider } from '../../domain/order/order';
import { DEFAULT_AMOUNTS_HOLD_BOX } from '../../domain/shop/shop';
import type { DomainEvent } from '../../domain/shared/decider';
import { tokyoBusinessDate } from '../../domain/shared/dates';
import { streamName } from '../../domain/shared/ids';
import { assignableRoute } from '../../domain/tenant-settings/tenant-settings';
import type { DecodedEvent } from '../events/event-registry';
import { loadTenantSettings } from '../tenant-settings/tenant-settings';
import { type IntakePlannerDependencies, plannerWith } from './intake-planner';
import type { IntakeOrder } from './plan-intake';
import { ruleEventWords } from './rule-event-words';
import * as E from 'fp-ts/Either';

export const DRY_RUN_MAX_DAYS = 90;
export const DRY_RUN_DEFAULT_DAYS = 7;
/** Orders one dry run replays at most: a quarter of a large shop's orders, still answered in seconds. */
export const DRY_RUN_MAX_ORDERS = 20_000;
const BATCH = 500;

export interface DryRunDependencies extends IntakePlannerDependencies {
  /** The tenant's orders that came in since `since`, oldest first. */
  readonly orderIdsSince: (tenantId: string, since: Date, limit: number) => Promise<string[]>;
}

export interface DryRunOrder {
  readonly orderId: string;
  readonly orderNumber: string;
  /** What the rule would do at intake, in words. */
  readonly wouldDo: readonly string[];
  /** What the saved rule of the same id did at intake, in words. */
  readonly happened: readonly string[];
  readonly differs: boolean;
}

export interface DryRunAnswer {
  readonly orders: readonly DryRunOrder[];
  readonly examined: number;
}

type Creation = OrderImported | OrderEnteredByStaff;
const isCreation = (event: OrderEvent): event is Creation =>
  event.type === 'OrderImported' || event.type === 'OrderEnteredByStaff';

/** The command the order came in with, rebuilt from what its creation recorded, now with `automation`. */
const intakeCommand = (
  events: readonly DecodedEvent[],
  creation: DecodedEvent,
  automation: IntakeAutomation,
): OrderCommand => {
  const data = (creation.event as Creation).data;
  const sameCommand = events
    .filter((e) => e.metadata.commandId === creation.metadata.commandId)
    .map((e) => e.event as OrderEvent);
  const base = { ...data, automation };
  if (creation.event.type === 'OrderEnteredByStaff')
    return { ...base, type: 'EnterOrder', channel: (creation.event as OrderEnteredByStaff).data.mall };
  const held = sameCommand.find((e) => e.type === 'OrderHeld' && e.data.reason.ref === AMOUNTS_UNCONFIRMED.code);
  return {
    ...base,
    type: 'ImportOrder',
    mall: (creation.event as OrderImported).data.mall,
    cancelledAtMall: sameCommand.some((e) => e.type === 'OrderCancelled' && e.data.byMall),
    changeId: 'dry-run',
    ...(data.amountProblems.some((p) => p.code === AMOUNTS_UNCONFIRMED.code) && {
      amountsToConfirm: { holdBox: held?.type === 'OrderHeld' ? held.data.box : DEFAULT_AMOUNTS_HOLD_BOX },
    }),
  };
};

/** The rule list with the candidate in place of the saved rule of its id, or after the others when it is new. */
const withCandidate = (rules: readonly AutomationRule[], candidate: AutomationRule): AutomationRule[] =>
  rules.some((r) => r.id === candidate.id)
    ? rules.map((r) => (r.id === candidate.id ? candidate : r))
    : [...rules, candidate];

const sameWords = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((word, i) => word === b[i]);

/**
 * 自動処理のテスト実行: replays the intake of the tenant's orders of the last `days` days through the rule list with
 * the candidate rule (not saved), and lists for each order what the candidate would do and what the saved rule of the
 * same id did. Each order is rebuilt as at intake from its creation event, its checks worked out again as of its
 * intake day, and decided by the same decider as a real intake, on a fresh state. Nothing is appended.
 */
export async function dryRunRule(
  deps: DryRunDependencies,
  tenantId: string,
  candidate: AutomationRule,
  days: number = DRY_RUN_DEFAULT_DAYS,
): Promise<DryRunAnswer> {
  const since = new Date(deps.clock.now().getTime() - days * 86_400_000);
  const [settings, tenantSettings, blacklist, orderIds] = await Promise.all([
    deps.settings.forTenant(tenantId),
    loadTenantSettings(deps.store, deps.registry, tenantId),
    deps.reads.blacklist(tenantId),
    deps.orderIdsSince(tenantId, since, DRY_RUN_MAX_ORDERS),
  ]);
  const candidateSettings = { ...settings, rules: withCandidate(settings.rules, candidate) };
  const route = (routeId: string) => assignableRoute(tenantSettings, routeId);
  const orders: DryRunOrder[] = [];
  let examined = 0;
  for (let start = 0; start < orderIds.length; start += BATCH) {
    const streams = await deps.store.readStreams(orderIds.slice(start, start + BATCH).map(streamName.order));
    const histories = [...streams.values()].flatMap((recorded) => {
      if (!Array.isArray(recorded)) return [];
      const events = recorded.map((e) => deps.registry.decode(e));
      const creation = events.find((e) => isCreation(e.event as OrderEvent));
      // Another tenant's order cannot be listed by the query; checked again here all the same.
      if (!creation || creation.metadata.tenantId !== tenantId) return [];
      return [{ events, creation }];
    });
    // The checks ran on the intake day: "today" is that day for each group.
    const byDay = new Map<string, typeof histories>();
    for (const h of histories) {
      const day = tokyoBusinessDate(new Date(h.creation.metadata.occurredAt));
      byDay.set(day, [...(byDay.get(day) ?? []), h]);
    }
    for (const [today, group] of byDay) {
      const planner = plannerWith(deps, tenantId, candidateSettings, blacklist, route, {
        today,
        rememberPlanned: false,
      });
      const intakeOrders: IntakeOrder[] = group.map(({ creation }) => (creation.event as Creation).data);
      const plans = await planner.planBatch(intakeOrders);
      group.forEach(({ events, creation }, i) => {
        examined += 1;
        const decision = orderDecider.decide(intakeCommand(events, creation, plans[i]!), orderDecider.initialState());
        const wouldDo = E.isRight(decision)
          ? decision.right.filter((e) => (e as DomainEvent).rule?.id === candidate.id).map(ruleEventWords)
          : [];
        // What the rule did at intake, in the creation's command: a merge the policy made later for it
        // (OrderBundled naming the rule) is its consequence, listed by the request (「同梱候補とまとめる」).
        const happened = events
          .filter((e) => e.metadata.ruleId === candidate.id && e.metadata.commandId === creation.metadata.commandId)
          .map((e) => ruleEventWords(e.event as OrderEvent));
        if (wouldDo.length === 0 && happened.length === 0) return;
        const { orderId, orderNumber } = (creation.event as Creation).data;
        orders.push({ orderId, orderNumber, wouldDo, happened, differs: !sameWords(wouldDo, happened) });
      });
    }
  }
  return { orders, examined };
}
