import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';
import { NO_CODES } from '../../domain/carrier-accounts/carrier-accounts';
import type { CarrierAccountCodes } from '../../domain/carrier-accounts/events';
import type { Carrier } from '../../domain/shared/carrier';

export interface CarrierAccountView extends CarrierAccountCodes {
  /** The carrier: react-admin's record id. */
  readonly id: Carrier;
  readonly carrier: Carrier;
}

const Row = z.object({ carrier: z.string(), codes: z.record(z.string(), z.string()) });

/** The tenant's codes per carrier; a carrier never set has every code empty. */
export async function carrierAccountsOf(db: DatabasePool, tenantId: string): Promise<Map<Carrier, CarrierAccountView>> {
  const rows = await db.any(sql.type(Row)`SELECT carrier, codes FROM carrier_accounts WHERE tenant_id = ${tenantId}`);
  return new Map(
    rows.map((row) => {
      const carrier = row.carrier as Carrier;
      return [carrier, { ...NO_CODES, ...row.codes, id: carrier, carrier }];
    }),
  );
}

export const findCarrierAccount = async (
  db: DatabasePool,
  tenantId: string,
  carrier: Carrier,
): Promise<CarrierAccountView> =>
  (await carrierAccountsOf(db, tenantId)).get(carrier) ?? { ...NO_CODES, id: carrier, carrier };
