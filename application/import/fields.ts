/**
 * The fields an order file can fill, in three levels: the order (its first row counts), the destination (送付先; rows
 * grouped by destination key, or by recipient when the file has no key) and the item line (one per row).
 */
export const PERSON_FIELDS = ['name', 'kana', 'postalCode', 'prefecture', 'city', 'street', 'building', 'phone', 'email'] as const;

export const ORDER_FIELDS = [
  'orderNumber',
  'orderedAt',
  'status',
  ...PERSON_FIELDS.map((f) => `orderer.${f}` as const),
  'amounts.goods',
  'amounts.shipping',
  'amounts.codFee',
  'amounts.wrapping',
  'amounts.pointsUsed',
  'amounts.coupons',
  'amounts.total',
  'amounts.billed',
  'payment',
  'gift',
  'gift.noshi',
  'gift.wrapping',
  'buyerRemarks',
] as const;

export const DESTINATION_FIELDS = ['destinationKey', ...PERSON_FIELDS.map((f) => `recipient.${f}` as const), 'delivery.desiredDate', 'delivery.timeSlot'] as const;

export const LINE_FIELDS = ['line.sku', 'line.name', 'line.options', 'line.unitPrice', 'line.quantity', 'line.taxRate'] as const;

export const FIELDS = [...ORDER_FIELDS, ...DESTINATION_FIELDS, ...LINE_FIELDS] as const;
export type Field = (typeof FIELDS)[number];

/** How a field's text becomes a value; anything not listed is text, trimmed. */
export type FieldKind = 'text' | 'yen' | 'count' | 'instant' | 'date' | 'taxRate' | 'flag' | 'payment' | 'status';

export const FIELD_KINDS: Partial<Record<Field, FieldKind>> = {
  orderedAt: 'instant',
  status: 'status',
  'amounts.goods': 'yen',
  'amounts.shipping': 'yen',
  'amounts.codFee': 'yen',
  'amounts.wrapping': 'yen',
  'amounts.pointsUsed': 'yen',
  'amounts.coupons': 'yen',
  'amounts.total': 'yen',
  'amounts.billed': 'yen',
  payment: 'payment',
  gift: 'flag',
  'delivery.desiredDate': 'date',
  'line.unitPrice': 'yen',
  'line.quantity': 'count',
  'line.taxRate': 'taxRate',
};

/** Without these an order cannot be recorded; everything else has a sensible empty value. */
export const REQUIRED_FIELDS: readonly Field[] = ['orderNumber', 'orderedAt', 'orderer.name', 'line.name', 'line.unitPrice', 'line.quantity'];
