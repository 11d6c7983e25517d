import type { Carrier } from '../shared/carrier';

/**
 * The one table of carrier codes: what each mall, cart and tracking page calls our carriers. Mall connectors, label
 * layouts and shipping-result files read it from here, so a code that changes changes in one place. Sources are in
 * docs/tracking-and-results.md.
 */
interface CarrierCodes {
  /** As printed on documents and in the malls' carrier-name columns. */
  readonly nameJa: string;
  /** The carrier's own tracking page; null where a number cannot be linked to (a warehouse's own carrier). */
  readonly trackingUrl: ((trackingNumber: string) => string) | null;
  /** 楽天 RMS deliveryCompany (updateOrderShipping). */
  readonly rakuten: string;
  /** Yahoo!ショッピング ShipCompanyCode (orderShipStatusChange and the 出荷情報 CSV). */
  readonly yahoo: string;
  /** Amazon Flat.File.ShippingConfirm carrier-code; with 'Other', carrier-name carries nameJa. */
  readonly amazonCode: string;
  /** Qoo10 配送会社, as the QSM shipping download names it. */
  readonly qoo10: string;
}

const encoded = (base: string) => (n: string) => `${base}${encodeURIComponent(n)}`;

export const CARRIER_CODES: Readonly<Record<Carrier, CarrierCodes>> = {
  yamato: {
    nameJa: 'ヤマト運輸',
    trackingUrl: encoded('https://member.kms.kuronekoyamato.co.jp/parcel/detail?pno='),
    rakuten: '1001',
    yahoo: '1001',
    amazonCode: 'Yamato Transport',
    qoo10: 'ヤマト運輸',
  },
  sagawa: {
    nameJa: '佐川急便',
    trackingUrl: encoded('https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo='),
    rakuten: '1002',
    yahoo: '1002',
    amazonCode: 'Sagawa Express',
    qoo10: '佐川急便',
  },
  japanpost: {
    nameJa: '日本郵便',
    trackingUrl: (n) =>
      `https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=${encodeURIComponent(n)}&searchKind=S002&locale=ja`,
    rakuten: '1003',
    yahoo: '1003',
    amazonCode: 'Japan Post',
    qoo10: '日本郵便',
  },
  seino: {
    nameJa: '西濃運輸',
    trackingUrl: encoded('https://track.seino.co.jp/cgi-bin/gnpquery.pgm?GNPNO1='),
    rakuten: '1004',
    yahoo: '1004',
    amazonCode: 'Seino Transportation',
    qoo10: '西濃運輸',
  },
  fukuyama: {
    nameJa: '福山通運',
    trackingUrl: encoded('https://corp.fukutsu.co.jp/situation/tracking_no_hunt/'),
    rakuten: '1006',
    yahoo: '1006',
    amazonCode: 'Other',
    qoo10: '福山通運',
  },
  other: {
    nameJa: 'その他',
    trackingUrl: null,
    rakuten: '1000',
    yahoo: '1000',
    amazonCode: 'Other',
    qoo10: 'その他',
  },
};

/** 楽天 deliveryCompany codes 1000–1028 (RakutenPay 受注API), for reading orders that name a carrier we do not ship with. */
export const RAKUTEN_DELIVERY_COMPANIES: Readonly<Record<string, string>> = {
  '1000': 'その他',
  '1001': 'ヤマト運輸',
  '1002': '佐川急便',
  '1003': '日本郵便',
  '1004': '西濃運輸',
  '1005': 'セイノースーパーエクスプレス',
  '1006': '福山通運',
  '1007': '名鉄運輸',
  '1008': 'トナミ運輸',
  '1009': '第一貨物',
  '1010': '新潟運輸',
  '1011': '中越運送',
  '1012': '岡山県貨物運送',
  '1013': '久留米運送',
  '1014': '山陽自動車運送',
  '1015': '日本トラック',
  '1016': 'エコ配',
  '1017': 'EMS',
  '1018': 'DHL',
  '1019': 'FedEx',
  '1020': 'UPS',
  '1021': '日本通運',
  '1022': 'TNT',
  '1023': 'OCS',
  '1024': 'USPS',
  '1025': 'SFエクスプレス',
  '1026': 'Aramex',
  '1027': 'SGHグローバル・ジャパン',
  '1028': 'Rakuten EXPRESS',
};

export const carrierNameJa = (carrier: Carrier): string => CARRIER_CODES[carrier].nameJa;

/** The carrier's tracking page for a number, or null for a carrier without one. */
export const trackingUrl = (carrier: Carrier, trackingNumber: string): string | null =>
  CARRIER_CODES[carrier].trackingUrl?.(trackingNumber) ?? null;

export const rakutenDeliveryCompany = (carrier: Carrier): string => CARRIER_CODES[carrier].rakuten;
export const yahooShipCompanyCode = (carrier: Carrier): string => CARRIER_CODES[carrier].yahoo;

/** Amazon's carrier-code and carrier-name pair: carrier-name is what Amazon shows when the code is 'Other'. */
export const amazonCarrier = (carrier: Carrier): { readonly code: string; readonly name: string } => ({
  code: CARRIER_CODES[carrier].amazonCode,
  name: CARRIER_CODES[carrier].nameJa,
});

export const qoo10CarrierName = (carrier: Carrier): string => CARRIER_CODES[carrier].qoo10;

/**
 * Carts whose upload takes a carrier of their own (BASE 配送業者ID, EC-CUBE 配送業者, futureshop 配送会社) have ids that each
 * shop sets up; their files take the Japanese name, which staff map once in the cart. See the docs for why.
 */
export const cartCarrierName = carrierNameJa;
