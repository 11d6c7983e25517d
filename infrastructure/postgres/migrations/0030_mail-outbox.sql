-- Up Migration

-- The mail outbox: one row per mail asked for (MailRequested), keyed by the mail's id. The events carry ids only; the
-- address and the rendered text live here, so they can be erased without touching the log. A row may exist before its
-- event (`requested_at` null): staff-written content (an individual mail, a resend) is kept first, for the worker.
-- The worker locks the row while it sends and marks it sent in the same transaction; `recorded_at` says the order
-- has been told (RecordMailSent), so a sweep can tell the rows it must still record.
CREATE TABLE mail_outbox (
  mail_id       uuid PRIMARY KEY,
  tenant_id     uuid NOT NULL,
  order_id      uuid NOT NULL,
  shop_id       uuid,
  kind          text,
  trigger       text,
  to_address    text,
  subject       text,
  text_body     text,
  html_body     text,
  content_given boolean NOT NULL DEFAULT false,
  state         text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
  attempts      integer NOT NULL DEFAULT 0,
  not_before    timestamptz,
  send_after    timestamptz,
  last_error    text,
  message_id    text,
  requested_at  timestamptz,
  sent_at       timestamptz,
  recorded_at   timestamptz
);

CREATE INDEX mail_outbox_order ON mail_outbox (tenant_id, order_id, requested_at);
CREATE INDEX mail_outbox_unrecorded ON mail_outbox (sent_at) WHERE state IN ('sent', 'failed') AND recorded_at IS NULL;

-- Down Migration
DROP TABLE mail_outbox;
