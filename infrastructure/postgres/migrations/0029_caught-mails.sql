-- Up Migration

-- 送信メール（開発用）: what a shop with no SMTP server would have sent. The local catcher keeps each mail here instead
-- of sending it, so a fresh install never mails a buyer by accident and staff can read what would have gone.
CREATE TABLE caught_mails (
  id          bigserial PRIMARY KEY,
  tenant_id   uuid NOT NULL,
  shop_id     uuid NOT NULL,
  message_id  text NOT NULL,
  from_address text NOT NULL,
  to_address  text NOT NULL,
  subject     text NOT NULL,
  text_body   text NOT NULL,
  html_body   text,
  attachments jsonb NOT NULL DEFAULT '[]',
  caught_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX caught_mails_latest ON caught_mails (tenant_id, caught_at DESC, id DESC);

-- Down Migration
DROP TABLE caught_mails;
