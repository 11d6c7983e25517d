-- Up Migration

-- Each user's own permission set (roles only give its default) and whether they may sign in at all. NULL permissions
-- are rows written before this migration: those users have their roles' defaults until an event sets them.
ALTER TABLE staff_users
  ADD COLUMN permissions text[],
  ADD COLUMN active boolean NOT NULL DEFAULT true;

-- ID切り替え: staff users of another tenant (agencies, 代理店) let into this tenant, with what they may do here.
CREATE TABLE tenant_access (
  tenant_id      uuid NOT NULL,
  staff_user_id  uuid NOT NULL,
  home_tenant_id uuid NOT NULL,
  permissions    text[] NOT NULL,
  granted_at     timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, staff_user_id)
);
-- The tenant switcher lists the tenants one user may enter.
CREATE INDEX tenant_access_staff_user ON tenant_access (staff_user_id);

-- Down Migration
DROP TABLE tenant_access;
ALTER TABLE staff_users DROP COLUMN active, DROP COLUMN permissions;
