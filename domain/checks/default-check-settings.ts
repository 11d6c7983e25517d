import { CHECK_KINDS, type CheckSetting, type CheckSettings } from './check-finding';

/** A shop that has set nothing sees every check as a warning, and nothing is held until it chooses a box. */
export const DEFAULT_CHECK_SETTINGS: CheckSettings = {
  checks: Object.fromEntries(CHECK_KINDS.map((kind) => [kind, { mode: 'warn', box: null }])) as Record<
    (typeof CHECK_KINDS)[number],
    CheckSetting
  >,
  duplicateWithinHours: 24,
  remarkKeywords: [],
  maxDeliveryDaysAhead: 30,
};
