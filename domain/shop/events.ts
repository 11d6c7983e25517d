import * as t from 'io-ts';
import { Mall } from '../order/order-data';

/** A shop is one account on one mall or cart; a tenant may have several on the same mall. */
export const ShopRegistered = t.strict({
  type: t.literal('ShopRegistered'),
  data: t.strict({ shopId: t.string, tenantId: t.string, code: t.string, mall: Mall, name: t.string }),
});
export type ShopRegistered = t.TypeOf<typeof ShopRegistered>;

export type ShopEvent = ShopRegistered;

export const SHOP_EVENTS = { ShopRegistered } as const;
