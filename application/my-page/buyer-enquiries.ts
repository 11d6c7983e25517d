/**
 * 問い合わせ as the マイページ sees them: the buyer sends a message on their order and reads the threads with the
 * shop's answers. The enquiry domain (application/enquiries, projections/enquiries) implements it; the page knows only
 * this.
 */
export interface BuyerEnquiryThread {
  readonly enquiryId: string;
  /** open (未対応), in_progress (対応中), done (完了). */
  readonly state: string;
  readonly messages: ReadonlyArray<{ readonly from: 'buyer' | 'shop'; readonly text: string; readonly at: string }>;
}

export interface BuyerEnquiries {
  send(tenantId: string, orderId: string, text: string): Promise<{ enquiryId: string }>;
  threads(tenantId: string, orderId: string): Promise<readonly BuyerEnquiryThread[]>;
}
