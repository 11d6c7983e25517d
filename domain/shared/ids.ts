import { v5 as uuidv5 } from 'uuid';

/**
 * Ids derived from business keys, so that registering or importing the same thing twice lands on the same stream and
 * the store's expected-revision check refuses the second one. The namespace must never change.
 */
const NAMESPACE = '0f6f5b2e-5d1e-4b7a-9a53-6a2f4c1e8b90';

export const deterministicId = (...parts: readonly string[]): string => uuidv5(parts.join('\u0000'), NAMESPACE);

/** Ids in URLs are checked before they reach a query, so a malformed one is simply "not found". */
export const isUuid = (value: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export const tenantIdFor = (code: string): string => deterministicId('tenant', code);
export const shopIdFor = (tenantId: string, code: string): string => deterministicId('shop', tenantId, code);
export const staffUserIdFor = (tenantId: string, username: string): string =>
  deterministicId('staff-user', tenantId, username.toLowerCase());
/** One grant per (target tenant, agency user): ID切り替え. */
export const tenantAccessIdFor = (tenantId: string, staffUserId: string): string =>
  deterministicId('tenant-access', tenantId, staffUserId);

/** The mall's number is unique only within one shop account, so the shop is part of the key. */
export const importedOrderIdFor = (tenantId: string, shopId: string, mallOrderNumber: string): string =>
  deterministicId('order', tenantId, shopId, mallOrderNumber.trim());
/** A staff-entered number is unique within its tenant (domain/order-number), so no shop is needed in the key. */
export const staffOrderIdFor = (tenantId: string, orderNumber: string): string =>
  deterministicId('staff-order', tenantId, orderNumber);
/** One payment and one shipment per order destination are enough, so their ids follow from the order's. */
export const paymentIdFor = (orderId: string): string => deterministicId('payment', orderId);
export const shipmentIdFor = (orderId: string, destinationIndex: number): string =>
  deterministicId('shipment', orderId, String(destinationIndex));
/** identityKey comes from domain/customer/identity.ts, already normalised. */
export const customerIdFor = (tenantId: string, identityKey: string): string =>
  deterministicId('customer', tenantId, identityKey);
/** From the id of the command that defined it, so a retried request names the same route. */
export const processingRouteIdFor = (tenantId: string, commandId: string): string =>
  deterministicId('processing-route', tenantId, commandId);

/** One mail per order, kind and trigger: asking again (a double click, a retried job) names the same mail. */
export const mailIdFor = (orderId: string, kind: string, trigger: string): string =>
  deterministicId('mail', orderId, kind, trigger);

/** A shop's saved import mapping (取込設定) is known by its name within the shop. */
export const importMappingIdFor = (tenantId: string, shopId: string, name: string): string =>
  deterministicId('import-mapping', tenantId, shopId, name.trim());

/** A tenant's カスタム送り状 is known by its name within the tenant (`custom:<name>`). */
export const customLabelLayoutIdFor = (tenantId: string, name: string): string =>
  deterministicId('custom-label-layout', tenantId, name.trim());

/**
 * お客様管理番号 of an order's destination: 13 base-36 characters derived from the order's id and the destination's
 * number (00–99), 15 in all, the narrowest carrier column (ゆうプリR). The same destination exported again gets the same
 * key, so a reprint's tracking number finds the same parcel; 36^13 keeps two orders' keys apart.
 */
export const labelKeyFor = (orderId: string, destinationIndex: number): string => {
  const hash = BigInt(`0x${deterministicId('label', orderId).replace(/-/g, '')}`)
    .toString(36)
    .toUpperCase();
  return `${hash.padStart(13, '0').slice(-13)}${String(destinationIndex).padStart(2, '0')}`;
};

/**
 * 同梱: a bundle is known by its orders, sorted, so merging the same orders again (a retried request, or after a split)
 * names the same bundle.
 */
export const bundleIdFor = (orderIds: readonly string[]): string =>
  deterministicId('bundle', ...[...new Set(orderIds)].sort());

export const streamName = {
  tenant: (id: string) => `tenant-${id}`,
  staffUser: (id: string) => `staff-${id}`,
  tenantAccess: (id: string) => `agency-access-${id}`,
  shop: (id: string) => `shop-${id}`,
  order: (id: string) => `order-${id}`,
  /** Not under `order-`: that prefix is the order category every order projection reads. */
  staffOrderNumbers: (tenantId: string, day: string) => `staffordernumbers-${tenantId}-${day}`,
  payment: (id: string) => `payment-${id}`,
  shipment: (id: string) => `shipment-${id}`,
  customer: (id: string) => `customer-${id}`,
  // Not `tenant-…`: a reader of tenant streams by prefix must not get settings too.
  tenantSettings: (tenantId: string) => `settings-${tenantId}`,
  cannedPhrases: (tenantId: string) => `canned-phrases-${tenantId}`,
  /** A shop's own mail templates, every kind in one stream. */
  mailTemplates: (shopId: string) => `mail-templates-${shopId}`,
  carrierAccounts: (tenantId: string) => `carrier-accounts-${tenantId}`,
  /** 自動処理設定: the tenant's rules, in their order, in one stream. */
  automationRules: (tenantId: string) => `automation-rules-${tenantId}`,
  printNames: (tenantId: string) => `print-names-${tenantId}`,
  bulletinPost: (id: string) => `bulletin-post-${id}`,
  savedSearch: (id: string) => `saved-search-${id}`,
  import: (id: string) => `import-${id}`,
  // Not `import-…`: a reader of import streams by prefix must not get mappings too.
  importMapping: (id: string) => `column-mapping-${id}`,
  customLabelLayout: (id: string) => `label-layout-${id}`,
} as const;
