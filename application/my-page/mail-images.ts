import { randomUUID } from 'node:crypto';
import * as E from 'fp-ts/Either';
import { type DatabasePool, sql } from 'slonik';
import { isUuid } from '../../domain/shared/ids';

/**
 * Images the shop attaches to mails for an order (画像アップロード), shown to the buyer on the マイページ. The bytes live
 * in `mail_images`, not in events (an event names an image by its id), so they can be erased with the order's data.
 * The type is read from the file's first bytes, not from its name or the type the browser claimed: only PNG, JPEG and
 * GIF are kept, which the buyer's browser shows as an image and nothing else.
 */
export const MAX_MAIL_IMAGE_BYTES = 2 * 1024 * 1024;

export type MailImageType = 'image/png' | 'image/jpeg' | 'image/gif';

export interface MailImageUpload {
  readonly tenantId: string;
  readonly orderId: string;
  readonly filename: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

export type MailImageRefusal =
  | { readonly reason: 'too_large'; readonly limit: number }
  | { readonly reason: 'not_an_image' }
  | { readonly reason: 'type_mismatch'; readonly detected: MailImageType };

export interface MailImageInfo {
  readonly imageId: string;
  readonly filename: string;
  readonly contentType: MailImageType;
  readonly createdAt: string;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);

/** The image type the bytes are, by their magic number; undefined for anything else. */
export function imageTypeOf(bytes: Uint8Array): MailImageType | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38, 0x37, 0x61]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38, 0x39, 0x61])
  )
    return 'image/gif';
  return undefined;
}

// A name is shown to the buyer and sent in a header: no path, no control characters, not endless.
const safeFilename = (name: string): string =>
  // eslint-disable-next-line no-control-regex
  [...(name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f"]/g, '')].slice(0, 100).join('') || 'image';

export async function saveMailImage(
  db: DatabasePool,
  upload: MailImageUpload,
): Promise<E.Either<MailImageRefusal, { imageId: string }>> {
  if (!isUuid(upload.tenantId) || !isUuid(upload.orderId)) throw new TypeError('mail image ids are UUIDs');
  if (upload.bytes.length > MAX_MAIL_IMAGE_BYTES) return E.left({ reason: 'too_large', limit: MAX_MAIL_IMAGE_BYTES });
  const detected = imageTypeOf(upload.bytes);
  if (!detected) return E.left({ reason: 'not_an_image' });
  // image/jpg is what some browsers and mail clients say for JPEG.
  const claimed = upload.contentType.toLowerCase().replace('image/jpg', 'image/jpeg');
  if (claimed !== detected) return E.left({ reason: 'type_mismatch', detected });
  const imageId = randomUUID();
  await db.query(sql.unsafe`
    INSERT INTO mail_images (tenant_id, image_id, order_id, filename, content_type, bytes)
    VALUES (${upload.tenantId}, ${imageId}, ${upload.orderId}, ${safeFilename(upload.filename)}, ${detected},
            ${sql.binary(Buffer.from(upload.bytes))})`);
  return E.right({ imageId });
}

/** The order's images, oldest first, without their bytes. */
export async function mailImagesOf(db: DatabasePool, tenantId: string, orderId: string): Promise<MailImageInfo[]> {
  const rows = await db.any(sql.unsafe`
    SELECT image_id, filename, content_type, created_at FROM mail_images
    WHERE tenant_id = ${tenantId} AND order_id = ${orderId} ORDER BY created_at, image_id`);
  return rows.map((row) => ({
    imageId: String(row.image_id),
    filename: String(row.filename),
    contentType: row.content_type as MailImageType,
    createdAt: new Date(row.created_at as number).toISOString(),
  }));
}

/** One image, only when it belongs to that order of that tenant: another order's id reads as none. */
export async function mailImageOf(
  db: DatabasePool,
  tenantId: string,
  orderId: string,
  imageId: string,
): Promise<{ contentType: MailImageType; filename: string; bytes: Buffer } | undefined> {
  if (!isUuid(imageId)) return undefined;
  const row = await db.maybeOne(sql.unsafe`
    SELECT content_type, filename, bytes FROM mail_images
    WHERE tenant_id = ${tenantId} AND order_id = ${orderId} AND image_id = ${imageId}`);
  return row
    ? { contentType: row.content_type as MailImageType, filename: String(row.filename), bytes: row.bytes as Buffer }
    : undefined;
}
