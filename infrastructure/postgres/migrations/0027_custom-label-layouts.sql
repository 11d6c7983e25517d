-- Up Migration

-- カスタム送り状: the label layouts tenants saved, one name per tenant, exported as custom:<name>.
CREATE TABLE custom_label_layouts (
  id         uuid PRIMARY KEY,
  tenant_id  uuid NOT NULL,
  name       text NOT NULL,
  layout     jsonb NOT NULL,
  defined_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX custom_label_layouts_name ON custom_label_layouts (tenant_id, name);

-- Down Migration
DROP TABLE custom_label_layouts;
