import { closedDaysOf } from '../../application/shops/shop-shipping-defaults';
import type { CheckContext, CheckedOrder } from '../../domain/checks/check-context';
import type { CheckKind, CheckSettings } from '../../domain/checks/check-finding';
import { DEFAULT_CHECK_SETTINGS } from '../../domain/checks/default-check-settings';
import { defaultLeadDays } from '../../domain/checks/lead-days';
import { SHIPPED_CAUTION_AREAS } from '../../domain/checks/shipped-caution-areas';
import type { Destination, MallOrderData, Person, ShopOrderData } from '../../domain/order/order-data';
import { kenAllLookup } from '../../infrastructure/postal/ken-all-lookup';
import { mallData, shopData } from './order-fixtures';

/**
 * The fixture order (order-fixtures.ts) as the checks see it: 髙橋 太郎 in 渋谷区神宮前 orders for ㈱髙島商店 at
 * 530-0001 大阪府大阪市北区梅田, ships 2026-12-02 by yamato, wishes 2026-12-05. Its amounts add up and its addresses
 * agree with KEN_ALL; it has a remark.
 */
export const checkedOrder = (
  change: {
    mallData?: Partial<MallOrderData>;
    shopData?: Partial<ShopOrderData>;
    customerBlacklisted?: boolean;
    mallRemoteIsland?: boolean;
    amountsToConfirm?: boolean;
    orderId?: string;
  } = {},
): CheckedOrder => ({
  orderId: change.orderId ?? 'order-1',
  mall: 'rakuten',
  mallData: { ...mallData, ...change.mallData },
  shopData: { ...shopData, ...change.shopData },
  customerBlacklisted: change.customerBlacklisted ?? false,
  mallRemoteIsland: change.mallRemoteIsland ?? false,
  amountsToConfirm: change.amountsToConfirm ?? false,
});

const firstDestination = mallData.destinations[0]!;

/** A destination like the fixture's, with the recipient changed. */
export const destinationTo = (
  recipient: Partial<Person>,
  delivery?: Partial<Destination['delivery']>,
): Destination => ({
  ...firstDestination,
  recipient: { ...firstDestination.recipient, ...recipient },
  delivery: { ...firstDestination.delivery, ...delivery },
});

/** The fixture order sent to one recipient changed as given. */
export const orderTo = (recipient: Partial<Person>, delivery?: Partial<Destination['delivery']>): CheckedOrder =>
  checkedOrder({ mallData: { destinations: [destinationTo(recipient, delivery)] } });

/** The real components: KEN_ALL, the shipped areas, the default lead times and Japan's public holidays. Today 12-01. */
export const checkContext = (change: Partial<CheckContext> = {}): CheckContext => ({
  today: '2026-12-01',
  settings: DEFAULT_CHECK_SETTINGS,
  postal: kenAllLookup,
  cautionAreas: SHIPPED_CAUTION_AREAS,
  blacklist: [],
  recentOrders: [],
  leadDays: defaultLeadDays,
  isClosedDay: closedDaysOf([]),
  ...change,
});

/** The default settings with only the given checks on (as warnings). */
export const onlyChecks = (kinds: readonly CheckKind[], change: Partial<CheckSettings> = {}): CheckSettings => ({
  ...DEFAULT_CHECK_SETTINGS,
  ...change,
  checks: Object.fromEntries(
    Object.entries(DEFAULT_CHECK_SETTINGS.checks).map(([kind, setting]) => [
      kind,
      { ...setting, mode: kinds.includes(kind as CheckKind) ? 'warn' : 'off' },
    ]),
  ) as CheckSettings['checks'],
});
