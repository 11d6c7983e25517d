import * as t from 'io-ts';
import { Mall } from '../order/order-data';

/** A shop is one account on one mall or cart; a tenant may have several on the same mall. */
export const ShopRegistered = t.strict({
  type: t.literal('ShopRegistered'),
  data: t.strict({ shopId: t.string, tenantId: t.string, code: t.string, mall: Mall, name: t.string }),
});
export type ShopRegistered = t.TypeOf<typeof ShopRegistered>;

/** The code and mall stay: imports and order ids are keyed by them. Only the name people read changes. */
export const ShopRenamed = t.strict({
  type: t.literal('ShopRenamed'),
  data: t.strict({ shopId: t.string, tenantId: t.string, name: t.string }),
});
export type ShopRenamed = t.TypeOf<typeof ShopRenamed>;

export type ShopEvent = ShopRegistered | ShopRenamed;

export const SHOP_EVENTS = { ShopRegistered, ShopRenamed } as const;
