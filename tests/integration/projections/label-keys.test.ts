/**
 * The label-keys projection in PostgreSQL: what 伝票番号取込 looks its keys up in. Keys are per tenant: the same key text
 * in another tenant is another label, and a tenant's lookup never finds another tenant's.
 */
import { createPool, type DatabasePool } from 'slonik';
import type { LabelDataExported } from '../../../domain/order/events';
import { labelKeyOwners } from '../../../projections/label-keys/label-key-queries';
import { labelKeysProjection } from '../../../projections/label-keys/label-keys-projection';
import { createTestDatabase, type TestDatabase } from '../../support/database';
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

let database: TestDatabase;
let db: DatabasePool;

beforeAll(async () => {
  database = await createTestDatabase();
  db = await createPool(database.connectionString, { maximumPoolSize: 2 });
  const inA = recordedFor(A);
  const inB = recordedFor(B);
  await db.transaction((tx) =>
    labelKeysProjection.apply(tx, [
      inA(exported(A, 'order-a1', ['KEY-1', 'KEY-2']), { revision: 0n }),
      inB(exported(B, 'order-b1', ['KEY-9']), { revision: 0n }),
    ]),
  );
  // A later batch: A exports order-a2 with a key A already had (a re-export), B reuses A's key text.
  await db.transaction((tx) =>
    labelKeysProjection.apply(tx, [
      inA(exported(A, 'order-a2', ['KEY-2']), { revision: 0n }),
      inB(exported(B, 'order-b2', ['KEY-1']), { revision: 1n }),
    ]),
  );
});

afterAll(async () => {
  await db.end();
  await database.drop();
});

describe('label keys per tenant', () => {
  test("tenant B's lookup never finds tenant A's keys", async () => {
    const found = await labelKeyOwners(db, B, ['KEY-1', 'KEY-2']);
    expect(found).toEqual([{ key: 'KEY-1', orderId: 'order-b2', destinationIndex: 0 }]);
    expect(await labelKeyOwners(db, B, ['KEY-2'])).toEqual([]);
  });

  test('a later export of the same key wins, within its tenant', async () => {
    const found = await labelKeyOwners(db, A, ['KEY-1', 'KEY-2', 'KEY-9']);
    expect([...found].sort((x, y) => x.key.localeCompare(y.key))).toEqual([
      { key: 'KEY-1', orderId: 'order-a1', destinationIndex: 0 },
      { key: 'KEY-2', orderId: 'order-a2', destinationIndex: 0 },
    ]);
  });
});
