-- Up Migration

-- The kinds of document printed for each order (お買い上げ明細書, 領収書, …), for the order list's printed marks. Orders
-- from before had nothing printed: the default is what a rebuild would give them.
ALTER TABLE order_search ADD COLUMN printed_kinds text[] NOT NULL DEFAULT '{}';

-- Down Migration
ALTER TABLE order_search DROP COLUMN printed_kinds;
