-- Up Migration

-- A shop's defaults for new orders (carrier, slip types, lead time in business days) and its own closed days (休業日).
ALTER TABLE shops
  ADD COLUMN default_carrier   text,
  ADD COLUMN default_slip_type text,
  ADD COLUMN cod_slip_type     text,
  ADD COLUMN ship_lead_days    integer,
  ADD COLUMN holidays          date[] NOT NULL DEFAULT '{}';

-- Down Migration
ALTER TABLE shops
  DROP COLUMN default_carrier,
  DROP COLUMN default_slip_type,
  DROP COLUMN cod_slip_type,
  DROP COLUMN ship_lead_days,
  DROP COLUMN holidays;
