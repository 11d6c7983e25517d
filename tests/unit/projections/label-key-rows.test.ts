import type { LabelDataExported } from '../../../domain/order/events';
import { labelKeyRows } from '../../../projections/label-keys/label-keys-projection';
import { recordedFor } from '../../support/decoded-events';

const A = '00000000-0000-4000-8000-000000000001';
const B = '00000000-0000-4000-8000-000000000002';
const exported = (tenantId: string, orderId: string, keys: readonly string[]): LabelDataExported => ({
  type: 'LabelDataExported',
  data: {
    orderId,
    tenantId,
    carrier: 'yamato',
    layout: 'b2cloud',
    labels: keys.map((key, destinationIndex) => ({ destinationIndex, key })),
  },
});

describe('label keys, folded without a database', () => {
  test('one row per key and destination; a later export of the same key wins; tenants never meet', () => {
    const inA = recordedFor(A);
    const inB = recordedFor(B);
    const rows = labelKeyRows([
      inA(exported(A, 'o-1', ['K-1', 'K-2']), { revision: 3n }),
      inB(exported(B, 'o-9', ['K-1']), { revision: 0n }),
      inA(exported(A, 'o-2', ['K-2']), { revision: 1n, occurredAt: '2026-12-02T10:00:00.000Z' }),
    ]);
    const byKey = Object.fromEntries(rows.map((r) => [`${r.tenantId}/${r.key}`, r]));
    expect(Object.keys(byKey).sort()).toEqual([`${A}/K-1`, `${A}/K-2`, `${B}/K-1`]);
    expect(byKey[`${A}/K-1`]).toMatchObject({ orderId: 'o-1', destinationIndex: 0 });
    expect(byKey[`${A}/K-2`]).toEqual({
      tenantId: A,
      key: 'K-2',
      orderId: 'o-2',
      destinationIndex: 0,
      exportedAt: '2026-12-02T10:00:00.000Z',
    });
    expect(byKey[`${B}/K-1`]).toMatchObject({ orderId: 'o-9' });
  });
});
