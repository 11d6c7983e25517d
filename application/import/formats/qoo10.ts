import type { ColumnMapping } from '../column-mapping';

/**
 * Qoo10 (QSM) 配送要請 download (DeliveryManagement_detail_*.csv), Shift_JIS, by header name. Each row is one 注文番号
 * with one item; カート番号 ties the items a buyer paid for together. We import each 注文番号 as its own order, as Qoo10
 * does: its status, cancellation and shipping report (送り状番号 per 注文番号) are per 注文番号, so a cart folded into
 * one order could neither be cancelled in part nor reported back. The items of one cart go out in one parcel through
 * 同梱 (same buyer and address). The address comes in one column; the prefecture is split off it. Whether 送料の決済
 * is an amount is not known, so shipping is not read: 購入者決済金額 is kept as billed and a difference is flagged.
 */
export const QOO10: ColumnMapping = {
  delimiter: ',',
  quoted: true,
  header: true,
  fields: {
    orderNumber: '注文番号',
    orderedAt: '注文日',
    status: '配送状態',
    'orderer.name': '購入者名',
    'orderer.kana': '購入者名(フリガナ)',
    'orderer.phone': '購入者電話番号',
    'amounts.coupons': '割引額',
    'amounts.billed': '購入者決済金額',
    payment: '決済サイト',
    gift: 'プレゼント贈り主',
    buyerRemarks: '配送要請事項',
    'recipient.name': '受取人名',
    'recipient.kana': '受取人名(フリガナ)',
    'recipient.postalCode': '郵便番号',
    'recipient.street': '住所',
    'recipient.phone': '受取人電話番号',
    'delivery.desiredDate': 'お届け希望日',
    'line.sku': '販売者商品コード',
    'line.name': '商品名',
    'line.options': 'オプション情報',
    'line.unitPrice': '販売価格',
    'line.quantity': '数量',
  },
  dateFormats: [],
  paymentMethods: { Qoo10: 'mall_payment' },
  cancelledStatuses: ['キャンセル', '取消', '注文取消'],
  trueValues: ['*'],
};
