/** The list's tabs, in the order staff work through them; 保留 and キャンセル last. */
export const STATUS_TABS = [
  'new',
  'awaiting_payment',
  'awaiting_shipment',
  'awaiting_documents',
  'awaiting_tracking_number',
  'awaiting_shipping_mail',
  'awaiting_follow_up_mail',
  'completed',
  'held',
  'cancelled',
] as const;
export type StatusTab = (typeof STATUS_TABS)[number];
