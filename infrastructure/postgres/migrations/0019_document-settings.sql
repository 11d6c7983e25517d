-- Up Migration

-- 帳票設定 per shop as the document-settings projection keeps them. A shop without a row prints the defaults, which
-- the queries supply (domain/documents/document-settings.ts).
CREATE TABLE shop_document_settings (
  tenant_id                uuid NOT NULL,
  shop_id                  uuid NOT NULL,
  issuer_name              text NOT NULL,
  postal_code              text NOT NULL,
  address                  text NOT NULL,
  phone                    text NOT NULL,
  email                    text NOT NULL,
  registration_number      text,
  greetings                jsonb NOT NULL,
  receipt_proviso          text NOT NULL,
  tax_rounding             text NOT NULL,
  leave_documents_waiting  text NOT NULL,
  updated_at               timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, shop_id)
);

-- The logo and the 角印, as the data URLs the decider checked; a removed image has no row.
CREATE TABLE shop_document_images (
  tenant_id  uuid NOT NULL,
  shop_id    uuid NOT NULL,
  image      text NOT NULL,
  data_url   text NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, shop_id, image)
);

-- 帳票商品名: the name a SKU prints under, per tenant.
CREATE TABLE print_names (
  tenant_id  uuid NOT NULL,
  sku        text NOT NULL,
  name       text NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, sku)
);

-- Down Migration
DROP TABLE print_names;
DROP TABLE shop_document_images;
DROP TABLE shop_document_settings;
