import type { Mall } from '../../domain/order/order-data';
import { shopIdFor, streamName } from '../../domain/shared/ids';
import { shopDecider } from '../../domain/shop/shop';
import { commandRequest } from '../commands/command-pipeline';

/** A shop of a tenant on a mall: its id follows from the tenant and the shop code, so registering twice is refused. */
export function registerShop(request: { tenantId: string; code: string; mall: Mall; name: string }) {
  const shopId = shopIdFor(request.tenantId, request.code);
  return commandRequest(shopDecider, streamName.shop(shopId), { type: 'RegisterShop', shopId, ...request } as const);
}
