-- Up Migration

-- 処理ルート per tenant as the tenant-settings projection keeps them. The standard route has a row only once the tenant
-- renamed it; the queries supply it otherwise. Retired routes stay, so their names can still be shown.
CREATE TABLE processing_routes (
  tenant_id  uuid NOT NULL,
  id         text NOT NULL,
  name       text NOT NULL,
  statuses   text[] NOT NULL,
  defined_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  retired_at timestamptz,
  PRIMARY KEY (tenant_id, id)
);

-- 保留ボックス names the tenant set; a box without a row has its default name.
CREATE TABLE hold_box_names (
  tenant_id  uuid NOT NULL,
  box        integer NOT NULL CHECK (box BETWEEN 1 AND 30),
  name       text NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, box)
);

-- The hold-box screen counts held orders per box.
CREATE INDEX order_search_held_box ON order_search (tenant_id, held_box) WHERE held_box IS NOT NULL;

-- Down Migration
DROP INDEX order_search_held_box;
DROP TABLE hold_box_names;
DROP TABLE processing_routes;
