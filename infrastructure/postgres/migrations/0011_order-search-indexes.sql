-- Up Migration

-- btree_gin lets a trigram index start with the tenant: a text search of one tenant then never rechecks the rows of
-- every other tenant that happen to share the fragment (the recheck reads the table, so that is most of its cost).
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX order_search_tenant_text ON order_search USING gin (tenant_id, search_text gin_trgm_ops);
DROP INDEX order_search_text;

-- A status tab narrowed to one shop and an order-date range: read in sort order, and counted from the index alone.
CREATE INDEX order_search_shop_status ON order_search (tenant_id, shop_id, status, ordered_at DESC, id);

-- Tenants differ in how their orders spread over the statuses; without this the planner multiplies the two and the
-- estimated totals of large lists (see listOrders) are off by the tenant's share.
CREATE STATISTICS order_search_tenant_status (mcv) ON tenant_id, status FROM order_search;

-- Down Migration
DROP STATISTICS order_search_tenant_status;
DROP INDEX order_search_shop_status;
CREATE INDEX order_search_text ON order_search USING gin (search_text gin_trgm_ops);
DROP INDEX order_search_tenant_text;
