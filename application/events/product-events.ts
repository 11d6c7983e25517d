import type * as t from 'io-ts';
import { AUTOMATION_RULE_EVENTS } from '../../domain/automation/events';
import { BULLETIN_EVENTS } from '../../domain/bulletin/events';
import { CANNED_PHRASE_EVENTS } from '../../domain/canned-phrases/events';
import { CARRIER_ACCOUNT_EVENTS } from '../../domain/carrier-accounts/events';
import { CUSTOMER_EVENTS } from '../../domain/customer/events';
import { IMPORT_EVENTS } from '../../domain/import/events';
import { MAIL_TEMPLATE_EVENTS } from '../../domain/mail-template/events';
import { ORDER_EVENTS } from '../../domain/order/events';
import { ORDER_NUMBER_EVENTS } from '../../domain/order-number/events';
import { PAYMENT_EVENTS } from '../../domain/payment/events';
import { PRINT_NAME_EVENTS } from '../../domain/print-names/events';
import type { DomainEvent } from '../../domain/shared/decider';
import { SAVED_SEARCH_EVENTS } from '../../domain/saved-search/events';
import { SHIPMENT_EVENTS } from '../../domain/shipment/events';
import { SHOP_EVENTS } from '../../domain/shop/events';
import { STAFF_USER_EVENTS } from '../../domain/staff-user/events';
import { TenantRegistered, upcastTenantRegistered } from '../../domain/tenant/events';
import { TENANT_SETTINGS_EVENTS } from '../../domain/tenant-settings/events';
import { IMPORT_MAPPING_EVENTS } from '../import/import-mapping-events';
import { CUSTOM_LABEL_LAYOUT_EVENTS } from '../labels/custom-label-layout-events';
import { EventRegistry } from './event-registry';

/** The registry of every event the product writes. A new event type is added here with its codec. */
export const createProductEventRegistry = (): EventRegistry =>
  registerAll(
    new EventRegistry().register('TenantRegistered', { codec: TenantRegistered, upcast: upcastTenantRegistered }),
    STAFF_USER_EVENTS,
    ORDER_EVENTS,
    ORDER_NUMBER_EVENTS,
    PAYMENT_EVENTS,
    SHIPMENT_EVENTS,
    CUSTOMER_EVENTS,
    SHOP_EVENTS,
    TENANT_SETTINGS_EVENTS,
    BULLETIN_EVENTS,
    SAVED_SEARCH_EVENTS,
    IMPORT_EVENTS,
    IMPORT_MAPPING_EVENTS,
    CANNED_PHRASE_EVENTS,
    PRINT_NAME_EVENTS,
    CARRIER_ACCOUNT_EVENTS,
    CUSTOM_LABEL_LAYOUT_EVENTS,
    MAIL_TEMPLATE_EVENTS,
    AUTOMATION_RULE_EVENTS,
  );

/** An aggregate exports its codecs keyed by event type, so none can be forgotten here. */
const registerAll = (
  registry: EventRegistry,
  ...groups: readonly Readonly<Record<string, t.Mixed>>[]
): EventRegistry => {
  for (const group of groups)
    for (const [type, codec] of Object.entries(group)) registry.register<DomainEvent>(type, { codec });
  return registry;
};
