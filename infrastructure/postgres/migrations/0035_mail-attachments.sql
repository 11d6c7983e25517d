-- Up Migration

-- The images a staff-written mail carries (個別メール with 画像アップロード), in order: the mail by its id, the image by
-- its id in mail_images (where the bytes live, shown to the buyer on the マイページ too). Written before the mail is
-- asked for, like the mail's content, so the worker finds them when it sends.
CREATE TABLE mail_attachments (
  tenant_id uuid NOT NULL,
  mail_id   uuid NOT NULL,
  position  integer NOT NULL,
  image_id  uuid NOT NULL,
  PRIMARY KEY (mail_id, position)
);

-- Down Migration
DROP TABLE mail_attachments;
