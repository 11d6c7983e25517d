import { loadAutomationRules } from '../../application/automation/automation-rules';
import type { AutomationSettings, IntakeSettings } from '../../application/automation/ports';
import type { EventRegistry } from '../../application/events/event-registry';
import type { EventStore } from '../../application/ports/event-store';
import { loadShop } from '../../application/shops/shop-shipping-defaults';
import { loadTenantSettings } from '../../application/tenant-settings/tenant-settings';
import { DEFAULT_CHECK_SETTINGS } from '../../domain/checks/default-check-settings';
import { SHIPPED_CAUTION_AREAS } from '../../domain/checks/shipped-caution-areas';
import type { CheckSettings } from '../../domain/checks/check-finding';
import type { DatabasePool } from 'slonik';
import { listShops } from '../../projections/accounts/shop-queries';

/**
 * The tenant's automation settings from the write side: the rules stream, the settings stream (caution areas, customer
 * ranks) and each
 * shop's stream (check settings). A few small streams per import, so no read model is kept for them. The shops are
 * listed from the accounts read model; a shop not there yet has the default check settings.
 */
export const storedAutomationSettings = (
  db: DatabasePool,
  store: EventStore,
  registry: EventRegistry,
): AutomationSettings => ({
  async forTenant(tenantId: string): Promise<IntakeSettings> {
    const [rules, settings, shops] = await Promise.all([
      loadAutomationRules(store, registry, tenantId),
      loadTenantSettings(store, registry, tenantId),
      listShops(db, tenantId),
    ]);
    const checkSettings = new Map<string, CheckSettings>();
    for (const shop of await Promise.all(
      shops.map((s) => loadShop(store, registry, s.id).then((state) => [s.id, state] as const)),
    )) {
      const [shopId, state] = shop;
      if (state.status === 'registered' && state.tenantId === tenantId && state.checkSettings)
        checkSettings.set(shopId, state.checkSettings);
    }
    return {
      rules: rules.rules.filter((rule) => rule.enabled),
      cautionAreas: settings.cautionAreas ?? SHIPPED_CAUTION_AREAS,
      checkSettings: (shopId) => checkSettings.get(shopId) ?? DEFAULT_CHECK_SETTINGS,
      customerRanks: settings.customerRanks,
    };
  },
});
