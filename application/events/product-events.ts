import type * as t from 'io-ts';
import { CUSTOMER_EVENTS } from '../../domain/customer/events';
import { ORDER_EVENTS } from '../../domain/order/events';
import { PAYMENT_EVENTS } from '../../domain/payment/events';
import type { DomainEvent } from '../../domain/shared/decider';
import { SHIPMENT_EVENTS } from '../../domain/shipment/events';
import { SHOP_EVENTS } from '../../domain/shop/events';
import { StaffUserRegistered } from '../../domain/staff-user/events';
import { TenantRegistered, upcastTenantRegistered } from '../../domain/tenant/events';
import { EventRegistry } from './event-registry';

/** The registry of every event the product writes. A new event type is added here with its codec. */
export const createProductEventRegistry = (): EventRegistry =>
  registerAll(
    new EventRegistry()
      .register('TenantRegistered', { codec: TenantRegistered, upcast: upcastTenantRegistered })
      .register('StaffUserRegistered', { codec: StaffUserRegistered }),
    ORDER_EVENTS,
    PAYMENT_EVENTS,
    SHIPMENT_EVENTS,
    CUSTOMER_EVENTS,
    SHOP_EVENTS,
  );

/** An aggregate exports its codecs keyed by event type, so none can be forgotten here. */
const registerAll = (registry: EventRegistry, ...groups: readonly Readonly<Record<string, t.Mixed>>[]): EventRegistry => {
  for (const group of groups) for (const [type, codec] of Object.entries(group)) registry.register<DomainEvent>(type, { codec });
  return registry;
};
