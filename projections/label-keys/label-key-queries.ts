import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';

const Owner = z.object({ key: z.string(), orderId: z.string(), destinationIndex: z.number() });
export type LabelKeyOwnerRow = z.infer<typeof Owner>;

/** The owners of the given keys within the tenant: another tenant's key is not found, like a key never exported. */
export async function labelKeyOwners(
  db: DatabasePool,
  tenantId: string,
  keys: readonly string[],
): Promise<readonly LabelKeyOwnerRow[]> {
  if (keys.length === 0) return [];
  return db.any(sql.type(Owner)`
    SELECT key, order_id AS "orderId", destination_index AS "destinationIndex"
    FROM label_keys WHERE tenant_id = ${tenantId} AND key = ANY(${sql.array([...keys], 'text')})`);
}
