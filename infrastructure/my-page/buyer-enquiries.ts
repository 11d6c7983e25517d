import type { DatabasePool } from 'slonik';
import type { CommandPipeline } from '../../application/commands/command-pipeline';
import { receiveEnquiry } from '../../application/enquiries/receive-enquiry';
import type { BuyerEnquiries } from '../../application/my-page/buyer-enquiries';
import { enquiriesForBuyer } from '../../projections/enquiries/enquiry-queries';

/** The マイページ's 問い合わせ, from the enquiry domain. */
export const buyerEnquiries = (deps: {
  readonly pipeline: CommandPipeline;
  readonly db: DatabasePool;
}): BuyerEnquiries => ({
  send: (tenantId, orderId, text) => receiveEnquiry(deps, { tenantId, orderId, text }),
  threads: (tenantId, orderId) => enquiriesForBuyer(deps.db, tenantId, orderId),
});
