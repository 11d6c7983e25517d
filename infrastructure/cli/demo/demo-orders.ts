import { amountsFromLines, goodsFromLines } from '../../../domain/order/amounts';
import type { ImportOrder } from '../../../domain/order/commands';
import type { Destination, Mall, MallOrderData, OrderLine, Payment, Person } from '../../../domain/order/order-data';
import { STANDARD_ROUTE, type ProcessingRoute } from '../../../domain/order/route';
import { tokyoBusinessDate } from '../../../domain/shared/dates';
import { importedOrderIdFor } from '../../../domain/shared/ids';
import { ADDRESSES, BUILDINGS, GIVEN_NAMES, PRODUCTS, SURNAMES, TIME_SLOTS } from './japanese-sample-data';

/** mulberry32: a small seeded generator, so the same seed always gives the same demo data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const CARD_ROUTE: ProcessingRoute = {
  routeId: 'card',
  name: 'クレジット決済',
  statuses: STANDARD_ROUTE.statuses.filter((s) => s !== 'awaiting_payment'),
};

const PAYMENTS: readonly Payment[] = [
  { method: 'credit_card', label: 'クレジットカード決済' },
  { method: 'bank_transfer', label: '銀行振込' },
  { method: 'cash_on_delivery', label: '代金引換' },
  { method: 'convenience_store', label: 'コンビニ決済' },
  { method: 'deferred', label: '後払い決済' },
];

/** Order numbers in each mall's own shape, as staff will search for them. */
const orderNumber = (mall: Mall, n: number, date: string): string => {
  const seq = String(n).padStart(7, '0');
  switch (mall) {
    case 'rakuten':
      return `${'387215'}-${date.replace(/-/g, '')}-${seq}`;
    case 'amazon':
      return `503-${String(1000000 + n).slice(-7)}-${String(7000000 + n * 7).slice(-7)}`;
    case 'yahoo':
      return `demo-shop-${10000 + n}`;
    default:
      return `${mall.toUpperCase()}-${date.replace(/-/g, '')}-${seq}`;
  }
};

export interface DemoShop {
  readonly id: string;
  readonly mall: Mall;
}

/** One realistic import command: varied malls, payment methods, gift orders and sometimes several destinations. */
export function demoOrder(random: () => number, tenantId: string, shop: DemoShop, n: number, now: Date): ImportOrder {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const person = (): Person => {
    const [surname, surnameKana] = pick(SURNAMES);
    const [given, givenKana] = pick(GIVEN_NAMES);
    const address = pick(ADDRESSES);
    const phone = `0${pick(['90', '80', '70', '3', '6'])}-${String(1000 + Math.floor(random() * 9000))}-${String(1000 + Math.floor(random() * 9000))}`;
    // Half the malls send kana in half-width katakana; keep that oddity in the data.
    const kana = random() < 0.5 ? `${surnameKana} ${givenKana}` : `${surnameKana} ${givenKana}`.normalize('NFKC');
    return {
      name: `${surname} ${given}`,
      kana,
      ...address,
      building: pick(BUILDINGS),
      phone,
      email: `${surnameKana.length}${n}@example.jp`,
    };
  };
  const lines = (): OrderLine[] =>
    Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
      ...pick(PRODUCTS),
      quantity: 1 + Math.floor(random() * 3),
    }));

  const orderer = person();
  const destinationCount = random() < 0.1 ? 2 : 1;
  const isGift = destinationCount > 1 || random() < 0.2;
  const destinations: Destination[] = Array.from({ length: destinationCount }, (_, i) => ({
    recipient: i === 0 && !isGift ? orderer : person(),
    lines: lines(),
    delivery: {
      desiredDate: random() < 0.4 ? tokyoBusinessDate(now, 2 + Math.floor(random() * 7)) : null,
      timeSlot: pick(TIME_SLOTS),
    },
  }));
  const payment = shop.mall === 'amazon' ? { method: 'mall_payment' as const, label: 'Amazon Pay' } : pick(PAYMENTS);
  const goods = goodsFromLines({ destinations });
  const charges = {
    shipping: goods >= 5000 ? 0 : 660 * destinationCount,
    codFee: payment.method === 'cash_on_delivery' ? 330 : 0,
    wrapping: isGift ? 330 : 0,
    pointsUsed: random() < 0.3 ? Math.min(goods, 100 * Math.floor(random() * 10)) : 0,
    coupons: 0,
  };
  const orderedAt = new Date(now.getTime() - Math.floor(random() * 14 * 24 * 3600 * 1000));
  const mallData: MallOrderData = {
    orderedAt: orderedAt.toISOString(),
    orderer,
    destinations,
    amounts: amountsFromLines(destinations, charges),
    payment,
    gift: { isGift, noshi: isGift ? pick(['御歳暮', '御礼', '内祝', '']) : '', wrapping: isGift ? '包装紙' : '' },
    buyerRemarks:
      random() < 0.2
        ? pick(['午前中は不在です～', '置き配希望', '領収書をお願いします', '①と②は別々に送ってください'])
        : '',
  };
  const number = orderNumber(shop.mall, n, orderedAt.toISOString().slice(0, 10));
  return {
    type: 'ImportOrder',
    orderId: importedOrderIdFor(tenantId, shop.id, number),
    tenantId,
    shopId: shop.id,
    mall: shop.mall,
    orderNumber: number,
    mallData,
    shopData: {
      shopMemo: '',
      slipNote: isGift ? 'ギフト・ワレモノ注意' : '',
      individualMessage: '',
      tags: isGift ? ['ギフト'] : [],
      shipping: {
        carrier: pick(['yamato', 'sagawa', 'japanpost'] as const),
        slipType: payment.method === 'cash_on_delivery' ? 'コレクト' : '発払い',
      },
      plannedShipDate: tokyoBusinessDate(now, Math.floor(random() * 3)),
    },
    route: payment.method === 'credit_card' || payment.method === 'mall_payment' ? CARD_ROUTE : STANDARD_ROUTE,
    cancelledAtMall: false,
    changeId: `demo-${n}`,
  };
}
