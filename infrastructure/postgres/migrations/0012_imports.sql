-- Up Migration

-- 受注取込の履歴 as the imports projection keeps them: who brought which files of which shop in which format, and
-- what came of it.
CREATE TABLE imports (
  id               uuid PRIMARY KEY,
  tenant_id        uuid NOT NULL,
  shop_id          text NOT NULL,
  format           text NOT NULL,
  files            jsonb NOT NULL,
  actor            text NOT NULL,
  status           text NOT NULL,
  imported         integer NOT NULL DEFAULT 0,
  updated          integer NOT NULL DEFAULT 0,
  unchanged        integer NOT NULL DEFAULT 0,
  failed           integer NOT NULL DEFAULT 0,
  rows             integer NOT NULL DEFAULT 0,
  problem_count    integer NOT NULL DEFAULT 0,
  unreadable_files jsonb NOT NULL DEFAULT '[]',
  failure          jsonb,
  started_at       timestamptz NOT NULL,
  finished_at      timestamptz
);
CREATE INDEX imports_tenant_started ON imports (tenant_id, started_at DESC);

-- The problems an import kept (at most 1000 each), in file and row order.
CREATE TABLE import_problems (
  import_id uuid NOT NULL,
  seq       integer NOT NULL,
  file      text NOT NULL,
  row       integer NOT NULL,
  "column"  text NOT NULL,
  ja        text NOT NULL,
  en        text NOT NULL,
  PRIMARY KEY (import_id, seq)
);

-- Down Migration
DROP TABLE import_problems;
DROP TABLE imports;
