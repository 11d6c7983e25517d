import { sql } from 'slonik';
import { SHOP_MAIL_EVENTS } from '../../domain/shop/events';
import { defineProjection } from '../projection';

/** メール設定 per shop, for the mail worker and the settings screen. The last settings of a batch per shop win. */
export const mailSettingsProjection = defineProjection({
  name: 'mail-settings',
  events: SHOP_MAIL_EVENTS,
  tables: ['shop_mail_settings'],
  async apply(tx, events) {
    const latest = new Map<string, (typeof events)[number]>();
    for (const decoded of events) latest.set(`${decoded.event.data.tenantId}/${decoded.event.data.shopId}`, decoded);
    for (const { event, metadata } of latest.values()) {
      const { tenantId, shopId, automatic, followUpDays, mobileSendWindow, myPageLinkDays, signature } = event.data;
      await tx.query(sql.unsafe`
        INSERT INTO shop_mail_settings (tenant_id, shop_id, automatic, follow_up_days, mobile_send_window,
          my_page_link_days, signature, updated_at)
        VALUES (${tenantId}, ${shopId}, ${sql.jsonb(automatic)}, ${followUpDays}, ${sql.jsonb(mobileSendWindow)},
          ${myPageLinkDays}, ${signature}, ${metadata.occurredAt})
        ON CONFLICT (tenant_id, shop_id) DO UPDATE SET automatic = EXCLUDED.automatic,
          follow_up_days = EXCLUDED.follow_up_days, mobile_send_window = EXCLUDED.mobile_send_window,
          my_page_link_days = EXCLUDED.my_page_link_days, signature = EXCLUDED.signature,
          updated_at = EXCLUDED.updated_at`);
    }
  },
});
