import type { ImportOrder } from '../../domain/order/commands';
import type { OrderImported } from '../../domain/order/events';
import type { MallOrderData, Person, ShopOrderData } from '../../domain/order/order-data';
import { STANDARD_ROUTE, type ProcessingRoute } from '../../domain/order/route';

/** Buyer data as malls really send it: full-width digits, half-width kana, ①, ㈱, 髙 and ～. */
export const orderer: Person = {
  name: '髙橋 太郎',
  kana: 'ﾀｶﾊｼ ﾀﾛｳ',
  postalCode: '１５０－０００１',
  prefecture: '東京都',
  city: '渋谷区神宮前',
  street: '１－２－３',
  building: 'メゾン①～201号',
  phone: '０９０－１２３４－５６７８',
  email: 'ＴＡＲＯ＠Example.JP',
};

export const recipient: Person = {
  name: '㈱髙島商店 御中',
  kana: 'カブシキガイシャタカシマショウテン',
  postalCode: '530-0001',
  prefecture: '大阪府',
  city: '大阪市北区梅田',
  street: '3丁目1番',
  building: '',
  phone: '06-1234-5678',
  email: '',
};

/** goods 2×1,080 + 2,200 = 4,360; total 4,360 + 660 = 5,020; billed 5,020 − 100 − 200 = 4,720. */
export const mallData: MallOrderData = {
  orderedAt: '2026-11-30T10:15:00+09:00',
  orderer,
  destinations: [
    {
      recipient,
      lines: [
        { sku: 'TEA-001', name: '静岡茶①～特選～', options: '容量:100g', unitPrice: 1080, quantity: 2, taxRate: 8 },
        { sku: 'CUP-01', name: '有田焼 湯呑み', options: '', unitPrice: 2200, quantity: 1, taxRate: 10 },
      ],
      delivery: { desiredDate: '2026-12-05', timeSlot: '14:00～16:00' },
    },
  ],
  amounts: {
    goods: 4360,
    shipping: 660,
    codFee: 0,
    wrapping: 0,
    pointsUsed: 100,
    coupons: 200,
    total: 5020,
    billed: 4720,
    taxByRate: [
      { rate: 8, taxable: 2160, tax: 160 },
      { rate: 10, taxable: 2860, tax: 260 },
    ],
  },
  payment: { method: 'bank_transfer', label: '銀行振込' },
  gift: { isGift: true, noshi: '御歳暮', wrapping: '包装紙' },
  buyerRemarks: '午前中は不在です～よろしくお願いします',
};

export const shopData: ShopOrderData = {
  shopMemo: '',
  slipNote: 'ワレモノ注意',
  individualMessage: '',
  tags: ['ギフト'],
  shipping: { carrier: 'yamato', slipType: '発払い' },
  plannedShipDate: '2026-12-02',
};

export const CARD_ROUTE: ProcessingRoute = {
  routeId: 'card',
  name: 'クレジットカード',
  statuses: [
    'new',
    'awaiting_shipment',
    'awaiting_documents',
    'awaiting_tracking_number',
    'awaiting_shipping_mail',
    'completed',
  ],
};

export const importOrder: ImportOrder = {
  type: 'ImportOrder',
  orderId: 'o-1',
  tenantId: 't-1',
  shopId: 's-1',
  mall: 'rakuten',
  orderNumber: '123456-20261130-0000001',
  mallData,
  shopData,
  route: STANDARD_ROUTE,
  cancelledAtMall: false,
  changeId: 'import-2',
};

export const imported: OrderImported = {
  type: 'OrderImported',
  data: {
    ...(({ type: _type, cancelledAtMall: _cancelled, changeId: _changeId, ...data }) => data)(importOrder),
    status: 'new',
    amountProblems: [],
  },
};
