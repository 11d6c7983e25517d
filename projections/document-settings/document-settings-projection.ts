import { type DatabaseTransactionConnection, sql } from 'slonik';
import type { DecodedEvent } from '../../application/events/event-registry';
import type { DocumentImage, DocumentSettings } from '../../domain/documents/document-settings';
import { PRINT_NAME_EVENTS, type PrintNameEvent } from '../../domain/print-names/events';
import {
  SHOP_DOCUMENT_EVENTS,
  type ShopDocumentImageSet,
  type ShopDocumentSettingsSet,
} from '../../domain/shop/events';
import { defineProjection } from '../projection';

const DOCUMENT_SETTINGS_EVENTS = { ...SHOP_DOCUMENT_EVENTS, ...PRINT_NAME_EVENTS } as const;
type DocumentSettingsEvent = DecodedEvent<ShopDocumentSettingsSet | ShopDocumentImageSet | PrintNameEvent>;

export interface SettingsChange extends DocumentSettings {
  readonly tenantId: string;
  readonly shopId: string;
  readonly at: string;
}
export interface ImageChange {
  readonly tenantId: string;
  readonly shopId: string;
  readonly image: DocumentImage;
  /** null: removed. */
  readonly dataUrl: string | null;
  readonly at: string;
}
export interface PrintNameChange {
  readonly tenantId: string;
  readonly sku: string;
  /** null: removed. */
  readonly name: string | null;
  readonly at: string;
}

/** What a batch leaves behind: the last settings per shop, the last state of each image and print name. */
export interface DocumentSettingsChanges {
  readonly settings: ReadonlyMap<string, SettingsChange>;
  readonly images: ReadonlyMap<string, ImageChange>;
  readonly printNames: ReadonlyMap<string, PrintNameChange>;
}

/** Folds a batch without a database; keys include the tenant, so two tenants' equal SKUs never meet. */
export function documentSettingsChanges(events: readonly DocumentSettingsEvent[]): DocumentSettingsChanges {
  const settings = new Map<string, SettingsChange>();
  const images = new Map<string, ImageChange>();
  const printNames = new Map<string, PrintNameChange>();
  for (const { event, metadata } of events) {
    const at = metadata.occurredAt;
    switch (event.type) {
      case 'ShopDocumentSettingsSet':
        settings.set(`${event.data.tenantId}/${event.data.shopId}`, { ...event.data, at });
        break;
      case 'ShopDocumentImageSet': {
        const { tenantId, shopId, image, dataUrl } = event.data;
        images.set(`${tenantId}/${shopId}/${image}`, { tenantId, shopId, image, dataUrl, at });
        break;
      }
      case 'PrintNameSet':
      case 'PrintNameRemoved': {
        const { tenantId, sku } = event.data;
        const name = event.type === 'PrintNameSet' ? event.data.name : null;
        printNames.set(`${tenantId}\u0000${sku}`, { tenantId, sku, name, at });
        break;
      }
    }
  }
  return { settings, images, printNames };
}

async function saveSettings(tx: DatabaseTransactionConnection, changes: Iterable<SettingsChange>) {
  for (const { tenantId, shopId, issuer, greetings, receiptProviso, taxRounding, leaveDocumentsWaiting, at } of changes)
    await tx.query(sql.unsafe`
      INSERT INTO shop_document_settings (tenant_id, shop_id, issuer_name, postal_code, address, phone, email,
        registration_number, greetings, receipt_proviso, tax_rounding, leave_documents_waiting, updated_at)
      VALUES (${tenantId}, ${shopId}, ${issuer.name}, ${issuer.postalCode}, ${issuer.address}, ${issuer.phone},
        ${issuer.email}, ${issuer.registrationNumber}, ${sql.jsonb(greetings)}, ${receiptProviso}, ${taxRounding},
        ${leaveDocumentsWaiting}, ${at})
      ON CONFLICT (tenant_id, shop_id) DO UPDATE SET issuer_name = EXCLUDED.issuer_name,
        postal_code = EXCLUDED.postal_code, address = EXCLUDED.address, phone = EXCLUDED.phone, email = EXCLUDED.email,
        registration_number = EXCLUDED.registration_number, greetings = EXCLUDED.greetings,
        receipt_proviso = EXCLUDED.receipt_proviso, tax_rounding = EXCLUDED.tax_rounding,
        leave_documents_waiting = EXCLUDED.leave_documents_waiting, updated_at = EXCLUDED.updated_at`);
}

async function saveImages(tx: DatabaseTransactionConnection, changes: Iterable<ImageChange>) {
  for (const { tenantId, shopId, image, dataUrl, at } of changes)
    await tx.query(
      dataUrl === null
        ? sql.unsafe`DELETE FROM shop_document_images WHERE tenant_id = ${tenantId} AND shop_id = ${shopId} AND image = ${image}`
        : sql.unsafe`
            INSERT INTO shop_document_images (tenant_id, shop_id, image, data_url, updated_at)
            VALUES (${tenantId}, ${shopId}, ${image}, ${dataUrl}, ${at})
            ON CONFLICT (tenant_id, shop_id, image) DO UPDATE SET data_url = EXCLUDED.data_url, updated_at = EXCLUDED.updated_at`,
    );
}

/** Print names may come by the thousand from a script: one statement for the set ones, one for the removed. */
async function savePrintNames(tx: DatabaseTransactionConnection, changes: readonly PrintNameChange[]) {
  const set = changes.filter((c) => c.name !== null).map((c) => [c.tenantId, c.sku, c.name, c.at]);
  const removed = changes.filter((c) => c.name === null).map((c) => [c.tenantId, c.sku]);
  if (removed.length > 0)
    await tx.query(sql.unsafe`
      DELETE FROM print_names p USING ${sql.unnest(removed, ['uuid', 'text'])} AS r(tenant_id, sku)
      WHERE p.tenant_id = r.tenant_id AND p.sku = r.sku`);
  if (set.length > 0)
    await tx.query(sql.unsafe`
      INSERT INTO print_names (tenant_id, sku, name, updated_at)
      SELECT * FROM ${sql.unnest(set, ['uuid', 'text', 'text', 'timestamptz'])}
      ON CONFLICT (tenant_id, sku) DO UPDATE SET name = EXCLUDED.name, updated_at = EXCLUDED.updated_at`);
}

/** 帳票設定 per shop (issuer, greetings, images) and 帳票商品名 per tenant, for the documents and their screens. */
export const documentSettingsProjection = defineProjection({
  name: 'document-settings',
  events: DOCUMENT_SETTINGS_EVENTS,
  tables: ['shop_document_settings', 'shop_document_images', 'print_names'],
  async apply(tx, events) {
    const changes = documentSettingsChanges(events);
    await saveSettings(tx, changes.settings.values());
    await saveImages(tx, changes.images.values());
    await savePrintNames(tx, [...changes.printNames.values()]);
  },
});
