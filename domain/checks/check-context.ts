import type { IsClosedDay } from '../shared/business-days';
import type { Carrier } from '../shared/carrier';
import type { Mall, MallOrderData, OrderLine, Person, ShopOrderData } from '../order/order-data';
import type { CautionArea, CheckSettings } from './check-finding';

/** A place for a postal code from Japan Post's KEN_ALL; `town` is '' for 「以下に掲載がない場合」. */
export interface PostalPlace {
  readonly prefecture: string;
  readonly city: string;
  readonly town: string;
}

/** KEN_ALL lookup: the places of a 7-digit code, or undefined when the data does not know the code. */
export type PostalLookup = (postalCode7: string) => readonly PostalPlace[] | undefined;

/** A blacklisted customer, as the blacklist check matches it (buyers change e-mails, so name+phone and address too). */
export interface BlacklistedCustomer {
  readonly customerId: string;
  readonly name: string;
  readonly phone: string;
  readonly postalCode: string;
  readonly address: string;
  readonly reason: string;
}

/** What the duplicate check reads of another order's mall data: who bought, and which items how many. */
export interface DuplicateFacts {
  readonly orderer: Pick<Person, 'name' | 'phone' | 'email'>;
  readonly destinations: readonly { readonly lines: readonly Pick<OrderLine, 'sku' | 'name' | 'quantity'>[] }[];
}

/** Another recent order of the tenant, for the duplicate check. */
export interface RecentOrder {
  readonly orderId: string;
  readonly orderNumber: string;
  readonly orderedAt: string;
  readonly mallData: DuplicateFacts;
}

/**
 * An order as a recent order, copying only what the duplicate check reads: an import remembers every order it planned,
 * and holding each one's whole mall data (addresses, remarks, amounts) would keep the whole file in memory.
 */
export const recentOrderOf = (order: {
  readonly orderId: string;
  readonly orderNumber: string;
  readonly mallData: MallOrderData;
}): RecentOrder => {
  const { name, phone, email } = order.mallData.orderer;
  return {
    orderId: order.orderId,
    orderNumber: order.orderNumber,
    orderedAt: order.mallData.orderedAt,
    mallData: {
      orderer: { name, phone, email },
      destinations: order.mallData.destinations.map((d) => ({
        lines: d.lines.map(({ sku, name: lineName, quantity }) => ({ sku, name: lineName, quantity })),
      })),
    },
  };
};

/** The order as the checks see it. */
export interface CheckedOrder {
  readonly orderId: string;
  readonly mall: Mall;
  readonly mallData: MallOrderData;
  readonly shopData: ShopOrderData;
  /** The buyer's customer is blacklisted (the customer register's own flag). */
  readonly customerBlacklisted: boolean;
  /** 楽天's own 離島 flag, for the order or a destination. */
  readonly mallRemoteIsland: boolean;
  /**
   * The order came from a file without prices (Amazon's unshipped orders report): its amounts are to confirm, which
   * the amounts check says instead of 0 yen lines not adding up.
   */
  readonly amountsToConfirm?: boolean;
}

/** Everything a check needs besides the order: looked up by the application, so the checks stay pure. */
export interface CheckContext {
  /** Today in Japan (YYYY-MM-DD). */
  readonly today: string;
  readonly settings: CheckSettings;
  readonly postal: PostalLookup;
  readonly cautionAreas: readonly CautionArea[];
  readonly blacklist: readonly BlacklistedCustomer[];
  readonly recentOrders: readonly RecentOrder[];
  /** Business days from shipping to delivery for a carrier to a prefecture. */
  readonly leadDays: (carrier: Carrier | null, prefecture: string) => number;
  /**
   * The shop's closed days besides weekends (国民の祝日, its 休業日), for counting the lead time in business days.
   * Without it only weekends are closed.
   */
  readonly isClosedDay?: IsClosedDay;
}
