import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';

export interface EnquiryMessage {
  readonly tenantId: string;
  readonly messageId: string;
  readonly enquiryId: string;
  readonly orderId: string;
  readonly from: 'buyer' | 'shop';
  readonly body: string;
  readonly staffUserId: string | null;
}

const Stored = z.object({ tenantId: z.string(), enquiryId: z.string(), orderId: z.string(), from: z.string() });

/**
 * Stores a message's text before its event is appended, so that the event only carries the id. A retry with the same
 * id writes nothing again: `inserted` says whether this call wrote it. An id already used for another thread, order or
 * tenant is `taken` (the caller refuses the request; nothing of the other message is touched).
 */
export async function storeEnquiryMessage(
  db: DatabasePool,
  message: EnquiryMessage,
): Promise<'inserted' | 'existing' | 'taken'> {
  const inserted = await db.maybeOneFirst(sql.type(z.object({ id: z.string() }))`
    INSERT INTO enquiry_messages (tenant_id, message_id, enquiry_id, order_id, from_party, body, staff_user_id)
    VALUES (${message.tenantId}, ${message.messageId}, ${message.enquiryId}, ${message.orderId}, ${message.from},
      ${message.body}, ${message.staffUserId})
    ON CONFLICT (message_id) DO NOTHING RETURNING message_id AS id`);
  if (inserted !== null) return 'inserted';
  const stored = await db.one(sql.type(Stored)`
    SELECT tenant_id::text AS "tenantId", enquiry_id AS "enquiryId", order_id AS "orderId", from_party AS "from"
    FROM enquiry_messages WHERE message_id = ${message.messageId}`);
  const same =
    stored.tenantId === message.tenantId &&
    stored.enquiryId === message.enquiryId &&
    stored.orderId === message.orderId &&
    stored.from === message.from;
  return same ? 'existing' : 'taken';
}

/** The thread a message id was stored for on this order, if it was: a retried message goes where the first went. */
export const storedEnquiryOf = (
  db: DatabasePool,
  tenantId: string,
  orderId: string,
  messageId: string,
): Promise<string | null> =>
  db.maybeOneFirst(sql.type(z.object({ enquiryId: z.string() }))`
    SELECT enquiry_id AS "enquiryId" FROM enquiry_messages
    WHERE tenant_id = ${tenantId} AND order_id = ${orderId} AND message_id = ${messageId}`);

/** A text stored for an append that was refused: removed, so that no screen shows a message the order never got. */
export const forgetEnquiryMessage = (db: DatabasePool, tenantId: string, messageId: string): Promise<unknown> =>
  db.query(sql.unsafe`DELETE FROM enquiry_messages WHERE tenant_id = ${tenantId} AND message_id = ${messageId}`);
