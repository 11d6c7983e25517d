-- Up Migration

-- The customer's latest address (the orderer's, on their most recent order), so that the blacklist also finds a
-- blacklisted buyer who comes back under another e-mail and phone. Rows from before start empty until a rebuild of
-- the customers read model fills them.
ALTER TABLE customers
  ADD COLUMN postal_code text NOT NULL DEFAULT '',
  ADD COLUMN address     text NOT NULL DEFAULT '',
  -- When the order the address comes from was placed: an older order imported later does not replace it.
  ADD COLUMN address_at  timestamptz;

-- Down Migration
ALTER TABLE customers DROP COLUMN address_at, DROP COLUMN address, DROP COLUMN postal_code;
