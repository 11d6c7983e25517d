import * as t from 'io-ts';
import { CheckSettings } from '../checks/check-finding';
import { DocumentImage, DocumentSettings } from '../documents/document-settings';
import { MailBehaviour, SmtpSummary } from '../mail/mail-behaviour';
import { Mall, ShippingMethod } from '../order/order-data';

/** A shop is one account on one mall or cart; a tenant may have several on the same mall. */
export const ShopRegistered = t.strict({
  type: t.literal('ShopRegistered'),
  data: t.strict({ shopId: t.string, tenantId: t.string, code: t.string, mall: Mall, name: t.string }),
});
export type ShopRegistered = t.TypeOf<typeof ShopRegistered>;

/** The code and mall stay: imports and order ids are keyed by them. Only the name people read changes. */
export const ShopRenamed = t.strict({
  type: t.literal('ShopRenamed'),
  data: t.strict({ shopId: t.string, tenantId: t.string, name: t.string }),
});
export type ShopRenamed = t.TypeOf<typeof ShopRenamed>;

/**
 * What a new order of the shop gets at intake (import or staff entry): carrier and slip type, the slip type for 代金引換
 * (コレクト), and the planned ship date as the order date plus `leadDays` business days. null: no default.
 */
export const ShopShippingDefaultsSet = t.strict({
  type: t.literal('ShopShippingDefaultsSet'),
  data: t.strict({
    shopId: t.string,
    tenantId: t.string,
    shipping: t.union([ShippingMethod, t.null]),
    codSlipType: t.union([t.string, t.null]),
    leadDays: t.union([t.number, t.null]),
  }),
});
export type ShopShippingDefaultsSet = t.TypeOf<typeof ShopShippingDefaultsSet>;

/** 休業日設定: the shop's own closed days (2026-12-29), besides weekends and public holidays. The whole list, sorted. */
export const ShopHolidaysSet = t.strict({
  type: t.literal('ShopHolidaysSet'),
  data: t.strict({ shopId: t.string, tenantId: t.string, holidays: t.array(t.string) }),
});
export type ShopHolidaysSet = t.TypeOf<typeof ShopHolidaysSet>;

/**
 * 帳票設定: the issuer, greetings, 但し書き, tax rounding and when printing moves an order on. The whole set replaces
 * the previous one; a shop that set nothing prints the defaults (domain/documents/document-settings.ts).
 */
export const ShopDocumentSettingsSet = t.strict({
  type: t.literal('ShopDocumentSettingsSet'),
  data: t.intersection([t.strict({ shopId: t.string, tenantId: t.string }), DocumentSettings]),
});
export type ShopDocumentSettingsSet = t.TypeOf<typeof ShopDocumentSettingsSet>;

/** The logo or the 角印 as a PNG or JPEG data URL, checked by the decider; null removes it. */
export const ShopDocumentImageSet = t.strict({
  type: t.literal('ShopDocumentImageSet'),
  data: t.strict({
    shopId: t.string,
    tenantId: t.string,
    image: DocumentImage,
    dataUrl: t.union([t.string, t.null]),
  }),
});
export type ShopDocumentImageSet = t.TypeOf<typeof ShopDocumentImageSet>;

/**
 * The shop's slip types that have no tracking number (メール便 style, e.g. DM便): their orders pass 伝票番号未設定 without
 * one. The whole list, sorted; empty (the default) means every slip type is tracked, クリックポスト and ネコポス included.
 */
export const ShopUntrackedSlipTypesSet = t.strict({
  type: t.literal('ShopUntrackedSlipTypesSet'),
  data: t.strict({ shopId: t.string, tenantId: t.string, slipTypes: t.array(t.string) }),
});
export type ShopUntrackedSlipTypesSet = t.TypeOf<typeof ShopUntrackedSlipTypesSet>;

/**
 * The hold box (1–HOLD_BOXES) orders with amounts to confirm are put in (Amazon's unshipped orders report, until its
 * order report comes). A shop that set none uses DEFAULT_AMOUNTS_HOLD_BOX.
 */
export const ShopAmountsHoldBoxSet = t.strict({
  type: t.literal('ShopAmountsHoldBoxSet'),
  data: t.strict({ shopId: t.string, tenantId: t.string, box: t.number }),
});
export type ShopAmountsHoldBoxSet = t.TypeOf<typeof ShopAmountsHoldBoxSet>;

/** メール設定: automatic mails, follow-up days, 携帯メールタイマー, my-page link days, signature. The whole set. */
export const ShopMailSettingsSet = t.strict({
  type: t.literal('ShopMailSettingsSet'),
  data: t.intersection([t.strict({ shopId: t.string, tenantId: t.string }), MailBehaviour]),
});
export type ShopMailSettingsSet = t.TypeOf<typeof ShopMailSettingsSet>;

/**
 * The shop's SMTP server changed (who and when are the metadata's): host, port, user, From, never the password. The
 * settings themselves are a table, as secrets are; null: removed, mail goes to the local catcher.
 */
export const ShopSmtpSettingsChanged = t.strict({
  type: t.literal('ShopSmtpSettingsChanged'),
  data: t.strict({ shopId: t.string, tenantId: t.string, smtp: t.union([SmtpSummary, t.null]) }),
});
export type ShopSmtpSettingsChanged = t.TypeOf<typeof ShopSmtpSettingsChanged>;

/** チェック設定: what each check does when it trips, and the checks' limits. The whole set; until set, the defaults. */
export const ShopCheckSettingsSet = t.strict({
  type: t.literal('ShopCheckSettingsSet'),
  data: t.strict({ shopId: t.string, tenantId: t.string, settings: CheckSettings }),
});
export type ShopCheckSettingsSet = t.TypeOf<typeof ShopCheckSettingsSet>;

export type ShopEvent =
  | ShopRegistered
  | ShopRenamed
  | ShopShippingDefaultsSet
  | ShopHolidaysSet
  | ShopDocumentSettingsSet
  | ShopDocumentImageSet
  | ShopUntrackedSlipTypesSet
  | ShopAmountsHoldBoxSet
  | ShopMailSettingsSet
  | ShopSmtpSettingsChanged
  | ShopCheckSettingsSet;

/** What the accounts read model needs of a shop; the document settings have a read model of their own. */
export const SHOP_ACCOUNT_EVENTS = {
  ShopRegistered,
  ShopRenamed,
  ShopShippingDefaultsSet,
  ShopHolidaysSet,
  ShopAmountsHoldBoxSet,
} as const;
export const SHOP_DOCUMENT_EVENTS = { ShopDocumentSettingsSet, ShopDocumentImageSet } as const;
export const SHOP_MAIL_EVENTS = { ShopMailSettingsSet } as const;
export const SHOP_EVENTS = {
  ...SHOP_ACCOUNT_EVENTS,
  ...SHOP_DOCUMENT_EVENTS,
  ...SHOP_MAIL_EVENTS,
  ShopUntrackedSlipTypesSet,
  ShopSmtpSettingsChanged,
  ShopCheckSettingsSet,
} as const;
