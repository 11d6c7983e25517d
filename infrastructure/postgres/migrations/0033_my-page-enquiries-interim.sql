-- Up Migration

-- INTERIM: the buyers' 問い合わせ until the enquiry domain (its own tables and events) is merged; then this file and
-- the interim application/enquiries/receive-enquiry.ts and projections/enquiries/enquiry-queries.ts give way to it.
CREATE TABLE my_page_enquiries_interim (
  tenant_id  uuid NOT NULL,
  enquiry_id uuid NOT NULL,
  order_id   uuid NOT NULL,
  from_party text NOT NULL,
  body       text NOT NULL,
  state      text NOT NULL DEFAULT 'open',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX my_page_enquiries_interim_of_order ON my_page_enquiries_interim (tenant_id, order_id, created_at);

-- Down Migration
DROP TABLE my_page_enquiries_interim;
