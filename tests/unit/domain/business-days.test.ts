import { closedDaysOf } from '../../../application/shops/shop-shipping-defaults';
import type { MallOrderData, ShopOrderData } from '../../../domain/order/order-data';
import { addBusinessDays, isBusinessDay } from '../../../domain/shared/business-days';
import { NO_SHIPPING_DEFAULTS, withShippingDefaults } from '../../../domain/shop/shipping-defaults';

// The real calendar of 国民の祝日 (@holiday-jp/holiday_jp), with no shop holidays unless a test gives some.
const publicHolidays = closedDaysOf([]);

describe('business days (営業日)', () => {
  test.each([
    ['a Thursday, 1 day: Friday', '2026-12-03', 1, '2026-12-04'],
    ['a Friday, 1 day: over the weekend to Monday', '2026-12-04', 1, '2026-12-07'],
    ['a Saturday, 1 day: Monday', '2026-12-05', 1, '2026-12-07'],
    ['a Wednesday, 0 days: that day', '2026-12-02', 0, '2026-12-02'],
    ['a Sunday, 0 days: Monday', '2026-12-06', 0, '2026-12-07'],
    ['大晦日, 1 day: over 元日 and the weekend', '2026-12-31', 1, '2027-01-04'],
    ['the Friday before ゴールデンウィーク, 1 day: after 5/3–5/6 (振替休日 included)', '2026-05-01', 1, '2026-05-07'],
    ['the Friday before シルバーウィーク 2026 (敬老の日, 国民の休日, 秋分の日), 2 days', '2026-09-18', 2, '2026-09-25'],
  ])('%s', (_, from, days, expected) => expect(addBusinessDays(from, days, publicHolidays)).toBe(expected));

  test("the shop's own 休業日 are skipped as well as public holidays", () => {
    const shop = closedDaysOf(['2026-12-29', '2026-12-30']);
    expect(addBusinessDays('2026-12-28', 1, shop)).toBe('2026-12-31');
    expect(addBusinessDays('2026-12-28', 2, shop)).toBe('2027-01-04');
    expect(addBusinessDays('2026-12-28', 1, publicHolidays)).toBe('2026-12-29');
    expect(isBusinessDay('2026-12-29', shop)).toBe(false);
  });

  test('a calendar with no business day at all gives no date rather than searching for ever', () =>
    expect(addBusinessDays('2026-12-01', 1, () => true)).toBeUndefined());
});

const EMPTY: ShopOrderData = {
  shopMemo: '',
  slipNote: '',
  individualMessage: '',
  tags: [],
  shipping: null,
  plannedShipDate: null,
};
const mallData = (orderedAt: string, method: MallOrderData['payment']['method'] = 'credit_card') => ({
  orderedAt,
  payment: { method, label: '' },
});
const defaults = {
  shipping: { carrier: 'yamato' as const, slipType: '発払い' },
  codSlipType: 'コレクト',
  leadDays: 2,
};

describe('shipping defaults at intake', () => {
  test('an order with nothing set gets the carrier, slip type and order day + N business days (in Tokyo)', () =>
    // 2026-12-03T16:30Z is Friday 12-04 01:30 in Tokyo: two business days on is Tuesday.
    expect(withShippingDefaults(EMPTY, mallData('2026-12-03T16:30:00Z'), defaults, publicHolidays)).toEqual({
      ...EMPTY,
      shipping: { carrier: 'yamato', slipType: '発払い' },
      plannedShipDate: '2026-12-08',
    }));

  test('代金引換 gets the COD slip type (コレクト); without one, the default slip type', () => {
    const cod = mallData('2026-12-01T10:00:00+09:00', 'cash_on_delivery');
    expect(withShippingDefaults(EMPTY, cod, defaults, publicHolidays).shipping).toEqual({
      carrier: 'yamato',
      slipType: 'コレクト',
    });
    expect(withShippingDefaults(EMPTY, cod, { ...defaults, codSlipType: null }, publicHolidays).shipping).toEqual({
      carrier: 'yamato',
      slipType: '発払い',
    });
  });

  test('what the order already has stays; a shop without defaults changes nothing', () => {
    const typed = {
      ...EMPTY,
      shipping: { carrier: 'sagawa' as const, slipType: '飛脚宅配便' },
      plannedShipDate: '2026-12-24',
    };
    expect(withShippingDefaults(typed, mallData('2026-12-01T10:00:00+09:00'), defaults, publicHolidays)).toBe(typed);
    expect(
      withShippingDefaults(EMPTY, mallData('2026-12-01T10:00:00+09:00'), NO_SHIPPING_DEFAULTS, publicHolidays),
    ).toBe(EMPTY);
  });
});
