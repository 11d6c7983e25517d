-- Up Migration

-- 社内共通掲示板 as the bulletin projection keeps it: pinned posts first, then the newest.
CREATE TABLE bulletin_posts (
  id           uuid PRIMARY KEY,
  tenant_id    uuid NOT NULL,
  author_id    text NOT NULL,
  title        text NOT NULL,
  body         text NOT NULL,
  pinned       boolean NOT NULL,
  published_at timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL,
  revision     bigint NOT NULL
);

CREATE INDEX bulletin_posts_board ON bulletin_posts (tenant_id, pinned DESC, published_at DESC);

-- Down Migration
DROP TABLE bulletin_posts;
