import * as E from 'fp-ts/Either';
import { CHECK_KINDS, type CheckSettings } from '../checks/check-finding';
import { type DomainError, domainError } from '../shared/decider';
import { HOLD_BOXES_RANGE_MESSAGE, isHoldBox } from '../tenant-settings/hold-boxes';
import type { ShopCheckSettingsSet } from './events';

export const DUPLICATE_HOURS = { min: 1, max: 720 } as const;
export const DELIVERY_DAYS_AHEAD = { min: 1, max: 365 } as const;
export const REMARK_KEYWORDS_MAX = 50;
export const REMARK_KEYWORD_LENGTH_MAX = 50;

/** チェック設定: per check off / warn / hold (with its box), the duplicate window, remark keywords, the delivery limit. */
export interface SetShopCheckSettings {
  readonly type: 'SetShopCheckSettings';
  readonly shopId: string;
  readonly tenantId: string;
  readonly settings: CheckSettings;
}

const inRange = (n: number, range: { min: number; max: number }) =>
  Number.isInteger(n) && n >= range.min && n <= range.max;

/** Boxes go with holds only: a warning keeps no box, so that turning the hold back on asks for one again. */
const normalised = (settings: CheckSettings): CheckSettings => ({
  checks: Object.fromEntries(
    CHECK_KINDS.map((kind) => {
      const { mode, box } = settings.checks[kind];
      return [kind, { mode, box: mode === 'hold' ? box : null }];
    }),
  ) as CheckSettings['checks'],
  duplicateWithinHours: settings.duplicateWithinHours,
  remarkKeywords: [...new Set(settings.remarkKeywords.map((k) => k.trim()).filter((k) => k !== ''))],
  maxDeliveryDaysAhead: settings.maxDeliveryDaysAhead,
});

function problemOf(settings: CheckSettings): DomainError | undefined {
  for (const kind of CHECK_KINDS) {
    const { mode, box } = settings.checks[kind];
    if (mode === 'hold' && (box === null || !isHoldBox(box)))
      return domainError(
        'shop.invalid_check_box',
        `保留するチェック(${kind})には保留ボックスを指定してください。${HOLD_BOXES_RANGE_MESSAGE.ja}`,
        `a check that holds (${kind}) needs a hold box: ${HOLD_BOXES_RANGE_MESSAGE.en}`,
      );
  }
  if (!inRange(settings.duplicateWithinHours, DUPLICATE_HOURS))
    return domainError(
      'shop.invalid_duplicate_hours',
      `重複注文とみなす時間は ${DUPLICATE_HOURS.min}〜${DUPLICATE_HOURS.max} の整数です`,
      `the duplicate window is a whole number of hours from ${DUPLICATE_HOURS.min} to ${DUPLICATE_HOURS.max}`,
    );
  if (!inRange(settings.maxDeliveryDaysAhead, DELIVERY_DAYS_AHEAD))
    return domainError(
      'shop.invalid_delivery_days_ahead',
      `配送指定日の上限日数は ${DELIVERY_DAYS_AHEAD.min}〜${DELIVERY_DAYS_AHEAD.max} の整数です`,
      `the delivery date limit is a whole number of days from ${DELIVERY_DAYS_AHEAD.min} to ${DELIVERY_DAYS_AHEAD.max}`,
    );
  if (settings.remarkKeywords.length > REMARK_KEYWORDS_MAX)
    return domainError(
      'shop.too_many_remark_keywords',
      `備考キーワードは${REMARK_KEYWORDS_MAX}個までです`,
      `at most ${REMARK_KEYWORDS_MAX} remark keywords`,
    );
  if (settings.remarkKeywords.some((k) => [...k].length > REMARK_KEYWORD_LENGTH_MAX))
    return domainError(
      'shop.remark_keyword_too_long',
      `備考キーワードは${REMARK_KEYWORD_LENGTH_MAX}文字以内です`,
      `a remark keyword has at most ${REMARK_KEYWORD_LENGTH_MAX} characters`,
    );
  return undefined;
}

/** Keys in one order, so that two equal settings are one JSON text. */
const canonical = (s: CheckSettings) =>
  JSON.stringify([
    CHECK_KINDS.map((kind) => [s.checks[kind].mode, s.checks[kind].box]),
    s.duplicateWithinHours,
    s.remarkKeywords,
    s.maxDeliveryDaysAhead,
  ]);

/** The whole set replaces the previous one; the same settings again change nothing. */
export function decideCheckSettings(
  command: SetShopCheckSettings,
  current: CheckSettings | null,
): E.Either<DomainError, ShopCheckSettingsSet[]> {
  const settings = normalised(command.settings);
  const problem = problemOf(settings);
  if (problem) return E.left(problem);
  if (current && canonical(current) === canonical(settings)) return E.right([]);
  return E.right([
    { type: 'ShopCheckSettingsSet', data: { shopId: command.shopId, tenantId: command.tenantId, settings } },
  ]);
}
