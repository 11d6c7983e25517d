-- Up Migration

-- Images the shop attached to mails for an order (画像アップロード): the buyer sees them on the マイページ. Kept here,
-- not in events, so that an image can be erased; events name an image by its id.
CREATE TABLE mail_images (
  tenant_id    uuid NOT NULL,
  image_id     uuid NOT NULL,
  order_id     uuid NOT NULL,
  filename     text NOT NULL,
  content_type text NOT NULL,
  bytes        bytea NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, image_id)
);
CREATE INDEX mail_images_of_order ON mail_images (tenant_id, order_id, created_at);

-- The マイページ's look per shop: a header colour, a heading, a notice and a contact line. Not personal data and not a
-- decision: a small table the settings screen edits.
CREATE TABLE my_page_designs (
  tenant_id    uuid NOT NULL,
  shop_id      uuid NOT NULL,
  header_colour text NOT NULL,
  heading      text NOT NULL,
  notice       text NOT NULL,
  contact_line text NOT NULL,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, shop_id)
);

-- Down Migration
DROP TABLE my_page_designs;
DROP TABLE mail_images;
