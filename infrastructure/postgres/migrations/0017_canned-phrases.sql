-- Up Migration

-- 定型文 per tenant as the canned-phrases projection keeps them. A shipped default has a row only once the tenant changed
-- or removed it; the queries supply it otherwise. Removed phrases keep their row (removed_at) so a default stays gone.
CREATE TABLE canned_phrases (
  tenant_id  uuid NOT NULL,
  id         text NOT NULL,
  category   text NOT NULL,
  text       text NOT NULL,
  added_at   timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  removed_at timestamptz,
  PRIMARY KEY (tenant_id, id)
);

-- Down Migration
DROP TABLE canned_phrases;
