import { type DatabasePool, sql } from 'slonik';
import type { MailAttachment } from '../../application/mail/ports';

/** Names the images a mail carries; the first list kept stands, as the mail's content does. */
export async function keepMailAttachments(
  db: DatabasePool,
  tenantId: string,
  mailId: string,
  imageIds: readonly string[],
): Promise<void> {
  for (const [position, imageId] of imageIds.entries())
    await db.query(sql.unsafe`
      INSERT INTO mail_attachments (tenant_id, mail_id, position, image_id)
      VALUES (${tenantId}, ${mailId}, ${position}, ${imageId}) ON CONFLICT DO NOTHING`);
}

/** The images a mail carries, as the sender attaches them (bytes from mail_images). */
export async function mailAttachmentsOf(db: DatabasePool, tenantId: string, mailId: string): Promise<MailAttachment[]> {
  const rows = await db.any(sql.unsafe`
    SELECT i.filename, i.content_type, i.bytes FROM mail_attachments a
    JOIN mail_images i ON i.tenant_id = a.tenant_id AND i.image_id = a.image_id
    WHERE a.tenant_id = ${tenantId} AND a.mail_id = ${mailId} ORDER BY a.position`);
  return rows.map((row) => ({
    filename: String(row.filename),
    contentType: String(row.content_type),
    content: row.bytes as Buffer,
  }));
}
