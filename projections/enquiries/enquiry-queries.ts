import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';
import type { EnquiryState } from '../../domain/order/enquiry-events';

/** One message of a thread as the buyer's page shows it: who wrote it, the text, when (ISO 8601). */
export interface BuyerEnquiryMessage {
  readonly from: 'buyer' | 'shop';
  readonly text: string;
  readonly at: string;
}
export interface BuyerEnquiry {
  readonly enquiryId: string;
  readonly state: EnquiryState;
  readonly messages: readonly BuyerEnquiryMessage[];
}

const Message = z.object({
  id: z.string(),
  enquiryId: z.string(),
  from: z.enum(['buyer', 'shop']),
  text: z.string(),
  at: z.number(),
  staffUserId: z.string().nullable(),
  staffName: z.string().nullable(),
});
type MessageRow = z.infer<typeof Message>;

const Thread = z.object({
  id: z.string(),
  orderId: z.string(),
  orderNumber: z.string().nullable(),
  shopId: z.string().nullable(),
  state: z.enum(['open', 'in_progress', 'done']),
  startedAt: z.number(),
  lastMessageAt: z.number(),
  lastFrom: z.enum(['buyer', 'shop']),
  messageCount: z.number(),
  excerpt: z.string().nullable(),
});
type ThreadRow = z.infer<typeof Thread>;

// slonik hands timestamps over as epoch milliseconds; the API speaks ISO 8601.
const iso = (ms: number) => new Date(ms).toISOString();

/** Only messages whose thread the log knows: a text stored for an append that then failed is never shown. */
const messagesOf = (db: DatabasePool, tenantId: string, enquiryIds: readonly string[]) =>
  enquiryIds.length === 0
    ? Promise.resolve([] as readonly MessageRow[])
    : db.any(sql.type(Message)`
        SELECT m.message_id AS id, m.enquiry_id AS "enquiryId", m.from_party AS "from", m.body AS text,
          m.created_at AS at, m.staff_user_id AS "staffUserId", u.display_name AS "staffName"
        FROM enquiry_messages m
        LEFT JOIN staff_users u ON u.id::text = m.staff_user_id
        WHERE m.tenant_id = ${tenantId} AND m.enquiry_id = ANY(${sql.array([...enquiryIds], 'text')})
        ORDER BY m.created_at, m.message_id`);

/**
 * The order's enquiries as the buyer's page shows them, oldest first, each with its messages oldest first. Staff names
 * are not shown to the buyer: the shop answers as the shop.
 */
export async function enquiriesForBuyer(db: DatabasePool, tenantId: string, orderId: string): Promise<BuyerEnquiry[]> {
  const threads = await threadsOfOrder(db, tenantId, orderId);
  const messages = await messagesOf(
    db,
    tenantId,
    threads.map((t) => t.id),
  );
  return threads.map((thread) => ({
    enquiryId: thread.id,
    state: thread.state,
    messages: messages
      .filter((m) => m.enquiryId === thread.id)
      .map((m) => ({ from: m.from, text: m.text, at: iso(m.at) })),
  }));
}

const THREAD_COLUMNS = sql.fragment`
  e.enquiry_id AS id, e.order_id AS "orderId", o.order_number AS "orderNumber", o.shop_id AS "shopId", e.state,
  e.started_at AS "startedAt", e.last_message_at AS "lastMessageAt", e.last_from AS "lastFrom",
  e.message_count AS "messageCount",
  (SELECT left(m.body, 80) FROM enquiry_messages m
    WHERE m.tenant_id = e.tenant_id AND m.enquiry_id = e.enquiry_id
    ORDER BY m.created_at DESC, m.message_id DESC LIMIT 1) AS excerpt`;

// The order's number and shop are read from the order list, not copied: they are the order's, kept there.
const THREADS_FROM = sql.fragment`
  FROM enquiries e LEFT JOIN order_search o ON o.id = e.order_id AND o.tenant_id = e.tenant_id`;

export interface EnquiryView {
  readonly id: string;
  readonly orderId: string;
  readonly orderNumber: string | null;
  readonly shopId: string | null;
  readonly state: EnquiryState;
  readonly startedAt: string;
  readonly lastMessageAt: string;
  readonly lastFrom: 'buyer' | 'shop';
  readonly messageCount: number;
  /** The start of the last message, for the inbox. */
  readonly excerpt: string;
}

const toView = (row: ThreadRow): EnquiryView => ({
  ...row,
  startedAt: iso(row.startedAt),
  lastMessageAt: iso(row.lastMessageAt),
  excerpt: row.excerpt ?? '',
});

const threadsOfOrder = (db: DatabasePool, tenantId: string, orderId: string) =>
  db.any(sql.type(Thread)`
    SELECT ${THREAD_COLUMNS} ${THREADS_FROM}
    WHERE e.tenant_id = ${tenantId} AND e.order_id = ${orderId} ORDER BY e.started_at, e.enquiry_id`);

/** The order's enquiries for staff, oldest first. */
export async function enquiriesOfOrder(db: DatabasePool, tenantId: string, orderId: string): Promise<EnquiryView[]> {
  return (await threadsOfOrder(db, tenantId, orderId)).map(toView);
}

export interface EnquiryInboxFilter {
  readonly state?: EnquiryState;
  readonly orderId?: string;
}

/** The inbox: 未対応 first, then 対応中, then 完了; within each, the newest message first. */
export async function enquiryInbox(
  db: DatabasePool,
  tenantId: string,
  filter: EnquiryInboxFilter,
  page: { readonly offset: number; readonly limit: number },
): Promise<{ rows: EnquiryView[]; total: number }> {
  const where = sql.join(
    [
      sql.fragment`e.tenant_id = ${tenantId}`,
      ...(filter.state ? [sql.fragment`e.state = ${filter.state}`] : []),
      ...(filter.orderId ? [sql.fragment`e.order_id = ${filter.orderId}`] : []),
    ],
    sql.fragment` AND `,
  );
  const [rows, total] = await Promise.all([
    db.any(sql.type(Thread)`
      SELECT ${THREAD_COLUMNS} ${THREADS_FROM} WHERE ${where}
      ORDER BY CASE e.state WHEN 'open' THEN 0 WHEN 'in_progress' THEN 1 ELSE 2 END,
        e.last_message_at DESC, e.enquiry_id
      OFFSET ${page.offset} LIMIT ${page.limit}`),
    db.oneFirst(
      sql.type(z.object({ count: z.number() }))`SELECT count(*)::int AS count FROM enquiries e WHERE ${where}`,
    ),
  ]);
  return { rows: rows.map(toView), total };
}

export interface EnquiryThreadView extends EnquiryView {
  readonly messages: readonly {
    readonly id: string;
    readonly from: 'buyer' | 'shop';
    readonly text: string;
    readonly at: string;
    readonly staffName: string | null;
  }[];
}

/** One thread with its messages, oldest first; undefined for another tenant's or an unknown id. */
export async function enquiryThread(
  db: DatabasePool,
  tenantId: string,
  enquiryId: string,
): Promise<EnquiryThreadView | undefined> {
  const row = await db.maybeOne(sql.type(Thread)`
    SELECT ${THREAD_COLUMNS} ${THREADS_FROM} WHERE e.tenant_id = ${tenantId} AND e.enquiry_id = ${enquiryId}`);
  if (!row) return undefined;
  const messages = await messagesOf(db, tenantId, [enquiryId]);
  return {
    ...toView(row),
    messages: messages.map((m) => ({ id: m.id, from: m.from, text: m.text, at: iso(m.at), staffName: m.staffName })),
  };
}

/** 未対応 threads, counted for scripts (the admin's badge reads the inbox list's total). */
export const openEnquiryCount = (db: DatabasePool, tenantId: string): Promise<number> =>
  db.oneFirst(sql.type(z.object({ count: z.number() }))`
    SELECT count(*)::int AS count FROM enquiries WHERE tenant_id = ${tenantId} AND state = 'open'`);
