/**
 * The fields an order file can fill, in three levels: the order (its first row counts), the destination (送付先; rows
 * grouped by destination key, or by recipient when the file has no key) and the item line (one per row).
 */
export const PERSON_FIELDS = [
  'name',
  'kana',
  'postalCode',
  'prefecture',
  'city',
  'street',
  'building',
  'phone',
  'email',
] as const;

export const AMOUNT_FIELDS = [
  'amounts.goods',
  'amounts.shipping',
  'amounts.codFee',
  'amounts.wrapping',
  'amounts.pointsUsed',
  'amounts.coupons',
  'amounts.total',
  'amounts.billed',
] as const;
export type AmountField = (typeof AMOUNT_FIELDS)[number];

export const ORDER_FIELDS = [
  'orderNumber',
  'orderedAt',
  'status',
  ...PERSON_FIELDS.map((f) => `orderer.${f}` as const),
  ...AMOUNT_FIELDS,
  'payment',
  'gift',
  'gift.noshi',
  'gift.wrapping',
  'buyerRemarks',
  'remoteIsland',
] as const;

export const DESTINATION_FIELDS = [
  'destinationKey',
  ...PERSON_FIELDS.map((f) => `recipient.${f}` as const),
  'delivery.desiredDate',
  'delivery.timeSlot',
] as const;

/**
 * line.total is the line's amount (unit price × quantity) for files that state only that (Amazon's item-price); line.kind
 * tells item rows from the charge rows some carts put among them (EC-CUBE's 明細区分).
 */
export const LINE_FIELDS = [
  'line.sku',
  'line.name',
  'line.options',
  'line.unitPrice',
  'line.total',
  'line.quantity',
  'line.taxRate',
  'line.kind',
] as const;

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
  remoteIsland: 'flag',
  'delivery.desiredDate': 'date',
  'line.unitPrice': 'yen',
  'line.total': 'yen',
  'line.quantity': 'count',
  'line.taxRate': 'taxRate',
};

/** Without these an order cannot be recorded; everything else has a sensible empty value. */
export const REQUIRED_FIELDS: readonly Field[] = [
  'orderNumber',
  'orderedAt',
  'orderer.name',
  'line.name',
  'line.unitPrice',
  'line.quantity',
];

/** A required field another may stand in for: the unit price is worked out from the line's amount and quantity. */
export const STAND_INS: Partial<Record<Field, Field>> = { 'line.unitPrice': 'line.total' };

/** The field a mapping reads for a required one: itself, or its stand-in when only that is mapped. */
export const requiredSource = (fields: Partial<Record<Field, unknown>>, field: Field): Field | undefined => {
  if (fields[field] !== undefined) return field;
  const standIn = STAND_INS[field];
  return standIn !== undefined && fields[standIn] !== undefined ? standIn : undefined;
};
