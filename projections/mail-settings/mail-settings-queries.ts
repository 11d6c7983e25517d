import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';
import { DEFAULT_SHOP_MAIL_SETTINGS, type ShopMailSettings } from '../../application/mail/ports';
import { SendWindow } from '../../domain/mail/send-window';
import { isUuid } from '../../domain/shared/ids';

const Row = z.object({
  automatic: z.object({
    thanks: z.boolean(),
    payment_confirmed: z.boolean(),
    shipped: z.boolean(),
    follow_up: z.boolean(),
  }),
  followUpDays: z.number(),
  mobileSendWindow: z.unknown(),
  myPageLinkDays: z.number(),
  signature: z.string(),
});

/** A shop's mail settings; a shop that set nothing (or none the tenant has) gets DEFAULT_SHOP_MAIL_SETTINGS. */
export async function shopMailSettings(db: DatabasePool, tenantId: string, shopId: string): Promise<ShopMailSettings> {
  if (!isUuid(shopId)) return DEFAULT_SHOP_MAIL_SETTINGS;
  const row = await db.maybeOne(sql.type(Row)`
    SELECT automatic, follow_up_days AS "followUpDays", mobile_send_window AS "mobileSendWindow",
      my_page_link_days AS "myPageLinkDays", signature
    FROM shop_mail_settings WHERE tenant_id = ${tenantId} AND shop_id = ${shopId}`);
  if (!row) return DEFAULT_SHOP_MAIL_SETTINGS;
  return {
    ...row,
    mobileSendWindow: SendWindow.is(row.mobileSendWindow)
      ? row.mobileSendWindow
      : DEFAULT_SHOP_MAIL_SETTINGS.mobileSendWindow,
  };
}
