import type { UntrackedSlipTypes } from '../../domain/order/commands';
import type { EventRegistry } from '../events/event-registry';
import type { EventStore } from '../ports/event-store';
import { loadShop } from './shop-shipping-defaults';

/**
 * Each shop's slip types without a tracking number, by shop id, read from the shops' own streams (the write side), so
 * that advance and move decide on the setting as it is now. Shops that list none are left out.
 */
export async function untrackedSlipTypesOf(
  store: EventStore,
  registry: EventRegistry,
  tenantId: string,
  shopIds: readonly string[],
): Promise<UntrackedSlipTypes> {
  const entries = await Promise.all(
    shopIds.map(async (shopId) => {
      const shop = await loadShop(store, registry, shopId);
      return shop.status === 'registered' && shop.tenantId === tenantId && shop.untrackedSlipTypes.length > 0
        ? [[shopId, shop.untrackedSlipTypes] as const]
        : [];
    }),
  );
  return Object.fromEntries(entries.flat());
}
