-- Up Migration

-- 問い合わせ: the texts of buyers' messages and the shop's answers. Personal data stays out of the event log: the events
-- (EnquiryReceived, EnquiryAnswered) carry the message id, and the text is kept here, written by the application before
-- the event is appended (a retry with the same id writes nothing twice).
CREATE TABLE enquiry_messages (
  tenant_id     uuid NOT NULL,
  message_id    text PRIMARY KEY,
  enquiry_id    text NOT NULL,
  order_id      text NOT NULL,
  from_party    text NOT NULL CHECK (from_party IN ('buyer', 'shop')),
  body          text NOT NULL,
  -- The staff member who answered; null for the buyer.
  staff_user_id text,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX enquiry_messages_enquiry ON enquiry_messages (tenant_id, enquiry_id, created_at);
CREATE INDEX enquiry_messages_order ON enquiry_messages (tenant_id, order_id);

-- The enquiry inbox, kept by the enquiries projection from the order's enquiry events.
CREATE TABLE enquiries (
  tenant_id       uuid NOT NULL,
  enquiry_id      text NOT NULL,
  order_id        text NOT NULL,
  state           text NOT NULL,
  started_at      timestamptz NOT NULL,
  last_message_at timestamptz NOT NULL,
  last_from       text NOT NULL,
  message_count   integer NOT NULL,
  PRIMARY KEY (tenant_id, enquiry_id)
);
CREATE INDEX enquiries_inbox ON enquiries (tenant_id, state, last_message_at DESC);
CREATE INDEX enquiries_order ON enquiries (tenant_id, order_id);

-- Down Migration
DROP TABLE enquiries;
DROP TABLE enquiry_messages;
