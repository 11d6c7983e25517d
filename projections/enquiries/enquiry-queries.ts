import { type DatabasePool, sql } from 'slonik';

/** INTERIM, for the マイページ until the enquiry domain is merged (it replaces this file; same name and answer). */
export interface BuyerEnquiry {
  readonly enquiryId: string;
  readonly state: 'open' | 'in_progress' | 'done';
  readonly messages: ReadonlyArray<{ readonly from: 'buyer' | 'shop'; readonly text: string; readonly at: string }>;
}

export async function enquiriesForBuyer(db: DatabasePool, tenantId: string, orderId: string): Promise<BuyerEnquiry[]> {
  const rows = await db.any(sql.unsafe`
    SELECT enquiry_id, state, from_party, body, created_at FROM my_page_enquiries_interim
    WHERE tenant_id = ${tenantId} AND order_id = ${orderId} ORDER BY created_at, enquiry_id`);
  return rows.map((row) => ({
    enquiryId: String(row.enquiry_id),
    state: row.state as BuyerEnquiry['state'],
    messages: [
      {
        from: row.from_party as 'buyer' | 'shop',
        text: String(row.body),
        at: new Date(row.created_at as number).toISOString(),
      },
    ],
  }));
}
