-- Up Migration

-- The checks whose results stand unaccepted on the order: the list says why an order waits, and filters by it.
ALTER TABLE order_search ADD COLUMN check_kinds text[] NOT NULL DEFAULT '{}';
CREATE INDEX order_search_check_kinds ON order_search USING gin (check_kinds);

-- Down Migration
DROP INDEX order_search_check_kinds;
ALTER TABLE order_search DROP COLUMN check_kinds;
