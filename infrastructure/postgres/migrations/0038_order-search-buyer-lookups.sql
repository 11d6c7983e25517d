-- Up Migration

-- The duplicate check's candidates at intake: a batch's buyers' orders by phone or by e-mail, within a window of
-- hours. Without these the look-up walked every order of the window and compared it with each buyer of the batch (500
-- of them), once per batch of an import. Keyed as buyers type them differently from mall to mall: the phone's digits
-- (０９０－… and 090-… alike) and the e-mail folded (ＴＡＲＯ＠Example.JP and taro@example.jp alike); the look-up in
-- infrastructure/automation/intake-reads.ts writes the same expressions.
CREATE INDEX order_search_orderer_phone
  ON order_search (tenant_id, regexp_replace(normalize(orderer_phone, NFKC), '[^0-9]', '', 'g'), ordered_at);
CREATE INDEX order_search_orderer_email
  ON order_search (tenant_id, lower(regexp_replace(normalize(orderer_email, NFKC), '\s', '', 'g')), ordered_at);

-- Down Migration
DROP INDEX order_search_orderer_email;
DROP INDEX order_search_orderer_phone;
