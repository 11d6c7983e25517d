-- Up Migration

-- The hold box a shop's orders with amounts to confirm go into (Amazon's 未出荷の注文レポート): box 1 until the shop
-- chooses, which is what a rebuild gives shops that never set it.
ALTER TABLE shops ADD COLUMN amounts_hold_box integer NOT NULL DEFAULT 1;

-- Down Migration
ALTER TABLE shops DROP COLUMN amounts_hold_box;
