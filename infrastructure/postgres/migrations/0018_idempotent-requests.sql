-- Up Migration

-- The first answer to each request a client named with an Idempotency-Key, per tenant and per staff user, so that the
-- same request sent again (a retry after a dropped connection) is answered the same and carried out once. A row
-- without `answered_at` is a request still running. Rows are kept for a day.
CREATE TABLE idempotent_requests (
  tenant_id     text NOT NULL,
  staff_user_id text NOT NULL,
  key           text NOT NULL,
  -- What the request asked for (method, URL, body): the same key for another request is refused.
  fingerprint   text NOT NULL,
  started_at    timestamptz NOT NULL DEFAULT now(),
  answered_at   timestamptz,
  status        integer,
  headers       jsonb,
  body_base64   text,
  PRIMARY KEY (tenant_id, staff_user_id, key)
);

CREATE INDEX idempotent_requests_started ON idempotent_requests (started_at);

-- Down Migration
DROP TABLE idempotent_requests;
