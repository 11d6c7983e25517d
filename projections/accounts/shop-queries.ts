import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';

const Shop = z.object({ id: z.string(), code: z.string(), mall: z.string(), name: z.string() });
export type ShopRow = z.infer<typeof Shop>;

export const listShops = (db: DatabasePool, tenantId: string): Promise<readonly ShopRow[]> =>
  db.any(sql.type(Shop)`SELECT id, code, mall, name FROM shops WHERE tenant_id = ${tenantId} ORDER BY code`);
