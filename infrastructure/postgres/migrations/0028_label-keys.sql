-- Up Migration

-- お客様管理番号 → the order and destination its label went out for, as the label-keys projection keeps them from
-- LabelDataExported (a later export of the same key wins): 伝票番号取込 finds each return-file row's order here, within
-- the tenant, by the primary key instead of scanning the log.
CREATE TABLE label_keys (
  tenant_id         uuid NOT NULL,
  key               text NOT NULL,
  order_id          text NOT NULL,
  destination_index integer NOT NULL,
  exported_at       timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, key)
);

-- Down Migration
DROP TABLE label_keys;
