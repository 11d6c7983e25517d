-- Up Migration

-- The duplicate check's candidates at intake: a batch's buyers' orders by phone or by e-mail as written, within a
-- window of hours. Without these the look-up walked every order of the window and compared it with each buyer of the
-- batch (500 of them), once per batch of an import.
CREATE INDEX order_search_orderer_phone ON order_search (tenant_id, orderer_phone, ordered_at);
CREATE INDEX order_search_orderer_email ON order_search (tenant_id, orderer_email, ordered_at);

-- Down Migration
DROP INDEX order_search_orderer_email;
DROP INDEX order_search_orderer_phone;
