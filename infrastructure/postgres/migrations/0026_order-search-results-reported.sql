-- Up Migration

-- Whether the order's shipping results (処理実績 / 出荷通知) were written for its mall, for the order list's 報 mark and
-- its 処理実績未報告 filter. Orders from before had none written: the default is what a rebuild would give them.
ALTER TABLE order_search ADD COLUMN results_reported boolean NOT NULL DEFAULT false;

-- Down Migration
ALTER TABLE order_search DROP COLUMN results_reported;
