import type { Mall } from './order-data';

/** The malls in Japanese: the admin's own names for them and the server's text (a rule's summary) use these. */
export const MALL_LABELS: Readonly<Record<Mall, string>> = {
  rakuten: '楽天市場',
  yahoo: 'Yahoo!ショッピング',
  amazon: 'Amazon',
  qoo10: 'Qoo10',
  aupay: 'au PAY マーケット',
  ponparemall: 'ポンパレモール',
  makeshop: 'MakeShop',
  colorme: 'カラーミーショップ',
  futureshop: 'futureshop',
  base: 'BASE',
  eccube: 'EC-CUBE',
  shopserve: 'ショップサーブ',
  phone: '電話注文',
  fax: 'FAX注文',
  store: '店舗受注',
  other: 'その他',
};
