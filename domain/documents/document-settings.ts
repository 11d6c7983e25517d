import * as t from 'io-ts';
import { LeaveDocumentsWaiting, TaxRounding } from './document-kind';

/** The issuer (発行者) as printed on every document of the shop. */
export const Issuer = t.readonly(
  t.strict({
    name: t.string,
    postalCode: t.string,
    address: t.string,
    phone: t.string,
    email: t.string,
    /** 適格請求書発行事業者登録番号: T and 13 digits, or null when the shop has none. */
    registrationNumber: t.union([t.string, t.null]),
  }),
);
export type Issuer = t.TypeOf<typeof Issuer>;

/** Greeting text per kind (every kind but `auto`, which prints a statement); an empty text prints nothing. */
export const Greetings = t.readonly(
  t.strict({
    'purchase-statement': t.string,
    'delivery-statement': t.string,
    receipt: t.string,
    invoice: t.string,
    'work-sheet': t.string,
    'picking-list': t.string,
  }),
);
export type Greetings = t.TypeOf<typeof Greetings>;
export type GreetingKind = keyof Greetings;
export const GREETING_KINDS = Object.keys(Greetings.type.type.props) as readonly GreetingKind[];

/** What a shop sets for its documents, besides its images. */
export const DocumentSettings = t.readonly(
  t.strict({
    issuer: Issuer,
    greetings: Greetings,
    receiptProviso: t.string,
    taxRounding: TaxRounding,
    leaveDocumentsWaiting: LeaveDocumentsWaiting,
  }),
);
export type DocumentSettings = t.TypeOf<typeof DocumentSettings>;

/** The images a shop may upload: its logo, and the 角印 printed on receipts and invoices. */
export const DocumentImage = t.keyof({ logo: null, seal: null });
export type DocumentImage = t.TypeOf<typeof DocumentImage>;

/**
 * The longest text each field takes, in characters as people count them: the domain's rule, the API's 400 and the
 * admin's inputs all read it from here.
 */
export const DOCUMENT_TEXT_LIMITS = {
  name: 100,
  postalCode: 10,
  address: 200,
  phone: 30,
  email: 254,
  registrationNumber: 20,
  greeting: 500,
  receiptProviso: 100,
} as const;

/** At most 300 KB decoded: enough for a sharp logo or seal, small enough for a PDF of a thousand pages. */
export const DOCUMENT_IMAGE_MAX_BYTES = 300 * 1024;

export const DEFAULT_RECEIPT_PROVISO = 'お品代として';

/** Printing moves an order on unless the shop said otherwise. */
export const DEFAULT_LEAVE_DOCUMENTS_WAITING: LeaveDocumentsWaiting = 'documents';

/** What a careful shop writes, until it writes its own. */
export const DEFAULT_GREETINGS: Greetings = {
  'purchase-statement':
    'このたびは当店をご利用いただき、誠にありがとうございます。\nご注文の商品をお届けいたします。内容をご確認のうえ、お気づきの点がございましたら、お手数ですが下記までご連絡くださいませ。\n今後とも変わらぬお引き立てのほど、よろしくお願い申し上げます。',
  'delivery-statement':
    'ご依頼主様より、心を込めた贈り物をお預かりいたしました。\n内容をご確認のうえ、お気づきの点がございましたら、お手数ですが下記までご連絡くださいませ。',
  // The receipt itself says 「上記正に領収いたしました」: the greeting is what a shop adds below it.
  receipt: 'このたびはお買い上げいただき、誠にありがとうございました。',
  invoice: '下記のとおりご請求申し上げます。\nご確認のほど、よろしくお願い申し上げます。',
  'work-sheet': '',
  'picking-list': '',
};

/** What a shop that has set nothing prints: its own name as the issuer, the texts above, tax rounded down. */
export const defaultDocumentSettings = (shopName: string): DocumentSettings => ({
  issuer: { name: shopName, postalCode: '', address: '', phone: '', email: '', registrationNumber: null },
  greetings: DEFAULT_GREETINGS,
  receiptProviso: DEFAULT_RECEIPT_PROVISO,
  taxRounding: 'down',
  leaveDocumentsWaiting: DEFAULT_LEAVE_DOCUMENTS_WAITING,
});
