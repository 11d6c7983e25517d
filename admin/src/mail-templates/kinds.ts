/** The kinds of mail in the API's order, with their names in the messages (oms.mail_templates.kinds.*). */
export const MAIL_KIND_CHOICES = ['thanks', 'payment_confirmed', 'shipped', 'follow_up', 'cancelled', 'individual'].map(
  (id) => ({ id, name: `oms.mail_templates.kinds.${id}` }),
);
