/**
 * What a document is made from: the order as it stands, the shop's document settings, the tenant's print names and
 * what this printing records (issue numbers). Document definitions (application/documents/kinds) are pure functions of
 * this; the renderer (infrastructure/documents) turns them into PDF pages.
 */
import type { TaxRounding } from '../../domain/documents/document-kind';
import type { Greetings, Issuer } from '../../domain/documents/document-settings';
import type { Mall, MallOrderData, ShopOrderData } from '../../domain/order/order-data';

/** 領収書 details the staff may edit per order; null: the defaults (the orderer; the shop's 但し書き). */
export interface ReceiptDetails {
  readonly addressee: string | null;
  readonly proviso: string | null;
}

export interface DocumentOrder {
  readonly orderId: string;
  readonly shopId: string;
  readonly mall: Mall;
  readonly orderNumber: string;
  readonly mallData: MallOrderData;
  readonly shopData: ShopOrderData;
  readonly receipt: ReceiptDetails;
  /** 同梱: the other order numbers of the bundle the order ships in, printed on its statement; absent when none. */
  readonly bundledWith?: readonly string[];
}

/** The issuer and the greetings per kind: their codecs are the domain's, for the shop's events (ShopDocumentSettingsSet). */
export type { Issuer, Greetings } from '../../domain/documents/document-settings';

export interface ShopDocumentSettings {
  readonly shopId: string;
  readonly shopName: string;
  readonly issuer: Issuer;
  /** Images as data URLs (`data:image/png;base64,…` or jpeg); null when none was uploaded. */
  readonly logo: string | null;
  /** 角印, printed on receipts and invoices. */
  readonly seal: string | null;
  readonly greetings: Greetings;
  /** 但し書き printed on a receipt unless the order has its own: 「お品代として」. */
  readonly receiptProviso: string;
  readonly taxRounding: TaxRounding;
}

/** One receipt issue, as recorded: the first is 1; from 2 on the receipt says 再発行 and the count. */
export interface ReceiptIssue {
  readonly number: number;
  readonly addressee: string;
  readonly proviso: string;
}

export interface PrintRun {
  /** When the documents are printed (ISO): the issue date. */
  readonly printedAt: string;
  /** 帳票商品名 by SKU: used instead of the mall's product name when set. */
  readonly printNames: ReadonlyMap<string, string>;
  readonly shops: ReadonlyMap<string, ShopDocumentSettings>;
  /** The receipt issue recorded for each order in this printing (kind `receipt` only). */
  readonly receiptIssues: ReadonlyMap<string, ReceiptIssue>;
}
