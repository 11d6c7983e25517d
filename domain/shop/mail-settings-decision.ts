import * as E from 'fp-ts/Either';
import type { MailBehaviour } from '../mail/mail-behaviour';
import { SendWindow } from '../mail/send-window';
import { type DomainError, domainError } from '../shared/decider';
import { fitsIn } from '../shared/storable-text';
import type { ShopMailSettingsSet, ShopSmtpSettingsChanged } from './events';

export const FOLLOW_UP_DAYS = { min: 1, max: 90 } as const;
export const MY_PAGE_LINK_DAYS = { min: 1, max: 730 } as const;
export const SIGNATURE_MAX = 2000;

/** メール設定: the whole set replaces the previous one. */
export interface SetShopMailSettings {
  readonly type: 'SetShopMailSettings';
  readonly shopId: string;
  readonly tenantId: string;
  readonly settings: MailBehaviour;
}

/**
 * A change of the shop's SMTP server, for the history only: the settings themselves (with the password) live in a
 * table, as secrets do (infrastructure/mail/smtp-settings-store.ts). `smtp: null` says the shop's mail goes to the
 * local catcher again.
 */
export interface RecordShopSmtpChange {
  readonly type: 'RecordShopSmtpChange';
  readonly shopId: string;
  readonly tenantId: string;
  readonly smtp: ShopSmtpSettingsChanged['data']['smtp'];
}

const inRange = (n: number, range: { min: number; max: number }) =>
  Number.isInteger(n) && n >= range.min && n <= range.max;

function problemOf(settings: MailBehaviour): DomainError | undefined {
  if (!inRange(settings.followUpDays, FOLLOW_UP_DAYS))
    return domainError(
      'shop.invalid_follow_up_days',
      `フォローメールまでの日数は ${FOLLOW_UP_DAYS.min}〜${FOLLOW_UP_DAYS.max} の整数です`,
      `the follow-up goes after a whole number of days from ${FOLLOW_UP_DAYS.min} to ${FOLLOW_UP_DAYS.max}`,
    );
  if (!inRange(settings.myPageLinkDays, MY_PAGE_LINK_DAYS))
    return domainError(
      'shop.invalid_my_page_link_days',
      `マイページURLの有効日数は ${MY_PAGE_LINK_DAYS.min}〜${MY_PAGE_LINK_DAYS.max} の整数です`,
      `the my-page link lasts a whole number of days from ${MY_PAGE_LINK_DAYS.min} to ${MY_PAGE_LINK_DAYS.max}`,
    );
  if (!SendWindow.is(settings.mobileSendWindow))
    return domainError(
      'shop.invalid_send_window',
      '携帯メールタイマーは 08:00〜21:00 のように開始と終了の異なる時刻で指定します',
      'the mobile send window is two different times like 08:00–21:00, or always',
    );
  if (!fitsIn(settings.signature, SIGNATURE_MAX))
    return domainError(
      'shop.signature_too_long',
      `署名は${SIGNATURE_MAX}文字以内です`,
      `the signature has at most ${SIGNATURE_MAX} characters`,
    );
  return undefined;
}

/** Keys in one order, so that two equal settings are one JSON text. */
const canonical = (s: MailBehaviour) =>
  JSON.stringify([
    s.automatic.thanks,
    s.automatic.payment_confirmed,
    s.automatic.shipped,
    s.automatic.follow_up,
    s.followUpDays,
    s.mobileSendWindow,
    s.myPageLinkDays,
    s.signature,
  ]);

export function decideMailSettings(
  command: SetShopMailSettings,
  current: MailBehaviour | null,
): E.Either<DomainError, ShopMailSettingsSet[]> {
  const { automatic, followUpDays, mobileSendWindow, myPageLinkDays } = command.settings;
  const settings: MailBehaviour = {
    automatic: {
      thanks: automatic.thanks,
      payment_confirmed: automatic.payment_confirmed,
      shipped: automatic.shipped,
      follow_up: automatic.follow_up,
    },
    followUpDays,
    mobileSendWindow: mobileSendWindow === 'always' ? 'always' : mobileSendWindow,
    myPageLinkDays,
    signature: command.settings.signature.replace(/\r\n/g, '\n').trimEnd(),
  };
  const problem = problemOf(settings);
  if (problem) return E.left(problem);
  if (current && canonical(current) === canonical(settings)) return E.right([]);
  return E.right([
    { type: 'ShopMailSettingsSet', data: { shopId: command.shopId, tenantId: command.tenantId, ...settings } },
  ]);
}

export const decideSmtpChange = (command: RecordShopSmtpChange): E.Either<DomainError, ShopSmtpSettingsChanged[]> =>
  E.right([
    {
      type: 'ShopSmtpSettingsChanged',
      data: { shopId: command.shopId, tenantId: command.tenantId, smtp: command.smtp },
    },
  ]);
