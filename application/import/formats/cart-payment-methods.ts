import type { ColumnMapping } from '../column-mapping';

/** How the shop carts (カラーミー, futureshop) word their payment methods; a wording is matched inside the file's text. */
export const CART_PAYMENT_METHODS: ColumnMapping['paymentMethods'] = {
  クレジット: 'credit_card',
  代金引換: 'cash_on_delivery',
  銀行振込: 'bank_transfer',
  コンビニ: 'convenience_store',
  後払い: 'deferred',
  'Amazon Pay': 'mall_payment',
};
