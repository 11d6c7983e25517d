import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';
import type { ShopDocumentSettings } from '../../application/documents/document-input';
import type { LeaveDocumentsWaiting, TaxRounding } from '../../domain/documents/document-kind';
import {
  DEFAULT_LEAVE_DOCUMENTS_WAITING,
  defaultDocumentSettings,
  type Greetings,
} from '../../domain/documents/document-settings';
import { isUuid } from '../../domain/shared/ids';

const SettingsRow = z.object({
  shopId: z.string(),
  shopName: z.string(),
  set: z.boolean(),
  issuerName: z.string().nullable(),
  postalCode: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  registrationNumber: z.string().nullable(),
  greetings: z.record(z.string(), z.string()).nullable(),
  receiptProviso: z.string().nullable(),
  taxRounding: z.string().nullable(),
  leaveDocumentsWaiting: z.string().nullable(),
  logo: z.string().nullable(),
  seal: z.string().nullable(),
});
type SettingsRow = z.infer<typeof SettingsRow>;

const settingsRows = (db: DatabasePool, tenantId: string, shopIds: readonly string[]) => {
  // An id that is no uuid names no shop (and PostgreSQL would refuse it).
  const ids = [...new Set(shopIds.filter(isUuid))];
  if (ids.length === 0) return Promise.resolve([] as readonly SettingsRow[]);
  return db.any(sql.type(SettingsRow)`
    SELECT s.id AS "shopId", s.name AS "shopName", d.shop_id IS NOT NULL AS set,
      d.issuer_name AS "issuerName", d.postal_code AS "postalCode", d.address, d.phone, d.email,
      d.registration_number AS "registrationNumber", d.greetings, d.receipt_proviso AS "receiptProviso",
      d.tax_rounding AS "taxRounding", d.leave_documents_waiting AS "leaveDocumentsWaiting",
      (SELECT data_url FROM shop_document_images i WHERE i.tenant_id = s.tenant_id AND i.shop_id = s.id AND i.image = 'logo') AS logo,
      (SELECT data_url FROM shop_document_images i WHERE i.tenant_id = s.tenant_id AND i.shop_id = s.id AND i.image = 'seal') AS seal
    FROM shops s
    LEFT JOIN shop_document_settings d ON d.tenant_id = s.tenant_id AND d.shop_id = s.id
    WHERE s.tenant_id = ${tenantId} AND s.id = ANY(${sql.array(ids, 'uuid')})`);
};

const toSettings = (row: SettingsRow): ShopDocumentSettings & { leaveDocumentsWaiting: LeaveDocumentsWaiting } => {
  const defaults = defaultDocumentSettings(row.shopName);
  const base = { shopId: row.shopId, shopName: row.shopName, logo: row.logo, seal: row.seal };
  if (!row.set) return { ...base, ...defaults };
  return {
    ...base,
    issuer: {
      name: row.issuerName ?? defaults.issuer.name,
      postalCode: row.postalCode ?? '',
      address: row.address ?? '',
      phone: row.phone ?? '',
      email: row.email ?? '',
      registrationNumber: row.registrationNumber,
    },
    greetings: { ...defaults.greetings, ...row.greetings } as Greetings,
    receiptProviso: row.receiptProviso ?? defaults.receiptProviso,
    taxRounding: (row.taxRounding ?? defaults.taxRounding) as TaxRounding,
    leaveDocumentsWaiting: (row.leaveDocumentsWaiting ?? defaults.leaveDocumentsWaiting) as LeaveDocumentsWaiting,
  };
};

/** A shop's document settings with when printing moves its orders on, as the settings screen shows them. */
export type ShopDocumentSettingsView = ShopDocumentSettings & { readonly leaveDocumentsWaiting: LeaveDocumentsWaiting };

/**
 * The document settings of every registered shop of the tenant among `shopIds`, by shop id; a shop that set nothing
 * gets the defaults (its own name as the issuer). Another tenant's shop, or an unknown id, is not in the map.
 */
export async function shopDocumentSettings(
  db: DatabasePool,
  tenantId: string,
  shopIds: readonly string[],
): Promise<Map<string, ShopDocumentSettings>> {
  return new Map((await settingsRows(db, tenantId, shopIds)).map((row) => [row.shopId, toSettings(row)]));
}

/** One shop's settings with leaveDocumentsWaiting, for its screen; undefined for a shop the tenant does not have. */
export async function findShopDocumentSettings(
  db: DatabasePool,
  tenantId: string,
  shopId: string,
): Promise<ShopDocumentSettingsView | undefined> {
  const [row] = await settingsRows(db, tenantId, [shopId]);
  return row && toSettings(row);
}

/** 帳票商品名 of the given SKUs that have one, by SKU. */
export async function printNames(
  db: DatabasePool,
  tenantId: string,
  skus: readonly string[],
): Promise<Map<string, string>> {
  if (skus.length === 0) return new Map();
  const rows = await db.any(sql.type(z.object({ sku: z.string(), name: z.string() }))`
    SELECT sku, name FROM print_names WHERE tenant_id = ${tenantId} AND sku = ANY(${sql.array([...new Set(skus)], 'text')})`);
  return new Map(rows.map((row) => [row.sku, row.name]));
}

/** When each registered shop of the tenant among `shopIds` lets an order leave 伝票・帳票出力待ち (default: documents). */
export async function leaveDocumentsWaitingFor(
  db: DatabasePool,
  tenantId: string,
  shopIds: readonly string[],
): Promise<Map<string, LeaveDocumentsWaiting>> {
  const ids = [...new Set(shopIds.filter(isUuid))];
  if (ids.length === 0) return new Map();
  const rows = await db.any(sql.type(z.object({ shopId: z.string(), leave: z.string().nullable() }))`
    SELECT s.id AS "shopId", d.leave_documents_waiting AS leave FROM shops s
    LEFT JOIN shop_document_settings d ON d.tenant_id = s.tenant_id AND d.shop_id = s.id
    WHERE s.tenant_id = ${tenantId} AND s.id = ANY(${sql.array(ids, 'uuid')})`);
  return new Map(
    rows.map((row) => [row.shopId, (row.leave ?? DEFAULT_LEAVE_DOCUMENTS_WAITING) as LeaveDocumentsWaiting]),
  );
}
