-- Up Migration

-- 取込設定: the column mappings shops saved for carts without a built-in format, one name per shop.
CREATE TABLE import_mappings (
  id         uuid PRIMARY KEY,
  tenant_id  uuid NOT NULL,
  shop_id    text NOT NULL,
  name       text NOT NULL,
  mapping    jsonb NOT NULL,
  defined_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX import_mappings_shop ON import_mappings (tenant_id, shop_id, name);

-- Down Migration
DROP TABLE import_mappings;
