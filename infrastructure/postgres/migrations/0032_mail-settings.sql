-- Up Migration

-- メール設定 per shop as the mail-settings projection keeps them. A shop without a row uses the defaults
-- (application/mail/ports.ts DEFAULT_SHOP_MAIL_SETTINGS).
CREATE TABLE shop_mail_settings (
  tenant_id          uuid NOT NULL,
  shop_id            uuid NOT NULL,
  automatic          jsonb NOT NULL,
  follow_up_days     integer NOT NULL,
  mobile_send_window jsonb NOT NULL,
  my_page_link_days  integer NOT NULL,
  signature          text NOT NULL,
  updated_at         timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, shop_id)
);

-- The shop's SMTP server. A table, not events: the password is a secret to be replaced, kept encrypted
-- (AES-256-GCM under the server_secrets key 'mail-secrets'); the event ShopSmtpSettingsChanged records the change
-- without it. `version` grows with each change, so a process's cached sender knows when to rebuild.
CREATE TABLE shop_smtp_settings (
  tenant_id          uuid NOT NULL,
  shop_id            uuid NOT NULL,
  mode               text NOT NULL,
  host               text NOT NULL,
  port               integer NOT NULL,
  security           text NOT NULL,
  username           text,
  password_encrypted text,
  from_address       text NOT NULL,
  version            bigint NOT NULL DEFAULT 1,
  updated_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, shop_id)
);

-- DKIM keys per sending domain (the From's), made once by the product; the private key encrypted like the password.
CREATE TABLE mail_dkim_keys (
  tenant_id             uuid NOT NULL,
  domain                text NOT NULL,
  selector              text NOT NULL,
  private_key_encrypted text NOT NULL,
  public_key            text NOT NULL,
  created_at            timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, domain)
);

-- Down Migration
DROP TABLE mail_dkim_keys;
DROP TABLE shop_smtp_settings;
DROP TABLE shop_mail_settings;
