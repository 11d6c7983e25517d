-- Up Migration

-- Each destination's current tracking number (伝票番号) with its carrier, for the order list's tracking links. Orders
-- from before had none: the default is what a rebuild would give them.
ALTER TABLE order_search ADD COLUMN tracking_numbers jsonb NOT NULL DEFAULT '[]';

-- Down Migration
ALTER TABLE order_search DROP COLUMN tracking_numbers;
