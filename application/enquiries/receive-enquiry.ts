import { randomUUID } from 'node:crypto';
import { type DatabasePool, sql } from 'slonik';
import type { CommandPipeline } from '../commands/command-pipeline';

/**
 * INTERIM, for the マイページ until the enquiry domain is merged (it replaces this file with the same name and
 * signature): the buyer's message kept in a table of its own, one thread per message.
 */
export interface ReceiveEnquiryDependencies {
  readonly pipeline: CommandPipeline;
  readonly db: DatabasePool;
}

export async function receiveEnquiry(
  deps: ReceiveEnquiryDependencies,
  input: { readonly tenantId: string; readonly orderId: string; readonly text: string },
): Promise<{ enquiryId: string }> {
  const enquiryId = randomUUID();
  await deps.db.query(sql.unsafe`
    INSERT INTO my_page_enquiries_interim (tenant_id, enquiry_id, order_id, from_party, body)
    VALUES (${input.tenantId}, ${enquiryId}, ${input.orderId}, 'buyer', ${input.text})`);
  return { enquiryId };
}
