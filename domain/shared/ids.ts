import { v5 as uuidv5 } from 'uuid';

/**
 * Ids derived from business keys, so that registering or importing the same thing twice lands on the same stream and
 * the store's expected-revision check refuses the second one. The namespace must never change.
 */
const NAMESPACE = '0f6f5b2e-5d1e-4b7a-9a53-6a2f4c1e8b90';

export const deterministicId = (...parts: readonly string[]): string => uuidv5(parts.join('\u0000'), NAMESPACE);

/** Ids in URLs are checked before they reach a query, so a malformed one is simply "not found". */
export const isUuid = (value: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export const tenantIdFor = (code: string): string => deterministicId('tenant', code);
export const shopIdFor = (tenantId: string, code: string): string => deterministicId('shop', tenantId, code);
export const staffUserIdFor = (tenantId: string, username: string): string => deterministicId('staff-user', tenantId, username.toLowerCase());

/** The mall's number is unique only within one shop account, so the shop is part of the key. */
export const importedOrderIdFor = (tenantId: string, shopId: string, mallOrderNumber: string): string =>
  deterministicId('order', tenantId, shopId, mallOrderNumber.trim());
/** One payment and one shipment per order destination are enough, so their ids follow from the order's. */
export const paymentIdFor = (orderId: string): string => deterministicId('payment', orderId);
export const shipmentIdFor = (orderId: string, destinationIndex: number): string => deterministicId('shipment', orderId, String(destinationIndex));
/** identityKey comes from domain/customer/identity.ts, already normalised. */
export const customerIdFor = (tenantId: string, identityKey: string): string => deterministicId('customer', tenantId, identityKey);

export const streamName = {
  tenant: (id: string) => `tenant-${id}`,
  staffUser: (id: string) => `staff-${id}`,
  shop: (id: string) => `shop-${id}`,
  order: (id: string) => `order-${id}`,
  payment: (id: string) => `payment-${id}`,
  shipment: (id: string) => `shipment-${id}`,
  customer: (id: string) => `customer-${id}`,
} as const;
