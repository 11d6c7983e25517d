import {
  cartCarrierName,
  carrierNameJa,
  qoo10CarrierName,
  rakutenDeliveryCompany,
  yahooShipCompanyCode,
} from '../../domain/shipping/carrier-codes';
import {
  compactDate,
  cp932Csv,
  csvFile,
  perParcel,
  type ShippingResultRow,
  type ShippingResultWriter,
  slashDate,
} from './shipping-result-file';

const csvWriter = (
  label: string,
  fileName: string,
  header: readonly string[],
  records: (rows: readonly ShippingResultRow[]) => string[][],
): ShippingResultWriter => ({ label, write: (rows) => csvFile(fileName, cp932Csv(header, records(rows))) });

/** Yahoo!ショッピング: the orderShipStatusChange fields as CSV columns; ShipStatus 3 is 出荷済み, two numbers per order. */
export const yahooShippingResults = csvWriter(
  'Yahoo!ショッピング 出荷情報',
  'yahoo-shipping.csv',
  ['OrderId', 'ShipStatus', 'ShipCompanyCode', 'ShipInvoiceNumber1', 'ShipInvoiceNumber2', 'ShipDate'],
  (rows) =>
    rows.map((r) => [
      r.orderNumber,
      '3',
      yahooShipCompanyCode(r.carrier),
      r.trackingNumbers[0] ?? '',
      r.trackingNumbers[1] ?? '',
      compactDate(r.shippedAt),
    ]),
);

/** Qoo10: the 配送要請 download's key columns with 配送会社, 送り状番号 and 発送日 filled. */
export const qoo10ShippingResults = csvWriter(
  'Qoo10 発送処理',
  'qoo10-shipping.csv',
  ['注文番号', 'カート番号', '配送会社', '送り状番号', '発送日'],
  (rows) =>
    perParcel(rows, (r, n) => [
      r.orderNumber,
      r.cartNumber ?? '',
      qoo10CarrierName(r.carrier),
      n,
      slashDate(r.shippedAt),
    ]),
);

/** MakeShop: layout not found; 注文番号 with the number, the carrier's name and the day. */
export const makeshopShippingResults = csvWriter(
  'MakeShop 配送伝票番号',
  'makeshop-shipping.csv',
  ['注文番号', '配送会社', '伝票番号', '発送日'],
  (rows) => perParcel(rows, (r, n) => [r.orderNumber, cartCarrierName(r.carrier), n, slashDate(r.shippedAt)]),
);

/** カラーミー 配送伝票番号 upload: 注文ID (売上ID), 配送先ID, 配送伝票番号. */
export const colormeShippingResults = csvWriter(
  'カラーミー 配送伝票番号',
  'colorme-shipping.csv',
  ['注文ID', '配送先ID', '配送伝票番号'],
  (rows) => perParcel(rows, (r, n) => [r.orderNumber, r.shipmentId ?? '', n]),
);

/** futureshop 出荷データ一括登録: layout not found; 受注コード, 送り状番号, 出荷日, 配送会社. */
export const futureshopShippingResults = csvWriter(
  'futureshop 出荷データ一括登録',
  'futureshop-shipping.csv',
  ['受注コード', '送り状番号', '出荷日', '配送会社'],
  (rows) => perParcel(rows, (r, n) => [r.orderNumber, n, slashDate(r.shippedAt), cartCarrierName(r.carrier)]),
);

/** EC-CUBE 4 出荷CSV: 出荷ID, 出荷伝票番号, 出荷日 (Y-m-d). A shipment holds one number, so the first parcel's. */
export const eccubeShippingResults = csvWriter(
  'EC-CUBE 出荷CSV',
  'eccube-shipping.csv',
  ['出荷ID', '出荷伝票番号', '出荷日'],
  (rows) => rows.map((r) => [r.shipmentId ?? '', r.trackingNumbers[0] ?? '', r.shippedAt]),
);

const BASE_HEADER = [
  '注文ID',
  '注文日時',
  '氏(配送先)',
  '名(配送先)',
  '配送業者ID',
  '伝票番号',
  'メッセージテンプレートID',
  '郵便番号(配送先)',
  '都道府県(配送先)',
  '住所(配送先)',
  '住所2(配送先)',
  '電話番号(配送先)',
  '備考',
  '商品コード',
  '商品名',
  'バリエーション',
  '数量',
];

/** BASE 発送用CSV: its 17 columns; we fill 注文ID, 配送業者ID and 伝票番号, the rest BASE already has. */
export const baseShippingResults = csvWriter('BASE 発送用CSV', 'base-shipping.csv', BASE_HEADER, (rows) =>
  rows.map((r) =>
    BASE_HEADER.map((column) =>
      column === '注文ID'
        ? r.orderNumber
        : column === '配送業者ID'
          ? (r.mallCarrierId ?? '')
          : column === '伝票番号'
            ? r.trackingNumbers.join(',')
            : '',
    ),
  ),
);

/** 楽天: reported through its API; this file is for staff to read, with the deliveryCompany code the API takes. */
export const rakutenShippingResults = csvWriter(
  '楽天 発送情報（確認用）',
  'rakuten-shipping.csv',
  ['注文番号', '発送日', '配送会社コード', '配送会社', 'お問い合わせ番号'],
  (rows) =>
    perParcel(rows, (r, n) => [
      r.orderNumber,
      r.shippedAt,
      rakutenDeliveryCompany(r.carrier),
      carrierNameJa(r.carrier),
      n,
    ]),
);
