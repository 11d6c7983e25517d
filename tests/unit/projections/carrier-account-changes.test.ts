import { NO_CODES } from '../../../domain/carrier-accounts/carrier-accounts';
import type { CarrierAccountSet } from '../../../domain/carrier-accounts/events';
import { carrierAccountChanges } from '../../../projections/carrier-accounts/carrier-accounts-projection';
import { recordedFor } from '../../support/decoded-events';

const A = '00000000-0000-4000-8000-000000000001';
const B = '00000000-0000-4000-8000-000000000002';
const set = (tenantId: string, carrier: 'yamato' | 'sagawa', customerCode: string): CarrierAccountSet => ({
  type: 'CarrierAccountSet',
  data: { tenantId, carrier, codes: { ...NO_CODES, customerCode } },
});

describe('carrier accounts, folded without a database', () => {
  test('the last codes per tenant and carrier are kept; tenants and carriers never meet', () => {
    const inA = recordedFor(A);
    const inB = recordedFor(B);
    const changes = carrierAccountChanges([
      inA(set(A, 'yamato', '111111111111'), { revision: 0n }),
      inB(set(B, 'yamato', '999999999999'), { revision: 0n }),
      inA(set(A, 'sagawa', '222222222222'), { revision: 1n }),
      inA(set(A, 'yamato', '333333333333'), { revision: 2n, occurredAt: '2026-12-02T10:00:00.000Z' }),
    ]);
    const byKey = Object.fromEntries(changes.map((c) => [`${c.tenantId}/${c.carrier}`, c]));
    expect(Object.keys(byKey).sort()).toEqual([`${A}/sagawa`, `${A}/yamato`, `${B}/yamato`]);
    expect(byKey[`${A}/yamato`]).toMatchObject({
      codes: { customerCode: '333333333333' },
      at: '2026-12-02T10:00:00.000Z',
    });
    expect(byKey[`${B}/yamato`]!.codes.customerCode).toBe('999999999999');
  });
});
