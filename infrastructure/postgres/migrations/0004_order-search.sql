-- Up Migration

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- 受注一覧: one row per order, denormalised so the list, its status tabs and its filters read one table.
CREATE TABLE order_search (
  id                           text PRIMARY KEY,
  tenant_id                    uuid NOT NULL,
  shop_id                      text NOT NULL,
  mall                         text NOT NULL,
  -- Order numbers are codes: they sort by their bytes, not by a language's rules.
  order_number                 text COLLATE "C" NOT NULL,
  status                       text NOT NULL,
  held_box                     integer,
  held_from                    text,
  route_id                     text NOT NULL,
  ordered_at                   timestamptz NOT NULL,
  planned_ship_date            date,
  -- The earliest over the order's destinations: the first parcel due decides the urgency.
  desired_delivery_date        date,
  payment_method               text NOT NULL,
  carrier                      text,
  tags                         text[] NOT NULL,
  orderer_name                 text NOT NULL,
  orderer_kana                 text NOT NULL,
  orderer_phone                text NOT NULL,
  orderer_email                text NOT NULL,
  destination_count            integer NOT NULL,
  total                        integer NOT NULL,
  billed                       integer NOT NULL,
  has_gift                     boolean NOT NULL,
  amount_problems              boolean NOT NULL,
  change_awaiting_confirmation boolean NOT NULL,
  updated_at                   timestamptz NOT NULL,
  revision                     bigint NOT NULL,
  -- Normalised text per source (orderer, destinations, memo), so an event that changes one source can rebuild
  -- search_text without reading the order's stream.
  search_parts                 jsonb NOT NULL,
  search_text                  text NOT NULL
);

-- Every list query starts with the tenant; the status tab with its default newest-first sort is the hot path.
CREATE INDEX order_search_status ON order_search (tenant_id, status, ordered_at DESC, id);
CREATE INDEX order_search_shop ON order_search (tenant_id, shop_id, ordered_at DESC);
CREATE INDEX order_search_ordered ON order_search (tenant_id, ordered_at);
CREATE INDEX order_search_ship_date ON order_search (tenant_id, planned_ship_date);
CREATE INDEX order_search_delivery_date ON order_search (tenant_id, desired_delivery_date);
CREATE INDEX order_search_number ON order_search (tenant_id, order_number);
CREATE INDEX order_search_tags ON order_search USING gin (tags);
CREATE INDEX order_search_text ON order_search USING gin (search_text gin_trgm_ops);

-- Down Migration
DROP TABLE order_search;
