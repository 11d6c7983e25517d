-- Up Migration

-- 同梱候補: the normalised recipient and place of a single-destination order (domain/order/bundle-key.ts), so that the
-- orders of one buyer to one destination are found by one index look-up; and the bundle the order ships in. Rows from
-- before stay NULL until `projections rebuild order-search` fills them from the events.
ALTER TABLE order_search ADD COLUMN bundle_key text;
ALTER TABLE order_search ADD COLUMN bundle_id text;
CREATE INDEX order_search_bundle_key ON order_search (tenant_id, bundle_key) WHERE bundle_key IS NOT NULL;

-- Down Migration
DROP INDEX order_search_bundle_key;
ALTER TABLE order_search DROP COLUMN bundle_id;
ALTER TABLE order_search DROP COLUMN bundle_key;
