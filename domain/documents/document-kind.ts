import * as t from 'io-ts';

/**
 * The documents the product prints (帳票). `auto` (帳票自動判別) is a choice made per destination at print time: what it
 * prints, and records, is a purchase or a delivery statement.
 */
export const DocumentKind = t.keyof({
  'purchase-statement': null,
  'delivery-statement': null,
  auto: null,
  receipt: null,
  invoice: null,
  'work-sheet': null,
  'picking-list': null,
});
export type DocumentKind = t.TypeOf<typeof DocumentKind>;

/** What is recorded on an order when it is printed: `auto` is recorded as the statement it chose. */
export const PrintedKind = t.keyof({
  'purchase-statement': null,
  'delivery-statement': null,
  receipt: null,
  invoice: null,
  'work-sheet': null,
  'picking-list': null,
});
export type PrintedKind = t.TypeOf<typeof PrintedKind>;

export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, string>> = {
  'purchase-statement': 'お買い上げ明細書',
  'delivery-statement': 'お届け明細書',
  auto: '自動判別',
  receipt: '領収書',
  invoice: '請求書',
  'work-sheet': '発送作業書',
  'picking-list': 'ピッキングリスト',
};

/** How the consumption tax per rate is rounded on an invoice: the issuer's choice (default: down). */
export const TaxRounding = t.keyof({ down: null, up: null, nearest: null });
export type TaxRounding = t.TypeOf<typeof TaxRounding>;

/** When an order leaves 伝票・帳票出力待ち: after its documents, its label data, both, or only by hand. */
export const LeaveDocumentsWaiting = t.keyof({ documents: null, labels: null, both: null, manual: null });
export type LeaveDocumentsWaiting = t.TypeOf<typeof LeaveDocumentsWaiting>;
