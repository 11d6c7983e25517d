import { StaffUserRegistered } from '../../domain/staff-user/events';
import { TenantRegistered, upcastTenantRegistered } from '../../domain/tenant/events';
import { EventRegistry } from './event-registry';

/** The registry of every event the product writes. A new event type is added here with its codec. */
export const createProductEventRegistry = (): EventRegistry =>
  new EventRegistry()
    .register('TenantRegistered', { codec: TenantRegistered, upcast: upcastTenantRegistered })
    .register('StaffUserRegistered', { codec: StaffUserRegistered });
