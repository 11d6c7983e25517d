-- Up Migration

-- Orders that wait for a person (a change from the mall to confirm, amounts that do not add up) are few among many:
-- the dashboard counts them and the list filters them on every visit, so each has a small index of its own.
CREATE INDEX order_search_pending_change ON order_search (tenant_id, ordered_at DESC, id)
  WHERE change_awaiting_confirmation;
CREATE INDEX order_search_amount_problems ON order_search (tenant_id, ordered_at DESC, id)
  WHERE amount_problems;

-- Down Migration
DROP INDEX order_search_amount_problems;
DROP INDEX order_search_pending_change;
