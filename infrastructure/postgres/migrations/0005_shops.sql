-- Up Migration

-- Shops (one per mall account) as the accounts projection keeps them.
CREATE TABLE shops (
  id            uuid PRIMARY KEY,
  tenant_id     uuid NOT NULL,
  code          text NOT NULL,
  mall          text NOT NULL,
  name          text NOT NULL,
  registered_at timestamptz NOT NULL,
  UNIQUE (tenant_id, code)
);

-- Down Migration
DROP TABLE shops;
