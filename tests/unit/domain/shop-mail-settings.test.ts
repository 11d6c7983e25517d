import type { ShopEvent, ShopRegistered } from '../../../domain/shop/events';
import { type SetShopMailSettings, shopDecider } from '../../../domain/shop/shop';
import type { MailBehaviour } from '../../../domain/mail/mail-behaviour';
import type { SendWindow } from '../../../domain/mail/send-window';
import { deciderSpecification } from '../../support/decider-specification';

const spec = deciderSpecification(shopDecider);
const registered: ShopRegistered = {
  type: 'ShopRegistered',
  data: { shopId: 's-1', tenantId: 't-1', code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' },
};
const SETTINGS: MailBehaviour = {
  automatic: { thanks: true, payment_confirmed: false, shipped: true, follow_up: true },
  followUpDays: 10,
  mobileSendWindow: { from: '08:00', to: '21:00' } as SendWindow,
  myPageLinkDays: 90,
  signature: '㈱髙橋商店\n山﨑 ①',
};
const command = (settings: Partial<MailBehaviour> = {}, tenantId = 't-1'): SetShopMailSettings => ({
  type: 'SetShopMailSettings',
  shopId: 's-1',
  tenantId,
  settings: { ...SETTINGS, ...settings },
});
const set: ShopEvent = { type: 'ShopMailSettingsSet', data: { shopId: 's-1', tenantId: 't-1', ...SETTINGS } };

describe('Shop mail settings (メール設定)', () => {
  test('the whole set is recorded; the same again records nothing', () => {
    spec.given([registered]).when(command()).then([set]);
    spec.given([registered, set]).when(command()).then([]);
    spec
      .given([registered, set])
      .when(command({ mobileSendWindow: 'always' }))
      .then([{ ...set, data: { ...set.data, mobileSendWindow: 'always' } } as ShopEvent]);
  });

  test('the signature loses trailing blanks and CRLF', () =>
    spec
      .given([registered])
      .when(command({ signature: '㈱髙橋商店\r\n山﨑 ①\r\n\r\n' }))
      .then([set]));

  test('days out of range and a window that is no window are refused', () => {
    spec
      .given([registered])
      .when(command({ followUpDays: 0 }))
      .thenRefuses('shop.invalid_follow_up_days', '1〜90');
    spec
      .given([registered])
      .when(command({ followUpDays: 1.5 }))
      .thenRefuses('shop.invalid_follow_up_days');
    spec
      .given([registered])
      .when(command({ myPageLinkDays: 731 }))
      .thenRefuses('shop.invalid_my_page_link_days');
    spec
      .given([registered])
      .when(command({ mobileSendWindow: { from: '08:00', to: '08:00' } as unknown as SendWindow }))
      .thenRefuses('shop.invalid_send_window');
    spec
      .given([registered])
      .when(command({ signature: '髙'.repeat(2001) }))
      .thenRefuses('shop.signature_too_long');
  });

  test("another tenant's shop is not found", () =>
    spec.given([registered]).when(command({}, 't-2')).thenRefuses('shop.not_found'));
});
