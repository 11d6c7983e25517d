import holidayJp from '@holiday-jp/holiday_jp';
import type { MallOrderData, ShopOrderData } from '../../domain/order/order-data';
import type { IsClosedDay } from '../../domain/shared/business-days';
import { streamName } from '../../domain/shared/ids';
import { type ShopState, shopDecider } from '../../domain/shop/shop';
import { withShippingDefaults } from '../../domain/shop/shipping-defaults';
import type { EventRegistry } from '../events/event-registry';
import { loadState } from '../events/load-state';
import type { EventStore } from '../ports/event-store';

/** 国民の祝日 from @holiday-jp/holiday_jp, as a set: its own isHoliday scans every key on each call. */
const JAPANESE_HOLIDAYS: ReadonlySet<string> = new Set(Object.keys(holidayJp.holidays));

export const isJapaneseHoliday = (day: string): boolean => JAPANESE_HOLIDAYS.has(day);

/** The shop's closed weekdays: public holidays and its own 休業日 (weekends are closed anyway). */
export const closedDaysOf = (shopHolidays: readonly string[]): IsClosedDay => {
  const own = new Set(shopHolidays);
  return (day) => JAPANESE_HOLIDAYS.has(day) || own.has(day);
};

/** The shop as the write side knows it (not a read model), so that an order copies its defaults as they are now. */
export async function loadShop(store: EventStore, registry: EventRegistry, shopId: string): Promise<ShopState> {
  return loadState(store, registry, shopDecider, streamName.shop(shopId));
}

/** Fills a new order's shop data from the shop's defaults. Read the shop once, then call this for every order. */
export type IntakeShipping = (shopData: ShopOrderData, mallData: MallOrderData) => ShopOrderData;

export const NO_INTAKE_SHIPPING: IntakeShipping = (shopData) => shopData;

export const intakeShippingOf = (shop: ShopState, tenantId: string): IntakeShipping => {
  if (shop.status !== 'registered' || shop.tenantId !== tenantId) return NO_INTAKE_SHIPPING;
  const { shippingDefaults } = shop;
  if (shippingDefaults.shipping === null && shippingDefaults.leadDays === null) return NO_INTAKE_SHIPPING;
  const isClosed = closedDaysOf(shop.holidays);
  return (shopData, mallData) => withShippingDefaults(shopData, mallData, shippingDefaults, isClosed);
};

/** The shop's intake defaults, read from its stream. */
export const loadIntakeShipping = async (
  store: EventStore,
  registry: EventRegistry,
  tenantId: string,
  shopId: string,
): Promise<IntakeShipping> => intakeShippingOf(await loadShop(store, registry, shopId), tenantId);
