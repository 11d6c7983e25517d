import type { OrderStatus } from '../order/status';

/**
 * An order's status as the buyer reads it on the マイページ and in mails: a heading and one sentence, in the words a
 * careful shop uses. The workflow's steps behind the counter (帳票出力, 伝票番号) are one step for the buyer, 発送の
 * 準備; everything from the parcel's leaving on is 発送いたしました (hasShipped). A held order never says why it is held:
 * the reason (a suspected fraud, an address to check, a stock shortage) is the shop's to tell, in its own words.
 */
export interface BuyerStatus {
  readonly heading: string;
  readonly detail: string;
}

const PREPARING: BuyerStatus = {
  heading: '発送の準備をしております',
  detail: '商品を発送いたしましたら、お知らせのメールをお送りいたします。',
};

const SHIPPED: BuyerStatus = {
  heading: '発送いたしました',
  detail: 'お届けまで今しばらくお待ちください。配送状況はお荷物の追跡番号からご確認いただけます。',
};

export const BUYER_STATUS: Readonly<Record<OrderStatus, BuyerStatus>> = {
  new: {
    heading: 'ご注文を承りました',
    detail: 'ご注文ありがとうございます。ご注文内容を確認のうえ、順次お手続きを進めてまいります。',
  },
  awaiting_payment: {
    heading: 'ご入金をお待ちしております',
    detail: 'ご入金を確認いたしましたら、発送の準備に移らせていただきます。',
  },
  awaiting_shipment: PREPARING,
  awaiting_documents: PREPARING,
  awaiting_tracking_number: PREPARING,
  awaiting_shipping_mail: SHIPPED,
  awaiting_follow_up_mail: SHIPPED,
  // As hasShipped reads it. A route without the shipping steps (new → completed) would say so too: the page, which
  // knows whether the order has parcels, is the place to tell such an order apart.
  completed: SHIPPED,
  held: {
    heading: 'ご注文内容を確認中です',
    detail: '確認が済みしだい、お手続きを進めてまいります。必要な場合はショップよりご連絡いたします。',
  },
  cancelled: {
    heading: 'ご注文はキャンセルされました',
    detail: 'ご不明な点がございましたら、このページの「お問い合わせ」からご連絡ください。',
  },
};

export const buyerStatusOf = (status: OrderStatus): BuyerStatus => BUYER_STATUS[status];
