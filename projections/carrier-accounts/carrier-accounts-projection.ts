import { sql } from 'slonik';
import type { DecodedEvent } from '../../application/events/event-registry';
import { CARRIER_ACCOUNT_EVENTS, type CarrierAccountSet } from '../../domain/carrier-accounts/events';
import { defineProjection } from '../projection';

export interface CarrierAccountChange {
  readonly tenantId: string;
  readonly carrier: string;
  readonly codes: CarrierAccountSet['data']['codes'];
  readonly at: string;
}

/** The last codes per tenant and carrier in a batch, folded without a database. */
export function carrierAccountChanges(events: readonly DecodedEvent<CarrierAccountSet>[]): CarrierAccountChange[] {
  const last = new Map<string, CarrierAccountChange>();
  for (const { event, metadata } of events) {
    const { tenantId, carrier, codes } = event.data;
    last.set(`${tenantId}/${carrier}`, { tenantId, carrier, codes, at: metadata.occurredAt });
  }
  return [...last.values()];
}

/** 運送会社アカウント per tenant and carrier, for the settings screen and the label export. */
export const carrierAccountsProjection = defineProjection({
  name: 'carrier-accounts',
  events: CARRIER_ACCOUNT_EVENTS,
  tables: ['carrier_accounts'],
  async apply(tx, events) {
    for (const { tenantId, carrier, codes, at } of carrierAccountChanges(events))
      await tx.query(sql.unsafe`
        INSERT INTO carrier_accounts (tenant_id, carrier, codes, updated_at)
        VALUES (${tenantId}, ${carrier}, ${sql.jsonb(codes)}, ${at})
        ON CONFLICT (tenant_id, carrier) DO UPDATE SET codes = EXCLUDED.codes, updated_at = EXCLUDED.updated_at`);
  },
});
