import type { ColumnMapping } from '../column-mapping';
import { personFields } from './person-columns';

const person = (prefix: 'Bill' | 'Ship') => ({
  name: { columns: [`${prefix}LastName`, `${prefix}FirstName`], join: ' ' },
  kana: { columns: [`${prefix}LastNameKana`, `${prefix}FirstNameKana`], join: ' ' },
  postalCode: `${prefix}ZipCode`,
  prefecture: `${prefix}Prefecture`,
  city: `${prefix}City`,
  street: `${prefix}Address1`,
  building: `${prefix}Address2`,
  phone: `${prefix}PhoneNumber`,
});

/**
 * Yahoo!ショッピング order download (ストアクリエイターPro): two Shift_JIS files, Orders (one row per order) and Items (one
 * row per item), joined on OrderId. The store picks the columns in its download template and their names are the API's
 * field keys (orderInfo), so they are found by name. The default column set and order are not documented; the Items
 * names read here (LineId, ItemId, SubCode, Title, ItemOptionName/ItemOptionValue, UnitPrice, Quantity) are those a
 * public reader of the Items file uses, ItemTaxRatio the API's. The order's own total is not stated here (Yahoo's
 * Total nets the discount, ours does not); it is worked out from the lines.
 */
export const YAHOO: ColumnMapping = {
  delimiter: ',',
  quoted: true,
  header: true,
  joinOn: 'OrderId',
  fields: {
    orderNumber: 'OrderId',
    orderedAt: 'OrderTime',
    status: 'OrderStatus',
    ...personFields('orderer', { ...person('Bill'), email: 'BillMailAddress' }),
    'amounts.shipping': 'ShipCharge',
    'amounts.codFee': 'PayCharge',
    'amounts.wrapping': 'GiftWrapCharge',
    'amounts.pointsUsed': 'UsePoint',
    'amounts.coupons': 'Discount',
    payment: 'PayMethodName',
    gift: 'GiftWrapType',
    'gift.wrapping': 'GiftWrapType',
    'gift.noshi': { columns: ['GiftWrapPaperType', 'GiftWrapName'], join: ' ' },
    buyerRemarks: 'BuyerComments',
    ...personFields('recipient', person('Ship')),
    'delivery.desiredDate': 'ShipRequestDate',
    'delivery.timeSlot': 'ShipRequestTime',
    'line.sku': { columns: ['ItemId', 'SubCode'], join: ':' },
    'line.name': 'Title',
    'line.options': { columns: ['ItemOptionName', 'ItemOptionValue'], join: ':' },
    'line.unitPrice': 'UnitPrice',
    'line.quantity': 'Quantity',
    'line.taxRate': 'ItemTaxRatio',
  },
  dateFormats: [],
  paymentMethods: {
    クレジットカード: 'credit_card',
    代引: 'cash_on_delivery',
    代金引換: 'cash_on_delivery',
    銀行振込: 'bank_transfer',
    コンビニ: 'convenience_store',
    あと払い: 'deferred',
    後払い: 'deferred',
    PayPay: 'mall_payment',
  },
  // OrderStatus is the API's code (4 = キャンセル) or, in some templates, its name.
  cancelledStatuses: ['4', 'キャンセル'],
  trueValues: ['*'],
};
