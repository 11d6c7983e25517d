-- Up Migration

-- 保存した検索条件 as the saved-searches projection keeps them; a person sees their own and the tenant's shared ones.
CREATE TABLE saved_searches (
  id         uuid PRIMARY KEY,
  tenant_id  uuid NOT NULL,
  owner_id   text NOT NULL,
  resource   text NOT NULL,
  name       text NOT NULL,
  filter     jsonb NOT NULL,
  sort       jsonb NOT NULL,
  shared     boolean NOT NULL,
  saved_at   timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE INDEX saved_searches_owner ON saved_searches (tenant_id, resource, owner_id);
CREATE INDEX saved_searches_shared ON saved_searches (tenant_id, resource) WHERE shared;

-- Down Migration
DROP TABLE saved_searches;
