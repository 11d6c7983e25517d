-- Up Migration

-- One row per projection. The runner moves it in the same transaction as the read-model writes, by compare-and-set,
-- so a batch takes effect exactly once even if the runner dies half way.
CREATE TABLE projection_checkpoints (
  name             text PRIMARY KEY,
  commit_position  bigint NOT NULL DEFAULT 0,
  prepare_position bigint NOT NULL DEFAULT 0,
  updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tenants (
  id             uuid PRIMARY KEY,
  code           text NOT NULL UNIQUE,
  name           text NOT NULL,
  retention_plan text NOT NULL,
  registered_at  timestamptz NOT NULL
);

CREATE TABLE staff_users (
  id            uuid PRIMARY KEY,
  tenant_id     uuid NOT NULL,
  username      text NOT NULL,
  display_name  text NOT NULL,
  roles         text[] NOT NULL,
  registered_at timestamptz NOT NULL,
  UNIQUE (tenant_id, username)
);

-- Not a projection: secrets are not events, so that they can be changed and erased.
CREATE TABLE credentials (
  staff_user_id uuid PRIMARY KEY,
  password_hash text NOT NULL,
  updated_at    timestamptz NOT NULL DEFAULT now()
);

-- 担当者処理履歴: who did what when, one row per event, as the operation history screen lists it. Everything else about
-- an operation (its data, command and correlation ids) is read from the event itself at its log position.
CREATE TABLE operation_history (
  -- Keyed by log position, so a replay appends to the end of the index instead of scattering random uuids.
  commit_position  bigint NOT NULL,
  prepare_position bigint NOT NULL,
  tenant_id        uuid NOT NULL,
  occurred_at      timestamptz NOT NULL,
  actor            text NOT NULL,
  event_type       text NOT NULL,
  stream_name      text NOT NULL,
  PRIMARY KEY (commit_position, prepare_position)
);
-- The screen lists a tenant's operations newest first; one record's timeline is read from its own stream instead.
CREATE INDEX operation_history_tenant_time ON operation_history (tenant_id, occurred_at DESC);

-- Down Migration
DROP TABLE operation_history;
DROP TABLE credentials;
DROP TABLE staff_users;
DROP TABLE tenants;
DROP TABLE projection_checkpoints;
