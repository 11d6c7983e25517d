import type { AutomationRule } from '../../domain/automation/rule';
import type { CautionArea, CheckSettings } from '../../domain/checks/check-finding';
import type { CustomerRank } from '../../domain/customer/ranks';

/** What intake automation reads of a tenant's settings: loaded once per import, not once per order. */
export interface IntakeSettings {
  /** The enabled rules, in the tenant's order. */
  readonly rules: readonly AutomationRule[];
  /** The tenant's 要注意発送地域 table (the shipped list until the tenant saves its own). */
  readonly cautionAreas: readonly CautionArea[];
  /** A shop's check settings (the defaults until the shop saves its own). */
  readonly checkSettings: (shopId: string) => CheckSettings;
  /** The tenant's 顧客ランク table by purchase count; none or empty: no customer has a rank. */
  readonly customerRanks?: readonly CustomerRank[];
}

export interface AutomationSettings {
  forTenant(tenantId: string): Promise<IntakeSettings>;
}
