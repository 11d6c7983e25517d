-- Up Migration

-- Signed-in sessions (connect-pg-simple's table, under its default name).
CREATE TABLE session (
  sid    varchar NOT NULL PRIMARY KEY,
  sess   json NOT NULL,
  expire timestamp(6) NOT NULL
);
CREATE INDEX session_expire ON session (expire);

-- Secrets every server process must share (the session cookie signing key), made on first start.
CREATE TABLE server_secrets (
  name       text PRIMARY KEY,
  value      text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- API tokens for scripts: only a SHA-256 of the token is kept; the token itself is shown once.
CREATE TABLE api_tokens (
  id            uuid PRIMARY KEY,
  tenant_id     uuid NOT NULL,
  staff_user_id uuid NOT NULL,
  token_hash    text NOT NULL UNIQUE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  revoked_at    timestamptz
);

-- Down Migration
DROP TABLE api_tokens;
DROP TABLE server_secrets;
DROP TABLE session;
