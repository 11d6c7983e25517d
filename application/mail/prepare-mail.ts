import type { MailKind } from '../../domain/mail/mail-kind';
import type { ExistingOrder } from '../../domain/order/state';
import { type ComposedMail, composeMail } from './compose-mail';
import type { MailTemplate } from './default-templates';
import { mergeValues } from './merge-fields';
import type { MailTemplates, ShopMailSettingsReader } from './ports';

/** What the order does not hold about itself: the shop's name, and how often this buyer bought. */
export interface MailFacts {
  shopName(tenantId: string, shopId: string): Promise<string>;
  /** This buyer's orders with the shop, this one included; null when the order has no customer yet. */
  purchaseCount(tenantId: string, orderId: string): Promise<number | null>;
}

/** The signed link to the buyer's order page, valid for `days`; null where the page cannot be offered. */
export interface MyPageLinks {
  urlFor(tenantId: string, orderId: string, days: number): Promise<string | null>;
}

export interface MailPreparation {
  readonly templates: MailTemplates;
  readonly settings: ShopMailSettingsReader;
  readonly facts: MailFacts;
  readonly myPageLinks: MyPageLinks;
}

/** An address as it is sent to: ＴＡＲＯ＠Example.JP (as some malls' files and phone orders carry it) as the ASCII it stands for. */
export const sendableAddress = (address: string): string => address.normalize('NFKC').trim();

export interface PreparedMail extends ComposedMail {
  /**
   * The orderer's address, folded to half-width (some malls' files carry ＴＡＲＯ＠Example.JP); empty when the mall
   * gave none (sending refuses, the preview shows it).
   */
  readonly to: string;
}

/**
 * One mail for one order: the shop's template of the kind (or `template`, for a preview of an unsaved edit), filled
 * from the order and the shop. The worker, the preview and the test send all come through here, so what staff preview
 * is what the buyer gets.
 */
export async function prepareMail(
  deps: MailPreparation,
  order: ExistingOrder,
  kind: MailKind,
  template?: MailTemplate,
): Promise<PreparedMail> {
  const { tenantId, shopId, orderId } = order;
  const [chosen, settings, shopName, purchaseCount] = await Promise.all([
    template ?? deps.templates.forShop(tenantId, shopId, kind),
    deps.settings.forShop(tenantId, shopId),
    deps.facts.shopName(tenantId, shopId),
    deps.facts.purchaseCount(tenantId, orderId),
  ]);
  const myPageUrl = await deps.myPageLinks.urlFor(tenantId, orderId, settings.myPageLinkDays);
  const values = mergeValues(order, { shopName, signature: settings.signature, myPageUrl, purchaseCount });
  return { ...(await composeMail(chosen, values)), to: sendableAddress(order.mallData.orderer.email) };
}
