import {
  type BlacklistedCustomer,
  type CheckContext,
  type PostalLookup,
  type RecentOrder,
  recentOrderOf,
} from '../../domain/checks/check-context';
import { customerIdentityKey, customerOfBuyer } from '../../domain/customer/identity';
import { customerRankOf } from '../../domain/customer/ranks';
import type { IntakeAutomation } from '../../domain/order/intake-automation';
import type { Person } from '../../domain/order/order-data';
import { tokyoBusinessDate } from '../../domain/shared/dates';
import { assignableRoute } from '../../domain/tenant-settings/tenant-settings';
import type { EventRegistry } from '../events/event-registry';
import type { Clock } from '../ports/clock';
import type { EventStore } from '../ports/event-store';
import { closedDaysOf, loadShop } from '../shops/shop-shipping-defaults';
import { loadTenantSettings } from '../tenant-settings/tenant-settings';
import { type IntakeLookups, type IntakeOrder, type KnownCustomer, planIntake } from './plan-intake';
import type { AutomationSettings, IntakeSettings } from './ports';

/** A purchase in the customer register, for the purchase count a rule reads. */
export interface RegisteredPurchase {
  readonly orderId: string;
  readonly orderedAt: string;
}

/** The read models intake automation looks things up in: one query each per import or per batch, never per order. */
export interface IntakeReads {
  blacklist(tenantId: string): Promise<BlacklistedCustomer[]>;
  /** The purchases (not cancelled) of these customers, by customer id. */
  purchases(tenantId: string, customerIds: readonly string[]): Promise<Map<string, RegisteredPurchase[]>>;
  /**
   * The tenant's orders from these buyers (by phone or e-mail as written) ordered between `from` and `to`, but for the
   * ones `known` already (the planner has them as it planned them): those are neither read nor folded again.
   */
  recentOrders(
    tenantId: string,
    buyers: readonly Pick<Person, 'phone' | 'email'>[],
    from: Date,
    to: Date,
    known?: (orderId: string) => boolean,
  ): Promise<RecentOrder[]>;
}

export interface IntakePlannerDependencies {
  readonly settings: AutomationSettings;
  readonly reads: IntakeReads;
  readonly postal: PostalLookup;
  readonly leadDays: CheckContext['leadDays'];
  readonly clock: Clock;
  readonly store: EventStore;
  readonly registry: EventRegistry;
}

/** Plans intake automation for the new orders of one import (or one staff entry), a batch at a time. */
export interface IntakePlanner {
  planBatch(orders: readonly IntakeOrder[]): Promise<IntakeAutomation[]>;
}

const HOUR = 3_600_000;

const buyerKeys = (person: Pick<Person, 'phone' | 'email'>): string[] =>
  [
    customerIdentityKey({ email: person.email, phone: '' }),
    customerIdentityKey({ email: '', phone: person.phone }),
  ].filter((key): key is string => key !== null);

/** Orders by buyer key (e-mail, phone), so each order is checked against its own buyer's orders only. */
class RecentOrdersIndex {
  private readonly byBuyer = new Map<string, Map<string, RecentOrder>>();
  private readonly ids = new Set<string>();

  add(orders: readonly RecentOrder[]) {
    for (const order of orders) {
      this.ids.add(order.orderId);
      for (const key of buyerKeys(order.mallData.orderer)) {
        const orders = this.byBuyer.get(key) ?? new Map<string, RecentOrder>();
        orders.set(order.orderId, order);
        this.byBuyer.set(key, orders);
      }
    }
  }

  has(orderId: string): boolean {
    return this.ids.has(orderId);
  }

  of(order: IntakeOrder): RecentOrder[] {
    const found = new Map<string, RecentOrder>();
    for (const key of buyerKeys(order.mallData.orderer))
      for (const recent of this.byBuyer.get(key)?.values() ?? [])
        if (recent.orderId !== order.orderId) found.set(recent.orderId, recent);
    return [...found.values()];
  }
}

/**
 * Reads the tenant's settings, routes and blacklist once, then per batch the buyers' purchases and recent orders in one
 * query each. The orders of this import planned so far count as recent orders too, as they were planned (the read
 * models may not have them yet, and may have them as the import changed them): the look-up leaves them out.
 */
export async function intakePlannerFor(deps: IntakePlannerDependencies, tenantId: string): Promise<IntakePlanner> {
  const [settings, tenantSettings, blacklist] = await Promise.all([
    deps.settings.forTenant(tenantId),
    loadTenantSettings(deps.store, deps.registry, tenantId),
    deps.reads.blacklist(tenantId),
  ]);
  return plannerWith(deps, tenantId, settings, blacklist, (routeId) => assignableRoute(tenantSettings, routeId));
}

/** The planner over settings already read: the dry run passes a candidate rule list. */
export function plannerWith(
  deps: IntakePlannerDependencies,
  tenantId: string,
  settings: IntakeSettings,
  blacklist: readonly BlacklistedCustomer[],
  route: IntakeLookups['route'],
  options: { readonly today?: string; readonly rememberPlanned?: boolean } = {},
): IntakePlanner {
  const closedDays = new Map<string, ReturnType<IntakeLookups['closedDays']>>();
  const planned = new RecentOrdersIndex();
  return {
    async planBatch(orders) {
      if (orders.length === 0) return [];
      for (const shopId of new Set(orders.map((o) => o.shopId)))
        if (!closedDays.has(shopId)) {
          const shop = await loadShop(deps.store, deps.registry, shopId);
          closedDays.set(shopId, closedDaysOf(shop.status === 'registered' ? shop.holidays : []));
        }
      const times = orders.map((o) => new Date(o.mallData.orderedAt).getTime()).filter((t) => !Number.isNaN(t));
      const hours = Math.max(...orders.map((o) => settings.checkSettings(o.shopId).duplicateWithinHours), 0);
      const customerIds = [
        ...new Set(orders.flatMap((o) => customerOfBuyer(tenantId, o.mallData.orderer)?.customerId ?? [])),
      ];
      const [recent, purchases] = await Promise.all([
        times.length === 0 || hours <= 0
          ? []
          : deps.reads.recentOrders(
              tenantId,
              orders.map((o) => o.mallData.orderer),
              new Date(Math.min(...times) - hours * HOUR),
              new Date(Math.max(...times) + hours * HOUR),
              (orderId) => planned.has(orderId),
            ),
        settings.rules.length === 0
          ? new Map<string, RegisteredPurchase[]>()
          : deps.reads.purchases(tenantId, customerIds),
      ]);
      const index = new RecentOrdersIndex();
      index.add(recent);
      const lookups: IntakeLookups = {
        today: options.today ?? tokyoBusinessDate(deps.clock.now()),
        postal: deps.postal,
        leadDays: deps.leadDays,
        blacklist,
        recentOrders: (order) => {
          const found = new Map([...index.of(order), ...planned.of(order)].map((r) => [r.orderId, r]));
          return [...found.values()];
        },
        customer: (customerId, order): KnownCustomer => {
          const purchasesBefore = (purchases.get(customerId) ?? []).filter(
            (p) => p.orderId !== order.orderId && Date.parse(p.orderedAt) <= Date.parse(order.mallData.orderedAt),
          ).length;
          // The rank by the same count the purchase_count condition reads: this order included.
          return { purchasesBefore, rank: customerRankOf(settings.customerRanks ?? [], purchasesBefore + 1) };
        },
        route,
        closedDays: (shopId) => closedDays.get(shopId)!,
      };
      // One by one, so that a buyer's second order in the same batch finds the first.
      return orders.map((order) => {
        const plan = planIntake(order, settings, lookups);
        if (options.rememberPlanned !== false) planned.add([recentOrderOf(order)]);
        return plan;
      });
    },
  };
}
