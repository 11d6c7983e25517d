import { customerIdFor } from '../shared/ids';

/**
 * The same buyer arrives from every mall with their details typed differently: ＴＡＲＯ＠Example.JP and
 * taro@example.jp, ０９０－１２３４－５６７８ and 090-1234-5678. A customer is recognised by these normalised forms.
 */

// Dash-like characters buyers and malls use inside phone numbers: hyphen-minus, hyphen, figure/en/em dash, horizontal
// bar, minus sign, katakana prolonged sound mark and its half-width form.
const DASHES = /[-\u2010-\u2015\u2212\u30fc\uff70]/g;

/** NFKC folds full-width letters, digits and symbols (＠, －, the ideographic space) to their ASCII forms. */
const fold = (text: string): string => text.normalize('NFKC');

export const normaliseEmail = (email: string): string => fold(email).replace(/\s+/g, '').toLowerCase();

export const normalisePhone = (phone: string): string =>
  fold(phone)
    .replace(DASHES, '')
    .replace(/[\s()]/g, '');

/**
 * The key a customer's id is derived from: the e-mail when there is one (malls relay it per order, but it is the most
 * stable thing we get), else the phone. Null when neither is known: such an order has no customer.
 */
export const customerIdentityKey = (contact: { readonly email: string; readonly phone: string }): string | null => {
  const email = normaliseEmail(contact.email);
  if (email !== '') return `email:${email}`;
  const phone = normalisePhone(contact.phone);
  return phone === '' ? null : `phone:${phone}`;
};

/** The customer an order's buyer is, for the tenant the order belongs to; undefined without e-mail or phone. */
export const customerOfBuyer = (
  tenantId: string,
  buyer: { readonly email: string; readonly phone: string },
): { customerId: string; identityKey: string } | undefined => {
  const identityKey = customerIdentityKey(buyer);
  return identityKey === null ? undefined : { customerId: customerIdFor(tenantId, identityKey), identityKey };
};
