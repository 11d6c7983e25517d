-- Up Migration

-- メールテンプレート: the templates shops wrote themselves, one per shop and kind. A kind without a row uses the
-- product's default template (application/mail/default-templates.ts).
CREATE TABLE mail_templates (
  tenant_id  uuid NOT NULL,
  shop_id    uuid NOT NULL,
  kind       text NOT NULL,
  subject    text NOT NULL,
  text_body  text NOT NULL,
  -- null: the template is text only.
  mjml       text,
  updated_at timestamptz NOT NULL,
  updated_by text NOT NULL,
  PRIMARY KEY (tenant_id, shop_id, kind)
);

-- Down Migration
DROP TABLE mail_templates;
