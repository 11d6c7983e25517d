-- Up Migration

-- Whether label data (送り状データ) was exported for each order, for the order list's exported mark. Orders from before
-- had none exported: the default is what a rebuild would give them.
ALTER TABLE order_search ADD COLUMN labels_exported boolean NOT NULL DEFAULT false;

-- Down Migration
ALTER TABLE order_search DROP COLUMN labels_exported;
