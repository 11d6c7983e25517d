import type { CheckSettings } from '../../../domain/checks/check-finding';
import type { ShopEvent, ShopRegistered } from '../../../domain/shop/events';
import { type SetShopCheckSettings, shopDecider } from '../../../domain/shop/shop';
import { deciderSpecification } from '../../support/decider-specification';

const spec = deciderSpecification(shopDecider);
const registered: ShopRegistered = {
  type: 'ShopRegistered',
  data: { shopId: 's-1', tenantId: 't-1', code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' },
};
const off = { mode: 'off', box: null } as const;
const SETTINGS: CheckSettings = {
  checks: {
    address: { mode: 'hold', box: 2 },
    house_number: { mode: 'warn', box: null },
    caution_area: { mode: 'hold', box: 30 },
    blacklist: off,
    ship_date: off,
    delivery_date: off,
    amounts: off,
    duplicate: off,
    remarks: { mode: 'warn', box: null },
  },
  duplicateWithinHours: 24,
  remarkKeywords: ['至急', '㈱髙橋'],
  maxDeliveryDaysAhead: 30,
};
const command = (settings: Partial<CheckSettings> = {}, tenantId = 't-1'): SetShopCheckSettings => ({
  type: 'SetShopCheckSettings',
  shopId: 's-1',
  tenantId,
  settings: { ...SETTINGS, ...settings },
});
const set: ShopEvent = { type: 'ShopCheckSettingsSet', data: { shopId: 's-1', tenantId: 't-1', settings: SETTINGS } };
const withCheck = (check: keyof CheckSettings['checks'], value: CheckSettings['checks']['address']) => ({
  checks: { ...SETTINGS.checks, [check]: value },
});

describe('Shop check settings (チェック設定)', () => {
  test('the whole set is recorded; the same again records nothing', () => {
    spec.given([registered]).when(command()).then([set]);
    spec.given([registered, set]).when(command()).then([]);
  });

  test('keywords are trimmed and kept once each, as written; a warning keeps no box', () =>
    spec
      .given([registered])
      .when(
        command({
          remarkKeywords: [' 至急 ', '', '㈱髙橋', '至急'],
          ...withCheck('house_number', { mode: 'warn', box: 4 }),
        }),
      )
      .then([
        { ...set, data: { ...set.data, settings: { ...SETTINGS, remarkKeywords: ['至急', '㈱髙橋'] } } } as ShopEvent,
      ]));

  test('a hold without a box, limits out of range and too many keywords are refused', () => {
    spec
      .given([registered])
      .when(command(withCheck('blacklist', { mode: 'hold', box: null })))
      .thenRefuses('shop.invalid_check_box', 'blacklist');
    spec
      .given([registered])
      .when(command(withCheck('blacklist', { mode: 'hold', box: 31 })))
      .thenRefuses('shop.invalid_check_box');
    spec
      .given([registered])
      .when(command({ duplicateWithinHours: 0 }))
      .thenRefuses('shop.invalid_duplicate_hours', '1〜720');
    spec
      .given([registered])
      .when(command({ maxDeliveryDaysAhead: 366 }))
      .thenRefuses('shop.invalid_delivery_days_ahead');
    spec
      .given([registered])
      .when(command({ remarkKeywords: Array.from({ length: 51 }, (_, i) => `語${i}`) }))
      .thenRefuses('shop.too_many_remark_keywords');
  });

  test("another tenant's shop does not exist", () =>
    spec.given([registered]).when(command({}, 't-2')).thenRefuses('shop.not_found'));
});
