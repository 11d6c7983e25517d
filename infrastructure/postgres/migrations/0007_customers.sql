-- Up Migration

-- 顧客: one row per customer (a buyer recognised by normalised e-mail, else phone), with totals over the purchases
-- that still count (not cancelled).
CREATE TABLE customers (
  id                uuid PRIMARY KEY,
  tenant_id         uuid NOT NULL,
  identity_key      text NOT NULL,
  -- As the buyer wrote them on their first order.
  name              text NOT NULL,
  kana              text NOT NULL,
  email             text NOT NULL,
  phone             text NOT NULL,
  -- Kana in one form (hiragana, no spaces), so that kana typed in any width sorts together.
  kana_sort         text NOT NULL,
  purchase_count    integer NOT NULL DEFAULT 0,
  total_billed      bigint NOT NULL DEFAULT 0,
  first_purchase_at timestamptz,
  last_purchase_at  timestamptz,
  blacklist_reason  text,
  blacklisted_at    timestamptz,
  registered_at     timestamptz NOT NULL,
  -- Name, kana, e-mail and phone normalised as the order search does (normalize.ts), for one trigram search.
  search_text       text NOT NULL
);

CREATE INDEX customers_last_purchase ON customers (tenant_id, last_purchase_at DESC, id);
CREATE INDEX customers_kana ON customers (tenant_id, kana_sort);
CREATE INDEX customers_purchase_count ON customers (tenant_id, purchase_count DESC);
CREATE INDEX customers_blacklisted ON customers (tenant_id) WHERE blacklist_reason IS NOT NULL;
CREATE INDEX customers_text ON customers USING gin (search_text gin_trgm_ops);

-- 購入履歴: every order a customer placed; a cancelled order stays in the history, marked, and no longer counts.
-- No foreign key to customers: a rebuild truncates the tables one by one, which a reference would refuse.
CREATE TABLE customer_purchases (
  customer_id  uuid NOT NULL,
  order_id     text NOT NULL,
  order_number text COLLATE "C" NOT NULL,
  shop_id      text NOT NULL,
  ordered_at   timestamptz NOT NULL,
  billed       integer NOT NULL,
  cancelled    boolean NOT NULL DEFAULT false,
  PRIMARY KEY (customer_id, order_id)
);

CREATE INDEX customer_purchases_order ON customer_purchases (order_id);

-- Down Migration
DROP TABLE customer_purchases;
DROP TABLE customers;
