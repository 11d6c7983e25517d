import type { ShopEvent, ShopRegistered } from '../../../domain/shop/events';
import { type SetShopShippingDefaults, type ShopCommand, shopDecider } from '../../../domain/shop/shop';
import { deciderSpecification } from '../../support/decider-specification';

const spec = deciderSpecification(shopDecider);
const stateAfter = (events: readonly ShopEvent[]) => events.reduce(shopDecider.evolve, shopDecider.initialState());
const registered: ShopRegistered = {
  type: 'ShopRegistered',
  data: { shopId: 's-1', tenantId: 't-1', code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' },
};

describe('Shop', () => {
  test('a shop is registered once per code', () => {
    spec
      .given([])
      .when({
        type: 'RegisterShop',
        shopId: 's-1',
        tenantId: 't-1',
        code: 'rakuten-main',
        mall: 'rakuten',
        name: ' 髙橋商店 楽天市場店 ',
      })
      .then([registered]);
    spec
      .given([registered])
      .when({ type: 'RegisterShop', shopId: 's-1', tenantId: 't-1', code: 'rakuten-main', mall: 'rakuten', name: 'x' })
      .thenRefuses('shop.already_registered');
  });

  test('a shop is renamed; code and mall stay', () =>
    spec
      .given([registered])
      .when({ type: 'RenameShop', shopId: 's-1', tenantId: 't-1', name: '髙橋商店①楽天店～本店' })
      .then([{ type: 'ShopRenamed', data: { shopId: 's-1', tenantId: 't-1', name: '髙橋商店①楽天店～本店' } }]));

  test('the same name again writes nothing; an empty name is refused', () => {
    spec
      .given([registered])
      .when({ type: 'RenameShop', shopId: 's-1', tenantId: 't-1', name: '髙橋商店 楽天市場店' })
      .then([]);
    spec
      .given([registered])
      .when({ type: 'RenameShop', shopId: 's-1', tenantId: 't-1', name: '　' })
      .thenRefuses('shop.name_required');
  });

  test("a missing shop and another tenant's shop are not found", () => {
    spec
      .given([])
      .when({ type: 'RenameShop', shopId: 's-1', tenantId: 't-1', name: 'x' })
      .thenRefuses('shop.not_found');
    spec
      .given([registered])
      .when({ type: 'RenameShop', shopId: 's-1', tenantId: 't-2', name: 'x' })
      .thenRefuses('shop.not_found');
  });

  describe('shipping defaults (出荷の既定値)', () => {
    const defaultsSet: ShopEvent = {
      type: 'ShopShippingDefaultsSet',
      data: {
        shopId: 's-1',
        tenantId: 't-1',
        shipping: { carrier: 'yamato', slipType: '発払い' },
        codSlipType: 'コレクト',
        leadDays: 2,
      },
    };
    const setDefaults = (
      fields: Partial<Pick<SetShopShippingDefaults, 'shipping' | 'codSlipType' | 'leadDays' | 'tenantId'>>,
    ): SetShopShippingDefaults => ({
      type: 'SetShopShippingDefaults',
      shopId: 's-1',
      tenantId: 't-1',
      shipping: { carrier: 'yamato', slipType: ' 発払い ' },
      codSlipType: 'コレクト ',
      leadDays: 2,
      ...fields,
    });

    test('carrier, slip types and lead days are set, trimmed; the same again writes nothing', () => {
      spec.given([registered]).when(setDefaults({})).then([defaultsSet]);
      spec.given([registered, defaultsSet]).when(setDefaults({})).then([]);
    });

    test('no carrier clears the COD slip type with it; no lead days means no planned ship date', () =>
      spec
        .given([registered, defaultsSet])
        .when(setDefaults({ shipping: null, leadDays: null }))
        .then([
          {
            type: 'ShopShippingDefaultsSet',
            data: { shopId: 's-1', tenantId: 't-1', shipping: null, codSlipType: null, leadDays: null },
          },
        ]));

    test('a carrier without a slip type, and lead days out of 0–45 or not whole, are refused', () => {
      spec
        .given([registered])
        .when(setDefaults({ shipping: { carrier: 'sagawa', slipType: '　' } }))
        .thenRefuses('shop.slip_type_required', '送り状種別');
      for (const leadDays of [-1, 46, 1.5])
        spec.given([registered]).when(setDefaults({ leadDays })).thenRefuses('shop.invalid_lead_days', '営業日数');
    });

    test("a missing shop and another tenant's shop are not found", () => {
      spec.given([]).when(setDefaults({})).thenRefuses('shop.not_found');
      spec
        .given([registered])
        .when(setDefaults({ tenantId: 't-2' }))
        .thenRefuses('shop.not_found');
    });

    test('the state keeps the defaults for intake', () =>
      expect(stateAfter([registered, defaultsSet])).toMatchObject({
        shippingDefaults: { shipping: { carrier: 'yamato', slipType: '発払い' }, codSlipType: 'コレクト', leadDays: 2 },
      }));
  });

  describe('休業日設定 (holidays)', () => {
    const setHolidays = (holidays: string[], tenantId = 't-1'): ShopCommand => ({
      type: 'SetShopHolidays',
      shopId: 's-1',
      tenantId,
      holidays,
    });
    const holidaysSet: ShopEvent = {
      type: 'ShopHolidaysSet',
      data: { shopId: 's-1', tenantId: 't-1', holidays: ['2026-12-29', '2026-12-30'] },
    };

    test('the list is set sorted and once each; the same list again writes nothing', () => {
      spec
        .given([registered])
        .when(setHolidays(['2026-12-30', '2026-12-29', '2026-12-30']))
        .then([holidaysSet]);
      spec
        .given([registered, holidaysSet])
        .when(setHolidays(['2026-12-29', '2026-12-30']))
        .then([]);
      spec
        .given([registered, holidaysSet])
        .when(setHolidays([]))
        .then([{ type: 'ShopHolidaysSet', data: { shopId: 's-1', tenantId: 't-1', holidays: [] } }]);
      expect(stateAfter([registered, holidaysSet])).toMatchObject({ holidays: ['2026-12-29', '2026-12-30'] });
    });

    test("a day that is not a date is refused; another tenant's shop is not found", () => {
      spec
        .given([registered])
        .when(setHolidays(['2026-02-30']))
        .thenRefuses('shop.invalid_holiday', '2026-02-30');
      spec
        .given([registered])
        .when(setHolidays(['2026/12/29']))
        .thenRefuses('shop.invalid_holiday');
      spec.given([registered]).when(setHolidays([], 't-2')).thenRefuses('shop.not_found');
    });
  });

  describe('slip types without tracking', () => {
    const setUntracked = (slipTypes: string[], tenantId = 't-1'): ShopCommand => ({
      type: 'SetShopUntrackedSlipTypes',
      shopId: 's-1',
      tenantId,
      slipTypes,
    });
    const untrackedSet: ShopEvent = {
      type: 'ShopUntrackedSlipTypesSet',
      data: { shopId: 's-1', tenantId: 't-1', slipTypes: ['DM便', 'ゆうメール'] },
    };

    test('none by default: クリックポスト and ネコポス are tracked like every slip type', () =>
      expect(stateAfter([registered])).toMatchObject({ untrackedSlipTypes: [] }));

    test('the list is set trimmed, sorted and once each; the same list again writes nothing', () => {
      spec
        .given([registered])
        .when(setUntracked([' ゆうメール', 'DM便', 'ゆうメール', '']))
        .then([untrackedSet]);
      spec
        .given([registered, untrackedSet])
        .when(setUntracked(['ゆうメール', 'DM便']))
        .then([]);
      expect(stateAfter([registered, untrackedSet])).toMatchObject({ untrackedSlipTypes: ['DM便', 'ゆうメール'] });
    });

    test("another tenant's shop is not found", () =>
      spec
        .given([registered])
        .when(setUntracked(['DM便'], 't-2'))
        .thenRefuses('shop.not_found'));
  });

  describe('the hold box for orders with amounts to confirm', () => {
    const setBox = (box: number, tenantId = 't-1'): ShopCommand => ({
      type: 'SetShopAmountsHoldBox',
      shopId: 's-1',
      tenantId,
      box,
    });
    const boxSet: ShopEvent = { type: 'ShopAmountsHoldBoxSet', data: { shopId: 's-1', tenantId: 't-1', box: 3 } };

    test('is the first box until the shop chooses one', () =>
      expect(stateAfter([registered])).toMatchObject({ amountsHoldBox: 1 }));

    test('is set, once; a box out of range or another tenant is refused', () => {
      spec.given([registered]).when(setBox(3)).then([boxSet]);
      spec.given([registered, boxSet]).when(setBox(3)).then([]);
      expect(stateAfter([registered, boxSet])).toMatchObject({ amountsHoldBox: 3 });
      spec.given([registered]).when(setBox(0)).thenRefuses('shop.invalid_hold_box');
      spec.given([registered]).when(setBox(1.5)).thenRefuses('shop.invalid_hold_box');
      spec.given([registered]).when(setBox(3, 't-2')).thenRefuses('shop.not_found');
    });
  });
});
