-- Up Migration

-- Why a held order is held, in the words its order page shows (a check's sentence, a rule's or staff's reason): the
-- list says it beside the hold box.
ALTER TABLE order_search ADD COLUMN held_reason text;

-- Down Migration
ALTER TABLE order_search DROP COLUMN held_reason;
