-- Up Migration

-- 運送会社アカウント per tenant and carrier as the carrier-accounts projection keeps them: the contract codes written on
-- every label (B2 請求先顧客コード/分類コード/運賃管理番号, e飛伝 お客様コード, ゆうプリR お客様番号, 荷送人コード).
CREATE TABLE carrier_accounts (
  tenant_id  uuid NOT NULL,
  carrier    text NOT NULL,
  codes      jsonb NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, carrier)
);

-- Down Migration
DROP TABLE carrier_accounts;
