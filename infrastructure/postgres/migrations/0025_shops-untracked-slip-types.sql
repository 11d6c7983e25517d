-- Up Migration

-- Each shop's slip types without a tracking number (追跡番号のない便種), for the shop edit screen. The setting is new:
-- no shop has set one before this column, so the empty default is what a rebuild would give.
ALTER TABLE shops ADD COLUMN untracked_slip_types text[] NOT NULL DEFAULT '{}';

-- Down Migration
ALTER TABLE shops DROP COLUMN untracked_slip_types;
